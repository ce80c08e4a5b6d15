/**
 * From a Job Schedule as the service returns it (GET) to the resource's outputs and inputs.
 *
 * The declared properties are normalised exactly as `check` normalises user inputs (so a
 * server-added default or a different duration spelling is not drift), and write-only secrets
 * the service does not return (registry/user passwords, mount keys) are restored from the prior
 * state so they do not show up as removed. Pure.
 */
import type { BatchJobSchedule } from "../client/models";
import { normalizeJobScheduleInputs } from "./check";
import { projectProperties } from "../core/declared";
import { toPlainJson } from "../core/normalize";
import { restoreWriteOnlySecrets } from "../core/secrets";
import type { JobScheduleInputs, JobScheduleOutputs } from "./types";

/** The input properties of a schedule as the service holds it, normalised like `check` does. */
export function inputsFromService(
  live: BatchJobSchedule,
  prior: Partial<JobScheduleInputs> = {},
): JobScheduleInputs {
  const raw: Record<string, unknown> = {
    jobScheduleId: live.id ?? prior.jobScheduleId,
    displayName: live.displayName,
    schedule: live.schedule ?? {},
    jobSpecification: live.jobSpecification,
    metadata: live.metadata,
    enabled: live.state !== "disabled",
  };
  if (prior.adopt === true) raw.adopt = true;
  if (prior.batchAccount !== undefined) raw.batchAccount = prior.batchAccount;
  const inputs = normalizeJobScheduleInputs(raw) as unknown as JobScheduleInputs;
  inputs.jobSpecification = restoreWriteOnlySecrets(inputs.jobSpecification, prior.jobSpecification);
  // Only what the program declared is compared: values the service filled in are not drift.
  return toPlainJson<JobScheduleInputs>(
    projectProperties(inputs as unknown as Record<string, unknown>, prior, ["schedule", "jobSpecification"]),
  );
}

/**
 * The full outputs: the inputs as the service holds them, plus url, eTag, state, creationTime,
 * lastModified and executionInfo.
 *
 * @param etagHeader the `ETag` response header, used when the body carries none
 */
export function outputsFromService(
  live: BatchJobSchedule,
  prior: Partial<JobScheduleInputs> = {},
  etagHeader?: string,
): JobScheduleOutputs {
  return toPlainJson<JobScheduleOutputs>({
    ...inputsFromService(live, prior),
    url: live.url,
    eTag: live.eTag ?? etagHeader,
    state: live.state,
    creationTime: live.creationTime,
    lastModified: live.lastModified,
    executionInfo: live.executionInfo,
  });
}
