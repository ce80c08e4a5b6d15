/**
 * The Pool's dynamic-provider implementation, loaded at call time by the serialized shim
 * (`dynamicShim("pulumi-azure-batch/provider/pool")`, see `../core/shim.ts`).
 *
 * check → validate + normalise (pool/check.ts); diff → the pure planner (pool/planner.ts);
 * create/update → REST calls (pool/apply.ts) then read back; read → live pool in the inputs' shape
 * (pool/state.ts); delete → DELETE and wait for 404. Results are plain JSON and always full outputs.
 */
import type * as pulumi from "@pulumi/pulumi";
import { isConflict, isNotFound, type BatchClient } from "../client";
import type { BatchAccountInput } from "../core/config";
import { progress, withClient } from "../core/connect";
import { toDiffResult } from "../core/planner";
import { applyPoolSteps, waitDeleted, waitSteady } from "./apply";
import { checkPool } from "./check";
import { applyReconciled } from "./reconcile";
import { planPool, POOL_STABLES, type PoolRecord } from "./planner";
import { createBody, poolState } from "./state";
import { collectSecrets, scrubText } from "../core/secrets";
import { installProvider } from "../core/shim";

const DEFAULT_TIMEOUT_SECONDS = 1800;

/**
 * The engine property that carries the pool's `id`. The Node.js SDK drops an input named `id`
 * (pulumi/pulumi#6335: it is reserved for the resource id), so the SDK sends `poolId` and the
 * provider renames at its boundary; inside, everything uses the REST name `id`.
 */
export const ENGINE_ID_KEY = "poolId";

/** Engine properties → pool record (REST names). */
export function fromEngine(props: PoolRecord | undefined): PoolRecord {
  const { [ENGINE_ID_KEY]: poolId, __provider: _p, ...rest } = props ?? {};
  return poolId === undefined ? rest : { id: poolId, ...rest };
}

/** Pool record → engine properties (plain JSON, no `id`). */
export function toEngine(record: PoolRecord): PoolRecord {
  const { id, ...rest } = record;
  return id === undefined ? rest : { [ENGINE_ID_KEY]: id, ...rest };
}

const engineName = (k: string) => (k === "id" ? ENGINE_ID_KEY : k);

/** Receives the stack config and installs the methods on the deserialized provider (see shim.ts). */
export function configure(req: pulumi.dynamic.ConfigureRequest, target?: object): Promise<void> {
  return installProvider({ check, diff, create, read, update, delete: remove }, req, target);
}

/** Validates and normalises the inputs. */
export async function check(_olds: PoolRecord, news: PoolRecord): Promise<pulumi.dynamic.CheckResult> {
  const result = checkPool(fromEngine(news));
  return {
    inputs: toEngine(result.inputs ?? {}),
    failures: (result.failures ?? []).map((f) => ({ property: engineName(f.property), reason: f.reason })),
  };
}

/** Plans the change; see pool/planner.ts for the rules. */
export async function diff(
  _id: string,
  olds: PoolRecord,
  news: PoolRecord,
): Promise<pulumi.dynamic.DiffResult> {
  const result = toDiffResult(planPool(fromEngine(olds), fromEngine(news)), POOL_STABLES.map(engineName));
  return { ...result, replaces: result.replaces?.map(engineName) };
}

/** Creates the pool (or adopts an existing one with `adopt: true`), waits for steady, returns full outputs. */
export async function create(props: PoolRecord): Promise<pulumi.dynamic.CreateResult> {
  const inputs = fromEngine(props);
  const id = inputs.id as string;
  return guarded(inputs, () =>
    withClient(inputs.batchAccount as BatchAccountInput | undefined, async (client) => {
      // Adopting looks first, so taking over a pool that is already as declared writes nothing.
      if (inputs.adopt === true && (await client.pools.tryGet(id))) await adopt(client, inputs, undefined);
      else {
        try {
          await client.pools.add(createBody(inputs) as never);
        } catch (e) {
          if (!isConflict(e, "PoolExists")) throw e;
          await adopt(client, inputs, e);
        }
      }
      if (inputs.waitForSteady !== false && asksForNodes(inputs))
        await waitSteady(client, id, waitOptions(inputs));
      return { id, outs: toEngine(await readBack(client, id, inputs)) };
    }),
  );
}

/** Reads the live pool; a missing pool yields an empty id (gone). */
export async function read(id: string, engineProps?: PoolRecord): Promise<pulumi.dynamic.ReadResult> {
  const props = fromEngine(engineProps);
  return guarded(props, () =>
    withClient(props.batchAccount as BatchAccountInput | undefined, async (client) => {
      const res = await client.pools.tryGet(id);
      if (!res) return { id: "", props: {} };
      const { inputs, outputs } = poolState(res.body, props, res.etag);
      return { id, props: toEngine(outputs), inputs: toEngine(inputs) };
    }),
  );
}

/** Applies the planned calls in order (If-Match on the state's ETag), then reads back. */
export async function update(
  id: string,
  engineOlds: PoolRecord,
  engineNews: PoolRecord,
): Promise<pulumi.dynamic.UpdateResult> {
  const olds = fromEngine(engineOlds);
  const news = fromEngine(engineNews);
  return guarded(news, () =>
    withClient(news.batchAccount as BatchAccountInput | undefined, async (client) => {
      const plan = planPool(olds, news);
      if (plan.kind === "replace") {
        throw new Error(
          `Pool "${id}": ${plan.replaces.join(", ")} cannot change in place; the engine should have replaced it.`,
        );
      }
      await applyReconciled(client, id, plan, news, {
        eTag: typeof olds.eTag === "string" ? olds.eTag : undefined,
        ...waitOptions(news),
      });
      return { outs: toEngine(await readBack(client, id, news)) };
    }),
  );
}

/** Deletes the pool and waits until it is gone; an already-missing pool is fine. */
export async function remove(id: string, engineProps: PoolRecord): Promise<void> {
  const props = fromEngine(engineProps);
  await guarded(props, () =>
    withClient(props.batchAccount as BatchAccountInput | undefined, async (client) => {
      try {
        await client.pools.delete(id);
      } catch (e) {
        if (isNotFound(e)) return;
        if (!isConflict(e, "PoolBeingDeleted")) throw e;
      }
      await waitDeleted(client, id, waitOptions(props));
    }),
  );
}
export { remove as delete };

/**
 * Takes over an existing pool with the same id. Without `adopt: true` only when it is exactly as
 * declared (0 changes): that is the pool an interrupted earlier `pulumi up` created, and making
 * the rerun adopt it is what lets a crashed run converge without editing the program. The risk,
 * documented in the README: an identical pool made elsewhere becomes this stack's too.
 */
async function adopt(client: BatchClient, inputs: PoolRecord, conflict: unknown): Promise<void> {
  const id = inputs.id as string;
  const live = await client.pools.get(id);
  const { outputs } = poolState(live.body, inputs, live.etag);
  const plan = planPool(outputs, inputs);
  const exact = plan.kind !== "replace" && plan.steps.length === 0;
  if (inputs.adopt !== true) {
    if (!exact) {
      throw new Error(
        `Pool "${id}" already exists in the Batch account and differs from the program ` +
          `(${plan.changed.join(", ")}). Set adopt: true on the resource to take it over (the differences ` +
          `are then applied), or choose another id.`,
        { cause: conflict },
      );
    }
    progress(
      `pool "${id}": exists exactly as declared (an interrupted earlier run created it?); taking it over`,
    );
    return;
  }
  if (plan.kind === "replace") {
    throw new Error(
      `Pool "${id}" exists but cannot be adopted: ${plan.replaces.join(", ")} differ and cannot change in place ` +
        `on a pool with nodes. Change the program to match, or delete the pool first.`,
    );
  }
  progress(
    `pool "${id}": adopting the existing pool (${plan.steps.map((s) => s.op).join(", ") || "no changes"})`,
  );
  await applyPoolSteps(client, id, plan.steps, { eTag: live.etag, ...waitOptions(inputs) });
}

async function readBack(client: BatchClient, id: string, inputs: PoolRecord): Promise<PoolRecord> {
  const res = await client.pools.get(id);
  return poolState(res.body, inputs, res.etag).outputs;
}

function asksForNodes(p: PoolRecord): boolean {
  return (
    p.enableAutoScale === true ||
    Number(p.targetDedicatedNodes ?? 0) + Number(p.targetLowPriorityNodes ?? 0) > 0
  );
}

function waitOptions(p: PoolRecord) {
  const timeouts = (p.timeouts ?? {}) as { steadySeconds?: number };
  const seconds = Number(p.steadyTimeoutSeconds ?? timeouts.steadySeconds ?? DEFAULT_TIMEOUT_SECONDS);
  return {
    waitForSteady: p.waitForSteady !== false,
    timeoutMs: seconds * 1000,
    onProgress: progress,
    pollIntervalMs: Number(process.env.AZURE_BATCH_POLL_INTERVAL_MS ?? 1000),
  };
}

// Errors from the service never carry bodies, but a message built from inputs might: scrub secrets.
async function guarded<T>(inputs: PoolRecord, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const secrets = collectSecrets(inputs);
    if (e instanceof Error && secrets.length > 0) e.message = scrubText(e.message, secrets);
    throw e;
  }
}
