/**
 * Executes a pool plan's steps against the service in order, chaining If-Match on the ETag (the
 * state's first, then each response's), and waits for allocation to settle around resizes.
 */
import type { BatchClient, BatchPool } from "../client";
import { isConflict, waitFor } from "../client";
import type { PoolRecord, PoolStep } from "./planner";

/** How to run the steps. */
export interface ApplyOptions {
  /** ETag from state: the first conditional call sends it as If-Match (lost-update protection). */
  eTag?: string;
  /** Wait for allocationState steady after a resize (default true). */
  waitForSteady: boolean;
  /** Limit of each wait, in milliseconds. */
  timeoutMs: number;
  /** Receives progress lines. */
  onProgress: (line: string) => void;
  /** First poll interval (tests use small values). */
  pollIntervalMs?: number;
}

/**
 * The pool's ETag moved between the plan and an `updateproperties` call. Batch takes no If-Match
 * on that call, so the provider checks the ETag itself right before it (see `reconcile.ts`).
 */
export class ETagMovedError extends Error {
  /** @param poolId the pool whose ETag moved */
  constructor(readonly poolId: string) {
    super(`Pool "${poolId}" changed since it was last read (its ETag moved).`);
    this.name = "ETagMovedError";
  }
}

/** Runs the steps; returns the last ETag seen (undefined when unknown). */
export async function applyPoolSteps(
  client: BatchClient,
  poolId: string,
  steps: PoolStep[],
  opts: ApplyOptions,
): Promise<string | undefined> {
  let eTag = opts.eTag;
  const conditions = () => (eTag ? { conditions: { ifMatch: eTag } } : {});
  for (const step of steps) {
    switch (step.op) {
      case "disableAutoScale":
        eTag = (await client.pools.disableAutoScale(poolId)).etag;
        break;
      case "updateProperties":
        // Replace semantics and no If-Match in the API: check the ETag just before, or a change
        // made by someone else since the plan would be overwritten silently.
        if (eTag && (await client.pools.get(poolId)).etag !== eTag) throw new ETagMovedError(poolId);
        eTag = (await client.pools.updateProperties(poolId, step.body as never)).etag;
        break;
      case "patch":
        eTag = (await client.pools.patch(poolId, step.body as never, conditions())).etag;
        break;
      case "resize": {
        // The service rejects a resize while one is in progress: stop it (when asked) or wait it out.
        const live = (await client.pools.get(poolId)).body;
        if (live.allocationState !== "steady") {
          if (step.stopPendingResize && live.allocationState === "resizing") {
            opts.onProgress(`pool "${poolId}": stopping the pending resize`);
            await client.pools.stopResize(poolId);
          }
          await waitSteady(client, poolId, opts);
        }
        // Unconditional: the resize body is absolute, and the wait above may have seen newer ETags.
        eTag = (await client.pools.resize(poolId, step.body as never)).etag;
        if (opts.waitForSteady) {
          const settled = await waitSteady(client, poolId, opts);
          reportResizeErrors(poolId, settled, opts.onProgress);
        }
        break;
      }
      case "enableAutoScale":
        eTag = (await client.pools.enableAutoScale(poolId, step.body as never, conditions())).etag;
        break;
    }
  }
  return eTag;
}

/** Waits until the pool's allocationState is steady, printing progress lines. */
export async function waitSteady(
  client: BatchClient,
  poolId: string,
  opts: Pick<ApplyOptions, "timeoutMs" | "onProgress" | "pollIntervalMs">,
): Promise<BatchPool | undefined> {
  return waitFor(
    async () => (await client.pools.get(poolId)).body,
    (p) => p?.allocationState === "steady",
    {
      timeoutMs: opts.timeoutMs,
      intervalMs: opts.pollIntervalMs ?? 1000,
      onProgress: opts.onProgress,
      description: `pool "${poolId}" to reach allocationState steady`,
      describe: (p) => {
        const pool = p as BatchPool | undefined;
        return `allocationState=${pool?.allocationState}, dedicated ${pool?.currentDedicatedNodes}/${pool?.targetDedicatedNodes}, low-priority ${pool?.currentLowPriorityNodes}/${pool?.targetLowPriorityNodes}`;
      },
    },
  );
}

/** Waits until GET returns 404; a 409 PoolBeingDeleted on the way is expected. */
export async function waitDeleted(
  client: BatchClient,
  poolId: string,
  opts: Pick<ApplyOptions, "timeoutMs" | "onProgress" | "pollIntervalMs">,
): Promise<void> {
  await waitFor(
    async () => {
      try {
        return (await client.pools.tryGet(poolId))?.body;
      } catch (e) {
        if (isConflict(e, "PoolBeingDeleted")) return { state: "deleting" } as BatchPool;
        throw e;
      }
    },
    (p) => p === undefined,
    {
      timeoutMs: opts.timeoutMs,
      intervalMs: opts.pollIntervalMs ?? 1000,
      onProgress: opts.onProgress,
      description: `pool "${poolId}" to be deleted`,
      describe: (p) => `state=${(p as PoolRecord | undefined)?.state}`,
    },
  );
}

function reportResizeErrors(
  poolId: string,
  pool: BatchPool | undefined,
  onProgress: (l: string) => void,
): void {
  for (const e of pool?.resizeErrors ?? []) {
    onProgress(`pool "${poolId}": resize error ${e.code}: ${e.message}`);
  }
}
