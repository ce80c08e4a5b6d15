/**
 * Runs a job schedule's planned calls, chaining If-Match, and reconciles once after a stale ETag.
 *
 * Why the reconciliation: a PATCH or PUT whose answer is lost after the service applied it is
 * retried and then answered 412 (our own write moved the ETag); a rerun fails the same way since
 * the state's ETag is still the old one. So on a 412 the live schedule is read and planned again:
 * nothing left → success; only properties this update was changing differ → finish them with the
 * live ETag; anything else differs (someone else changed it) → stop, naming `pulumi refresh`.
 */
import { isConditionNotMet, type BatchClient } from "../client";
import type { BatchJobSchedule } from "../client/models";
import { progress } from "../core/connect";
import { inputsFromService } from "./outputs";
import { changedProperties, declaredEnabled, planUpdate } from "./planner";
import type { JobScheduleInputs, JobScheduleOutputs, JobScheduleStep } from "./types";

/**
 * Executes planned steps in order. The first call carries If-Match with `etag`; each later call
 * uses the ETag the previous one returned, so nobody else's change in between is overwritten.
 */
export async function applySteps(
  client: BatchClient,
  id: string,
  steps: JobScheduleStep[],
  etag: string | undefined,
): Promise<void> {
  let ifMatch = etag;
  for (const step of steps) {
    const options = ifMatch ? { conditions: { ifMatch } } : undefined;
    const res =
      step.kind === "patch"
        ? await client.jobSchedules.patch(id, step.body, options)
        : step.kind === "put"
          ? await client.jobSchedules.replace(id, step.body as BatchJobSchedule, options)
          : step.kind === "enable"
            ? await client.jobSchedules.enable(id, options)
            : await client.jobSchedules.disable(id, options);
    ifMatch = res.etag;
  }
}

/** Plans `olds` → `news`, applies it, and reconciles once after a 412 (see the module comment). */
export async function applyReconciled(
  client: BatchClient,
  id: string,
  olds: JobScheduleOutputs,
  news: JobScheduleInputs,
): Promise<void> {
  try {
    await applySteps(client, id, planUpdate(olds, news), olds.eTag);
    return;
  } catch (e) {
    if (!isConditionNotMet(e)) throw e;
    const live = await client.jobSchedules.get(id);
    const liveInputs = inputsFromService(live.body, news);
    const steps = planUpdate(liveInputs, news);
    if (steps.length === 0) {
      progress(
        `job schedule "${id}": already as declared (an earlier write was applied; its answer was lost)`,
      );
      return;
    }
    const ours = new Set<string>(changedProperties(olds, news));
    if (declaredEnabled(olds) !== declaredEnabled(news)) ours.add("enabled");
    const now = [
      ...changedProperties(liveInputs, news),
      ...(declaredEnabled(liveInputs) !== declaredEnabled(news) ? ["enabled"] : []),
    ];
    const foreign = now.filter((p) => !ours.has(p));
    if (foreign.length > 0) {
      throw new Error(
        `Job schedule "${id}" was changed in the Batch account since it was last read (412 ConditionNotMet; ` +
          `${foreign.join(", ")} differ from the state). Nothing was overwritten. ` +
          "Run `pulumi refresh` to read its current state, " +
          "then `pulumi up` again.",
        { cause: e },
      );
    }
    progress(`job schedule "${id}": finishing an interrupted update (${now.join(", ")})`);
    await applySteps(client, id, steps, live.body.eTag ?? live.etag);
  }
}
