/**
 * Plain-JSON shapes the JobSchedule dynamic provider receives and returns (after Pulumi has
 * resolved every `Input`). Names are the Batch REST API's (camelCase), so a body for
 * `JobSchedules_CreateJobSchedule`, `_UpdateJobSchedule` or `_ReplaceJobSchedule` is built by
 * picking properties rather than by translating them — except the schedule's `id`, which is
 * `jobScheduleId` here: Pulumi reserves a resource property named `id` (the Node SDK does not
 * send it and the engine drops it from a provider's inputs), so it cannot travel under that name.
 */
import type { BatchAccountInput } from "../core/config";
import type {
  BatchJobScheduleConfiguration,
  BatchJobScheduleExecutionInfo,
  BatchJobScheduleState,
  BatchJobSpecification,
  BatchMetadataItem,
} from "../client/models";

/** The resource inputs, as `check` returns them and `create`/`update` receive them. */
export interface JobScheduleInputs {
  /** The schedule ID (REST `id`), unique in the account (letters, digits, hyphens, underscores; at most 64). */
  jobScheduleId: string;
  /** The display name of the schedule (changing it replaces the schedule). */
  displayName?: string;
  /** When and how often Jobs are created. */
  schedule: BatchJobScheduleConfiguration;
  /** The Jobs created on this schedule. */
  jobSpecification: BatchJobSpecification;
  /** Name-value pairs attached to the schedule. */
  metadata?: BatchMetadataItem[];
  /** Declared state: true → active (enable), false → disabled. Defaults to true. */
  enabled?: boolean;
  /** Take over an existing schedule with the same ID instead of failing with JobScheduleExists. */
  adopt?: boolean;
  /** Explicit endpoint and credentials (otherwise stack config or environment; see `config.ts`). */
  batchAccount?: BatchAccountInput;
}

/** The resource outputs: the inputs as the service now holds them, plus what the service sets. */
export interface JobScheduleOutputs extends JobScheduleInputs {
  /** The URL of the Job Schedule. */
  url?: string;
  /** The ETag of the Job Schedule, sent as If-Match on updates. */
  eTag?: string;
  /** The current state of the Job Schedule. */
  state?: BatchJobScheduleState;
  /** The creation time of the Job Schedule. */
  creationTime?: string;
  /** The last time schedule-level data (job specification, recurrence) changed. */
  lastModified?: string;
  /** Information about Jobs that have been and will be run under this schedule. */
  executionInfo?: BatchJobScheduleExecutionInfo;
}

/** The top-level properties that PATCH and PUT carry. */
export const UPDATABLE_PROPERTIES = ["schedule", "jobSpecification", "metadata"] as const;

/** One of {@link UPDATABLE_PROPERTIES}. */
export type UpdatableProperty = (typeof UPDATABLE_PROPERTIES)[number];

/** Properties whose change replaces the schedule (the service cannot change them in place). */
export const REPLACE_PROPERTIES = ["jobScheduleId", "displayName"] as const;

/** The body of `JobSchedules_UpdateJobSchedule` (PATCH) the planner builds. */
export type JobSchedulePatchBody = Partial<Pick<JobScheduleInputs, UpdatableProperty>>;

/** The body of `JobSchedules_ReplaceJobSchedule` (PUT): every updatable property, in full. */
export interface JobSchedulePutBody {
  schedule: BatchJobScheduleConfiguration;
  jobSpecification: BatchJobSpecification;
  metadata?: BatchMetadataItem[];
}

/** One REST call of an update, in the order the planner returns them. */
export type JobScheduleStep =
  | { kind: "patch"; body: JobSchedulePatchBody }
  | { kind: "put"; body: JobSchedulePutBody }
  | { kind: "enable" }
  | { kind: "disable" };
