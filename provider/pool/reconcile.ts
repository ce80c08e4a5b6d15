/**
 * Runs a pool plan so that an interrupted write converges instead of failing forever.
 *
 * Why: a PATCH whose answer is lost after the service applied it is retried by the client and
 * then answered 412 (the ETag moved: by our own write). A rerun fails the same way, because the
 * ETag in state is still the old one. So on a 412 (or when the ETag moved before an
 * `updateproperties`, which Batch cannot make conditional) the live pool is read and planned
 * again against the same inputs:
 * - nothing left to do → the earlier write was applied; success;
 * - only properties that this update was changing anyway differ → finish them, with the live ETag;
 * - anything else differs (someone changed the pool) → stop, naming `pulumi refresh`.
 */
import { isConditionNotMet, type BatchClient } from "../client";
import { progress } from "../core/connect";
import { applyPoolSteps, ETagMovedError, type ApplyOptions } from "./apply";
import { planPool, type PoolPlan, type PoolRecord } from "./planner";
import { poolState } from "./state";

/** Applies `plan` (computed from state to `news`), reconciling once after a stale ETag. */
export async function applyReconciled(
  client: BatchClient,
  poolId: string,
  plan: PoolPlan,
  news: PoolRecord,
  opts: ApplyOptions,
): Promise<void> {
  try {
    await applyPoolSteps(client, poolId, plan.steps, opts);
    return;
  } catch (e) {
    if (!isConditionNotMet(e) && !(e instanceof ETagMovedError)) throw e;
    const live = await client.pools.get(poolId);
    const replan = planPool(poolState(live.body, news, live.etag).outputs, news);
    if (replan.kind !== "replace" && replan.steps.length === 0) {
      progress(`pool "${poolId}": already as declared (an earlier write was applied; its answer was lost)`);
      return;
    }
    const ours = new Set(plan.changed);
    const foreign = replan.changed.filter((p) => !ours.has(p));
    if (replan.kind === "replace" || foreign.length > 0) {
      throw new Error(
        `Pool "${poolId}" was changed in the Batch account since it was last read (` +
          (isConditionNotMet(e) ? "412 ConditionNotMet" : "its ETag moved before updateproperties") +
          (foreign.length > 0 ? `; ${foreign.join(", ")} differ from the state` : "") +
          ")" +
          ". Nothing was overwritten. Run `pulumi refresh` to read its current state, then `pulumi up` again.",
        { cause: e },
      );
    }
    progress(`pool "${poolId}": finishing an interrupted update (${replan.changed.join(", ")})`);
    await applyPoolSteps(client, poolId, replan.steps, { ...opts, eTag: live.etag });
  }
}
