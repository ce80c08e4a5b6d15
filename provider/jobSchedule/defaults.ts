/**
 * Values the Batch service fills in when a property is omitted, by spec definition name and
 * property. One source: `spec/defaults.ts` derives them from the spec's descriptions and the
 * reviewed recordings; this module only adds the defaults the provider strips although the
 * service does not echo them.
 *
 * Why: the service returns these on GET even though the user never wrote them. Dropping a
 * property whose value equals its default — on both the desired inputs and what the service
 * returns — makes "omitted" and "set to the default" the same thing, so `pulumi refresh` and
 * `pulumi preview` only show real drift. Durations are written canonically (see
 * `jobSchedule/duration.ts`); `MAX_TIMESPAN` is how the service spells "unlimited".
 */
import { MAX_TIMESPAN, SPEC_CASE_DEFAULTS } from "../../spec/defaults";

export { MAX_TIMESPAN };

/** Defaults the spec documents that the service leaves out of its answer (still "the default" for a diff). */
const DOCUMENTED_ONLY: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  BatchJobScheduleConfiguration: { startWindow: MAX_TIMESPAN },
  BatchPoolSpecification: { targetNodeCommunicationMode: "default" },
};

/** Default values keyed by spec definition, then by property (enum values in the spec's case). */
export const JOB_SCHEDULE_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> =
  Object.fromEntries(
    [...new Set([...Object.keys(SPEC_CASE_DEFAULTS), ...Object.keys(DOCUMENTED_ONLY)])].map((name) => [
      name,
      { ...(SPEC_CASE_DEFAULTS[name] ?? {}), ...(DOCUMENTED_ONLY[name] ?? {}) },
    ]),
  );
