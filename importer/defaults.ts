/**
 * The importer's one question about defaults: "is this value what the service would have filled in
 * had the property been omitted?" Answered from one table so it can be swapped for the shared
 * `spec/defaults.ts` once that lands, without touching the rest of the importer.
 *
 * Sources: the provider's tables (`provider/jobSchedule/defaults.ts`, `provider/pool/schema.ts`),
 * which are read off the spec's descriptions ("The default value is …"), plus the few further
 * definitions whose descriptions name a default that pools and job schedules can carry.
 */
import { isDeepStrictEqual } from "node:util";
import { durationSeconds } from "../provider/core/normalize";
import { JOB_SCHEDULE_DEFAULTS } from "../provider/jobSchedule/defaults";
import { POOL_DEFAULTS } from "../provider/pool/schema";

type Table = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

// Definitions beyond the provider tables, each from its description in spec/BatchService.json.
const FROM_SPEC_DESCRIPTIONS: Table = {
  BatchPoolCreateOptions: { ...POOL_DEFAULTS, targetDedicatedNodes: 0, targetLowPriorityNodes: 0 },
  BatchCertificateReference: { storeLocation: "currentuser", storeName: "My" },
  DataDisk: { storageAccountType: "standard_lrs" },
  WindowsConfiguration: { enableAutomaticUpdates: true },
  WindowsUserConfiguration: { loginMode: "batch" },
  BatchPublicIpAddressConfiguration: { provision: "batchmanaged" },
  NetworkSecurityGroupRule: { sourcePortRanges: ["*"] },
  MultiInstanceSettings: { numberOfInstances: 1 },
};

/** Defaults by spec definition name, then property. */
export const SERVICE_DEFAULTS: Table = { ...JOB_SCHEDULE_DEFAULTS, ...mergeTables(FROM_SPEC_DESCRIPTIONS) };

function mergeTables(extra: Table): Table {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [def, props] of Object.entries(extra)) out[def] = { ...JOB_SCHEDULE_DEFAULTS[def], ...props };
  return out;
}

/**
 * True when `value` is the service's default for `property` of `definition`: equal as JSON, equal
 * ignoring case for strings (the service's enums and store names are case-insensitive), or
 * durations of the same length (`PT900S` is `PT15M`).
 */
export function isServiceDefault(definition: string | undefined, property: string, value: unknown): boolean {
  if (definition === undefined) return false;
  const table = SERVICE_DEFAULTS[definition];
  if (!table || !(property in table)) return false;
  const expected = table[property];
  if (isDeepStrictEqual(expected, value)) return true;
  if (typeof expected !== "string" || typeof value !== "string") return false;
  if (expected.toLowerCase() === value.toLowerCase()) return true;
  const a = durationSeconds(expected);
  return a !== undefined && a === durationSeconds(value);
}
