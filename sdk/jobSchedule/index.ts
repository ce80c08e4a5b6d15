/**
 * `JobSchedule`: an Azure Batch Job Schedule, managed declaratively.
 *
 * ```ts
 * const nightly = new batch.JobSchedule("nightly", {
 *   id: "nightly-report",
 *   schedule: { recurrenceInterval: "P1D", doNotRunUntil: "2030-01-01T02:00:00Z" },
 *   jobSpecification: {
 *     poolInfo: { poolId: pool.id },
 *     jobManagerTask: { id: "report", commandLine: "/bin/sh -c ./report.sh" },
 *   },
 *   metadata: [{ name: "team", value: "data" }],
 *   enabled: true,
 * });
 * ```
 */
import * as pulumi from "@pulumi/pulumi";
import type {
  BatchJobScheduleConfiguration,
  BatchJobScheduleExecutionInfo,
  BatchJobScheduleState,
  BatchJobSpecification,
  BatchMetadataItem,
} from "../../provider/client/models";
import type { BatchAccountInput } from "../../provider/core/config";
import { serializableProvider } from "../../provider/core/moduleProvider";
import type { DeepInput } from "../pool/types";
import { suspendStackTraces } from "../stackTraces";

/** The arguments of a {@link JobSchedule}. Names are the Batch REST API's (api-version 2024-07-01.20.0). */
export interface JobScheduleArgs {
  /**
   * A string that uniquely identifies the schedule within the Account. The ID can contain any
   * combination of alphanumeric characters including hyphens and underscores, and cannot contain
   * more than 64 characters. The ID is case-preserving and case-insensitive. Changing it replaces
   * the schedule (the old one, with its Jobs and Tasks, is deleted first).
   */
  id: pulumi.Input<string>;
  /**
   * The display name for the schedule. The display name need not be unique and can contain any
   * Unicode characters up to a maximum length of 1024. The service cannot change it in place:
   * changing it replaces the schedule (the old one, with its Jobs and Tasks, is deleted first).
   */
  displayName?: pulumi.Input<string>;
  /**
   * The schedule according to which Jobs will be created. All times are fixed respective to UTC
   * and are not impacted by daylight saving time. `startWindow` and `recurrenceInterval` are
   * ISO-8601 durations of at least 1 minute (`PT1M`); `doNotRunAfter` must be later than
   * `doNotRunUntil`. An empty object creates one Job immediately.
   */
  schedule: DeepInput<BatchJobScheduleConfiguration>;
  /**
   * The details of the Jobs to be created on this schedule. `poolInfo` needs exactly one of
   * `poolId` or `autoPoolSpecification`. Changes affect only Jobs created after the update; a Job
   * already running continues with the older specification. Passwords and keys inside it
   * (container registry passwords, auto-pool user accounts and mount configurations) are stored
   * as secrets.
   */
  jobSpecification: DeepInput<BatchJobSpecification>;
  /**
   * A list of name-value pairs associated with the schedule as metadata. The Batch service does
   * not assign any meaning to metadata; it is solely for the use of user code.
   */
  metadata?: DeepInput<BatchMetadataItem[]>;
  /**
   * The declared state: `true` (the default) keeps the schedule active (enable), `false` keeps it
   * disabled (disable: no new Jobs are created; existing Jobs are not affected).
   */
  enabled?: pulumi.Input<boolean>;
  /**
   * Take over a schedule that already exists with the same `id` instead of failing with
   * `JobScheduleExists`: it is read and updated to match these arguments.
   */
  adopt?: pulumi.Input<boolean>;
  /**
   * Explicit endpoint and credentials for this resource. Otherwise the stack config
   * (`azure-batch:endpoint`, `azure-batch:accountName`, `azure-batch:accountKey`), then the
   * environment (`AZURE_BATCH_ENDPOINT`, `AZURE_BATCH_ACCOUNT`, `AZURE_BATCH_ACCESS_KEY`), then
   * Microsoft Entra ID (`DefaultAzureCredential`). Stored as a secret.
   */
  batchAccount?: pulumi.Input<BatchAccountInput>;
}

/**
 * Field names of passwords and keys anywhere in a job specification (the spec's `x-ms-secret`), and
 * an auto pool's VM extension `protectedSettings`, which hold secrets too.
 */
const SECRET_FIELDS = new Set(["password", "accountKey", "sasKey", "sshPrivateKey", "protectedSettings"]);

/** True when a plain (already resolved) value holds a password or key anywhere. */
function holdsSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (value === null || typeof value !== "object" || pulumi.Output.isInstance(value)) return false;
  return Object.entries(value).some(
    ([k, v]) => (SECRET_FIELDS.has(k) && v !== undefined && v !== null && v !== "") || holdsSecret(v),
  );
}

/**
 * An Azure Batch Job Schedule: creates Jobs on a recurrence, from a job specification.
 *
 * Updates change the schedule in place: one PATCH when properties are only added or changed, one
 * PUT (full replacement) when something is removed, then enable/disable for `enabled`; each
 * carries If-Match with the last-read ETag. Changes affect only Jobs created afterwards. Deleting
 * the resource deletes the schedule together with all its Jobs and their Tasks (Task files on the
 * nodes included).
 */
export class JobSchedule extends pulumi.dynamic.Resource {
  /** The schedule's ID in the Batch account (the REST `id`; equal to the resource's Pulumi `id`). */
  declare public readonly jobScheduleId: pulumi.Output<string>;
  /** The schedule's display name, if any. */
  declare public readonly displayName: pulumi.Output<string | undefined>;
  /** The schedule, normalised (canonical durations and UTC times). */
  declare public readonly schedule: pulumi.Output<BatchJobScheduleConfiguration>;
  /** The job specification as the service holds it (a secret when it contains passwords or keys). */
  declare public readonly jobSpecification: pulumi.Output<BatchJobSpecification>;
  /** The schedule's metadata, if any. */
  declare public readonly metadata: pulumi.Output<BatchMetadataItem[] | undefined>;
  /** Whether the schedule is enabled (state other than `disabled`). */
  declare public readonly enabled: pulumi.Output<boolean>;
  /** The URL of the Job Schedule. */
  declare public readonly url: pulumi.Output<string>;
  /** The ETag of the Job Schedule; sent as If-Match on updates. */
  declare public readonly eTag: pulumi.Output<string>;
  /** The current state: active, completed, disabled, terminating or deleting. */
  declare public readonly state: pulumi.Output<BatchJobScheduleState>;
  /** The creation time of the Job Schedule. */
  declare public readonly creationTime: pulumi.Output<string>;
  /** The last time schedule-level data (job specification, recurrence) changed. */
  declare public readonly lastModified: pulumi.Output<string>;
  /** The next run time (`nextRunTime`), the most recent Job (`recentJob`) and `endTime`. */
  declare public readonly executionInfo: pulumi.Output<BatchJobScheduleExecutionInfo | undefined>;

  /**
   * @param name the Pulumi resource name
   * @param args the schedule (see {@link JobScheduleArgs})
   * @param opts resource options; `additionalSecretOutputs` is extended, never replaced
   */
  constructor(name: string, args: JobScheduleArgs, opts?: pulumi.CustomResourceOptions) {
    // Passwords inside the job specification (and the account key) become secrets in the inputs
    // stored in state; the same top-level outputs are marked secret too.
    const jobSpecification = pulumi
      .output(args.jobSpecification)
      .apply((js) => (holdsSecret(js) ? pulumi.secret(js) : js));
    const secretOutputs = [
      ...(holdsSecret(args.jobSpecification) ? ["jobSpecification"] : []),
      ...(args.batchAccount !== undefined ? ["batchAccount"] : []),
    ];
    const props: Record<string, unknown> = {
      // The Node SDK never sends a property named `id`; the provider maps this back to `id`.
      jobScheduleId: args.id,
      displayName: args.displayName,
      schedule: args.schedule,
      jobSpecification,
      metadata: args.metadata,
      enabled: args.enabled,
      adopt: args.adopt,
      batchAccount: args.batchAccount === undefined ? undefined : pulumi.secret(args.batchAccount),
      url: undefined,
      eTag: undefined,
      state: undefined,
      creationTime: undefined,
      lastModified: undefined,
      executionInfo: undefined,
    };
    // Names the SDK does not know (a typo in a JavaScript program) go to the provider, whose check
    // rejects them by name instead of dropping them silently.
    for (const [k, v] of Object.entries(args)) if (k !== "id" && !(k in props)) props[k] = v;
    const merged: pulumi.CustomResourceOptions = {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...secretOutputs],
    };
    // No stack traces while Pulumi registers the outputs (see ../stackTraces.ts).
    const restore = suspendStackTraces();
    try {
      super(
        serializableProvider(
          "pulumi-azure-batch/provider/jobSchedule",
          require.resolve("../../provider/jobSchedule/dynamic"),
        ),
        name,
        props,
        merged,
        "batch",
        "JobSchedule",
      );
    } finally {
      restore();
    }
  }
}
