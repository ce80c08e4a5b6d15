/**
 * Emulator configuration: accounts (with the well-known dev account) and state-machine timings.
 */

/** Well-known development account name (not a secret, like Azurite's devstoreaccount1). */
export const DEV_ACCOUNT = "devbatch";
/** Well-known development account key (documented in CONTRIBUTING.md). */
export const DEV_KEY =
  "yH+2RaKOltF3ZvseOBxNzKAqc9PL9IKGcKBKoNRuowcozar5JGUKgDmncg05jXXYFC2SNtSMZNHKY0eJ6WOjVQ==";

/** A Batch account served by the emulator. */
export interface Account {
  name: string;
  key: string;
}

/** Durations (ms) of the emulated state machines. */
export interface Timings {
  /** Pool allocation: resizing → steady (also after resize, removenodes, autoscale). */
  poolResizeMs: number;
  /** stopresize: stopping → steady. */
  poolStopResizeMs: number;
  /** A new node: starting → idle after joining. */
  nodeStartMs: number;
  /** Pool delete: deleting → gone. */
  poolDeleteMs: number;
  /** Job schedule delete: deleting → gone. */
  jobScheduleDeleteMs: number;
  /** Job schedule terminate: terminating → completed. */
  jobScheduleTerminateMs: number;
  /** Certificate delete: deleting → gone (or → deletefailed when referenced by pools). */
  certificateDeleteMs: number;
}

/** Timings for tests: every transition takes tens of milliseconds. */
export const FAST_TIMINGS: Timings = {
  poolResizeMs: 40,
  poolStopResizeMs: 20,
  nodeStartMs: 20,
  poolDeleteMs: 40,
  jobScheduleDeleteMs: 30,
  jobScheduleTerminateMs: 30,
  certificateDeleteMs: 30,
};

/** Timings for demos: transitions take seconds, like a (very fast) real service. */
export const REALISTIC_TIMINGS: Timings = {
  poolResizeMs: 8000,
  poolStopResizeMs: 2000,
  nodeStartMs: 3000,
  poolDeleteMs: 5000,
  jobScheduleDeleteMs: 2000,
  jobScheduleTerminateMs: 2000,
  certificateDeleteMs: 3000,
};

/** Resolves the `timings` option: a preset name or a partial override of the fast preset. */
export function resolveTimings(t: "fast" | "realistic" | Partial<Timings> | undefined): Timings {
  if (t === "realistic") return { ...REALISTIC_TIMINGS };
  if (t === undefined || t === "fast") return { ...FAST_TIMINGS };
  return { ...FAST_TIMINGS, ...t };
}

/** Default accounts: the dev account, overridable by AZURE_BATCH_ACCOUNT / AZURE_BATCH_ACCESS_KEY. */
export function defaultAccounts(env: NodeJS.ProcessEnv = process.env): Account[] {
  return [{ name: env.AZURE_BATCH_ACCOUNT || DEV_ACCOUNT, key: env.AZURE_BATCH_ACCESS_KEY || DEV_KEY }];
}

/** api-versions accepted: the spec's, and the one @azure/batch 10.2 sends. */
export const SUPPORTED_API_VERSIONS = new Set(["2024-07-01.20.0", "2022-10-01.16.0"]);
