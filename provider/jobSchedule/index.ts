/**
 * The JobSchedule dynamic provider implementation, loaded at call time by the serialized shim
 * (`dynamicShim("pulumi-azure-batch/provider/jobSchedule")`, see `../core/shim.ts`).
 *
 * - create: POST (then disable when `enabled: false`); an existing schedule with the same ID is
 *   an error unless `adopt: true`, in which case it is read and brought to the inputs with the
 *   planner's calls.
 * - update: the pure planner's calls (`jobSchedule/planner.ts`): one PATCH or PUT with If-Match on
 *   the state's eTag, then enable/disable; then a read-back for the full outputs.
 * - delete: DELETE, then wait until the schedule (and with it its Jobs and Tasks) is gone.
 * - read: the schedule as the service holds it, normalised like `check`, so refresh shows only
 *   real drift; 404 → gone.
 */
import type * as pulumi from "@pulumi/pulumi";
import { isConflict, isNotFound, waitFor, type BatchClient } from "../client";
import type { BatchJobSchedule, BatchJobScheduleCreateOptions } from "../client/models";
import { applyReconciled, applySteps } from "./apply";
import { checkJobSchedule } from "./check";
import { withJobScheduleClient } from "./client";
import { inputsFromService, jobScheduleState, outputsFromService } from "./outputs";
import { planDiffWithUnknowns, planUpdate } from "./planner";
import type { JobScheduleInputs, JobScheduleOutputs } from "./types";
import { progress } from "../core/connect";
import { installProvider } from "../core/shim";

/** How long `delete` waits for the schedule to disappear (its Jobs and Tasks go with it). */
export const DELETE_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Receives the stack config (`azure-batch:endpoint`, …) for `config.ts` and installs `check`,
 * `diff`, `read`, `update` and `delete` on the deserialized provider object (see `../core/shim.ts`).
 */
export async function configure(req: pulumi.dynamic.ConfigureRequest, target?: object): Promise<void> {
  await installProvider({ check, diff, create, read, update, delete: deleteJobSchedule }, req, target);
}

/** Validates and normalises the inputs before any REST call (see `jobSchedule/check.ts`). */
export async function check(
  _olds: unknown,
  news: Record<string, unknown>,
): Promise<pulumi.dynamic.CheckResult> {
  return checkJobSchedule(news);
}

/** Reports replacement (id, displayName, account), in-place update, or nothing. */
export async function diff(
  _id: string,
  olds: JobScheduleOutputs,
  news: JobScheduleInputs,
): Promise<pulumi.dynamic.DiffResult> {
  const plan = planDiffWithUnknowns(olds, news);
  return {
    changes: plan.changes,
    replaces: plan.replaces,
    deleteBeforeReplace: plan.deleteBeforeReplace,
    stables: ["jobScheduleId"],
  };
}

function createBody(inputs: JobScheduleInputs): BatchJobScheduleCreateOptions {
  const body: BatchJobScheduleCreateOptions = {
    id: inputs.jobScheduleId,
    schedule: inputs.schedule,
    jobSpecification: inputs.jobSpecification,
  };
  if (inputs.displayName !== undefined) body.displayName = inputs.displayName;
  if (inputs.metadata !== undefined) body.metadata = inputs.metadata;
  return body;
}

async function readOutputs(
  client: BatchClient,
  id: string,
  prior: Partial<JobScheduleInputs>,
): Promise<JobScheduleOutputs> {
  const res = await client.jobSchedules.get(id);
  return outputsFromService(res.body, prior, res.etag);
}

/** Creates the schedule (or adopts an existing one when `adopt: true`) and returns full outputs. */
export async function create(inputs: JobScheduleInputs): Promise<pulumi.dynamic.CreateResult> {
  return withJobScheduleClient(inputs.batchAccount, inputs, async (client) => {
    // Adopting looks first, so taking over a schedule that is already as declared writes nothing.
    if (inputs.adopt === true && (await client.jobSchedules.tryGet(inputs.jobScheduleId))) {
      await adopt(client, inputs, undefined);
    } else {
      try {
        await client.jobSchedules.add(createBody(inputs));
        if (inputs.enabled === false) await client.jobSchedules.disable(inputs.jobScheduleId);
      } catch (e) {
        if (!isConflict(e, "JobScheduleExists")) throw e;
        await adopt(client, inputs, e);
      }
    }
    return { id: inputs.jobScheduleId, outs: await readOutputs(client, inputs.jobScheduleId, inputs) };
  });
}

/**
 * Takes over an existing schedule with the same id. Without `adopt: true` only when it is exactly
 * as declared (0 changes): the schedule an interrupted earlier `pulumi up` created, so a crashed
 * run converges on the rerun. The risk (README): an identical schedule made elsewhere becomes
 * this stack's too.
 */
async function adopt(client: BatchClient, inputs: JobScheduleInputs, conflict: unknown): Promise<void> {
  const id = inputs.jobScheduleId;
  const existing = await client.jobSchedules.get(id);
  if (existing.body.state === "deleting") {
    throw new Error(
      `The job schedule "${id}" is being deleted and cannot be adopted; wait until it is gone and run again.`,
      { cause: conflict },
    );
  }
  const steps = planUpdate(inputsFromService(existing.body, inputs), inputs);
  if (inputs.adopt !== true) {
    if (steps.length === 0) {
      progress(
        `job schedule "${id}": exists exactly as declared (an interrupted earlier run created it?); taking it over`,
      );
      return;
    }
    throw new Error(
      `A job schedule with id "${id}" already exists in this Batch account and differs from the program. Choose ` +
        `another id, or set adopt: true on the JobSchedule to take it over (its schedule, job specification, ` +
        `metadata and enabled state are then changed to match).`,
      { cause: conflict },
    );
  }
  await applySteps(client, id, steps, existing.body.eTag ?? existing.etag);
}

/** Reads the schedule; an empty id tells the engine it is gone. */
export async function read(
  id: string,
  props: Partial<JobScheduleOutputs> = {},
): Promise<pulumi.dynamic.ReadResult> {
  return withJobScheduleClient(props.batchAccount, props, async (client) => {
    const res = await client.jobSchedules.tryGet(id);
    if (!res || res.body.state === "deleting") return { id: "", props: {} };
    const { inputs, outputs } = jobScheduleState(res.body, props, res.etag);
    return { id, props: outputs, inputs };
  });
}

/** Applies the planner's calls (PATCH or PUT with If-Match, then enable/disable) and reads back. */
export async function update(
  id: string,
  olds: JobScheduleOutputs,
  news: JobScheduleInputs,
): Promise<pulumi.dynamic.UpdateResult> {
  return withJobScheduleClient(news.batchAccount, [olds, news], async (client) => {
    await applyReconciled(client, id, olds, news);
    return { outs: await readOutputs(client, id, news) };
  });
}

/**
 * Deletes the schedule and waits until it is gone. The service deletes the schedule's Jobs and
 * Tasks with it. Already gone (404) is success; a schedule already `deleting` is waited for.
 */
export async function deleteJobSchedule(id: string, props: Partial<JobScheduleOutputs>): Promise<void> {
  await withJobScheduleClient(props.batchAccount, props, async (client) => {
    try {
      await client.jobSchedules.delete(id);
    } catch (e) {
      if (isNotFound(e)) return;
      if (!isConflict(e, "JobScheduleBeingDeleted")) throw e;
    }
    await waitFor(
      () => client.jobSchedules.tryGet(id),
      (res) => res === undefined,
      {
        timeoutMs: DELETE_TIMEOUT_MS,
        intervalMs: 200,
        maxIntervalMs: 10_000,
        description: `job schedule "${id}" to be deleted`,
        describe: (res) => `state=${(res as { body?: BatchJobSchedule } | undefined)?.body?.state ?? "gone"}`,
      },
    );
  });
}

export { deleteJobSchedule as delete };
