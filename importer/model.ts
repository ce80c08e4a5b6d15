/**
 * The importer's intermediate form: what was read, and what becomes the program. Kept apart from
 * reading and writing so each step can be tested and reasoned about alone.
 */
import type { BatchCertificate, BatchJobSchedule, BatchPool } from "../provider/client/models";
import type { Value } from "./code";

/** The kinds of object the importer reads. */
export type ObjectKind = "pool" | "jobSchedule" | "certificate";

/** Objects read from the account. */
export interface AccountSnapshot {
  /** The endpoint read (never credentials). */
  endpoint: string;
  pools: BatchPool[];
  jobSchedules: BatchJobSchedule[];
  certificates: BatchCertificate[];
  /** Objects that could not be read, with the reason. */
  failures: ImportProblem[];
}

/** Something the user must know about one object. */
export interface ImportProblem {
  kind: ObjectKind;
  /** Pool or job schedule id, or certificate thumbprint. */
  id: string;
  /** What happened and what to do. */
  message: string;
}

/** One resource declaration in the generated program. */
export interface Declaration {
  kind: ObjectKind;
  /** The Batch id (thumbprint for certificates). */
  id: string;
  /** The TypeScript variable. */
  variable: string;
  /** The Pulumi resource name. */
  resourceName: string;
  /** The SDK class. */
  className: "Pool" | "JobSchedule" | "Certificate";
  /** The constructor's arguments. */
  args: Value;
  /** Comment lines written above the declaration. */
  comments: string[];
}

/** A file the generated project needs besides the usual ones (a public certificate). */
export interface ExtraFile {
  /** Path relative to the project directory. */
  path: string;
  contents: Buffer;
}

/** A file the user must supply (a `.pfx`), through a stack config key. */
export interface RequiredFile {
  /** The config key holding the file's path. */
  key: string;
  description: string;
}
