/**
 * Pool operations: create, get, exists, list, patch (update), updateproperties (replace), delete.
 * Scaling operations live in poolScaling.ts.
 */
import { checkConditions } from "../conditional";
import type { Ctx, HandlerResult } from "../context";
import { bumpVersion, iso } from "../etag";
import {
  autoScalingFormulaSyntaxError,
  invalidPropertyValue,
  missingRequiredProperty,
  operationInvalidForCurrentState,
  poolBeingDeleted,
  poolExists,
  poolNotFound,
} from "../errors";
import { evaluateFormula, FormulaError } from "../model/autoscale";
import { checkArmId, checkImage } from "../model/images";
import { advancePool, countNodes, nodesOf, startAllocation } from "../model/pools";
import { present } from "../serialize";
import type { Entity } from "../store/Store";
import { poolPropertiesUpdatableOnlyWhenEmpty } from "../../spec/poolUpdateRules";
import { bodyOf, cachedEntityResponse, checkId, listResponse, setOrRemove, withoutSecrets } from "./common";

/** URL of a pool. */
export function poolUrl(ctx: Ctx, id: string): string {
  return `${ctx.base}/pools/${id}`;
}

/** Loads a pool (advanced to now) or undefined when absent or gone. */
export function findPool(ctx: Ctx, id: string): Entity | undefined {
  const { store, timings } = ctx.state;
  const account = ctx.account as string;
  const pool = store.get(account, "pools", id);
  if (!pool) return undefined;
  const r = advancePool(pool, ctx.now, timings);
  if (r === "gone") {
    store.delete(account, "pools", id);
    return undefined;
  }
  if (r === "changed") store.touch();
  return pool;
}

/** Loads a pool for an operation: 404 PoolNotFound, conditional headers checked. */
export function requirePool(ctx: Ctx, id = ctx.params[0]): Entity {
  const pool = findPool(ctx, id);
  if (!pool) throw poolNotFound();
  checkConditions(ctx, pool);
  return pool;
}

/** Like {@link requirePool}, and 409 PoolBeingDeleted when the pool is being deleted. */
export function requireLivePool(ctx: Ctx): Entity {
  const pool = requirePool(ctx);
  if (pool.state === "deleting") throw poolBeingDeleted();
  return pool;
}

/** Evaluates a formula for a pool or answers 400 AutoScalingFormulaSyntaxError. */
export function evaluateFor(pool: Entity, formula: string) {
  try {
    return evaluateFormula(formula, formulaInputs(pool));
  } catch (e) {
    if (e instanceof FormulaError) throw autoScalingFormulaSyntaxError(e.message);
    throw e;
  }
}

/** What a formula reads of a pool: its node counts, and its targets as the starting values. */
export function formulaInputs(pool: Entity) {
  return {
    currentDedicatedNodes: Number(pool.currentDedicatedNodes) || 0,
    currentLowPriorityNodes: Number(pool.currentLowPriorityNodes) || 0,
    targetDedicatedNodes: Number(pool.targetDedicatedNodes) || 0,
    targetLowPriorityNodes: Number(pool.targetLowPriorityNodes) || 0,
  };
}

/**
 * Pool wire view: the service's defaults and forms; the current communication mode appears once a
 * target mode was set and nodes exist (pysdk create-pools: target set, no nodes, no current mode).
 */
export function wire(pool: Entity): Entity {
  const out = present("BatchPool", pool);
  windowsUserDefaults(out);
  delete out.currentNodeCommunicationMode;
  const nodes = Number(pool.currentDedicatedNodes) + Number(pool.currentLowPriorityNodes);
  if (typeof out.targetNodeCommunicationMode === "string" && nodes > 0)
    out.currentNodeCommunicationMode =
      out.targetNodeCommunicationMode === "simplified" ? "simplified" : "classic";
  return out;
}

/**
 * On a Windows pool, a user account without `windowsUserConfiguration` "is created with the default
 * options" (spec, UserAccount), which the service reports: `{ loginMode: "batch" }` (the default
 * the spec gives for loginMode; pysdk create-pools GET). Linux pools get nothing of the kind.
 */
function windowsUserDefaults(pool: Entity): void {
  const vm = pool.virtualMachineConfiguration as Entity | undefined;
  if (!/^batch\.node\.windows/i.test(String(vm?.nodeAgentSKUId ?? ""))) return;
  for (const user of (pool.userAccounts as Entity[] | undefined) ?? []) {
    const windows = (user.windowsUserConfiguration as Entity | undefined) ?? {};
    user.windowsUserConfiguration = { loginMode: "batch", ...windows };
  }
}

/** POST /pools — Pools_CreatePool. */
export function createPool(ctx: Ctx): HandlerResult {
  const body = withoutSecrets(bodyOf(ctx));
  checkId(body.id);
  const account = ctx.account as string;
  if (findPool(ctx, body.id as string)) throw poolExists();
  if (!body.virtualMachineConfiguration) throw missingRequiredProperty("virtualMachineConfiguration");
  checkImage(body.virtualMachineConfiguration as Entity, ctx.state.subscriptionId);
  const subnetId = (body.networkConfiguration as Entity | undefined)?.subnetId;
  if (typeof subnetId === "string") checkArmId("subnetId", subnetId, ctx.state.subscriptionId);
  const auto = body.enableAutoScale === true;
  if (auto) {
    if (body.targetDedicatedNodes !== undefined || body.targetLowPriorityNodes !== undefined)
      throw invalidPropertyValue(
        "targetDedicatedNodes",
        "targetDedicatedNodes and targetLowPriorityNodes must not be specified when enableAutoScale is true",
      );
    if (!body.autoScaleFormula) throw missingRequiredProperty("autoScaleFormula");
  } else {
    if (body.autoScaleFormula !== undefined)
      throw invalidPropertyValue(
        "autoScaleFormula",
        "autoScaleFormula must not be specified when enableAutoScale is false",
      );
    if (body.autoScaleEvaluationInterval !== undefined)
      throw invalidPropertyValue(
        "autoScaleEvaluationInterval",
        "autoScaleEvaluationInterval must not be specified when enableAutoScale is false",
      );
    // Neither target given: the service creates the pool with 0 nodes (recorded: pysdk create-pools).
  }
  for (const p of ["targetDedicatedNodes", "targetLowPriorityNodes"] as const)
    if (body[p] !== undefined && (body[p] as number) < 0)
      throw invalidPropertyValue(p, `${p} must not be negative`);
  const now = ctx.now;
  const id = body.id as string;
  const pool: Entity = {
    id,
    url: poolUrl(ctx, id),
    creationTime: iso(now),
    state: "active",
    stateTransitionTime: iso(now),
    allocationState: "resizing",
    allocationStateTransitionTime: iso(now),
    // Other defaults (resizeTimeout, taskSchedulingPolicy, ...) are filled on every read (spec/defaults.ts).
    ...body,
    currentDedicatedNodes: 0,
    currentLowPriorityNodes: 0,
    targetDedicatedNodes: body.targetDedicatedNodes ?? 0,
    targetLowPriorityNodes: body.targetLowPriorityNodes ?? 0,
    enableAutoScale: auto,
    _idHash: [...id.toLowerCase()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7),
    _nodes: [],
  };
  if (auto) {
    const r = evaluateFor(pool, body.autoScaleFormula as string);
    pool.autoScaleEvaluationInterval = body.autoScaleEvaluationInterval ?? "PT15M";
    pool.targetDedicatedNodes = r.targetDedicatedNodes;
    pool.targetLowPriorityNodes = r.targetLowPriorityNodes;
    pool.autoScaleRun = { timestamp: iso(now), results: r.results };
  }
  startAllocation(pool, now, ctx.state.timings.poolResizeMs);
  bumpVersion(pool, now);
  ctx.state.store.put(account, "pools", id, pool);
  return {
    status: 201,
    entity: pool,
    dataServiceId: pool.url as string,
    headers: { Location: pool.url as string },
  };
}

/** GET /pools/{poolId} — Pools_GetPool. */
export function getPool(ctx: Ctx): HandlerResult {
  const pool = requirePool(ctx);
  return cachedEntityResponse(ctx, pool, wire, "pools");
}

/** HEAD /pools/{poolId} — Pools_PoolExists (404 without a body when absent). */
export function poolExistsOp(ctx: Ctx): HandlerResult {
  const pool = findPool(ctx, ctx.params[0]);
  if (!pool) return { status: 404 };
  checkConditions(ctx, pool);
  return { status: 200, entity: pool };
}

/** GET /pools — Pools_ListPools. */
export function listPools(ctx: Ctx): HandlerResult {
  const account = ctx.account as string;
  const pools = ctx.state.store
    .list(account, "pools")
    .map((p) => findPool(ctx, p.id as string))
    .filter((p): p is Entity => p !== undefined);
  return listResponse(
    ctx,
    pools.map((p) => wire(p)),
    (v) => String(v.id).toLowerCase(),
    "pools",
  );
}

/** PATCH /pools/{poolId} — Pools_UpdatePool: replaces only the properties given. */
export function updatePool(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  const body = withoutSecrets(bodyOf(ctx));
  const hasNodes =
    nodesOf(pool).length > 0 || Number(pool.currentDedicatedNodes) + Number(pool.currentLowPriorityNodes) > 0;
  for (const p of poolPropertiesUpdatableOnlyWhenEmpty()) {
    if (body[p] !== undefined && hasNodes)
      throw operationInvalidForCurrentState(
        `'${p}' can be updated only when the pool has no compute nodes.`,
        p,
      );
  }
  for (const [k, v] of Object.entries(body)) {
    if (
      k === "startTask" ||
      k === "certificateReferences" ||
      k === "applicationPackageReferences" ||
      k === "metadata"
    )
      setOrRemove(pool, k, v);
    else pool[k] = v;
  }
  bumpVersion(pool, ctx.now);
  ctx.state.store.touch();
  return { status: 200, entity: pool, dataServiceId: pool.url as string };
}

/** POST /pools/{poolId}/updateproperties — Pools_ReplacePoolProperties: replaces all updatable properties. */
export function replacePoolProperties(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  const body = withoutSecrets(bodyOf(ctx));
  setOrRemove(pool, "startTask", body.startTask);
  setOrRemove(pool, "certificateReferences", body.certificateReferences);
  setOrRemove(pool, "applicationPackageReferences", body.applicationPackageReferences);
  setOrRemove(pool, "metadata", body.metadata);
  // "If omitted, the existing setting is default": a mode once set falls back to default; never set stays unset.
  if (body.targetNodeCommunicationMode !== undefined)
    pool.targetNodeCommunicationMode = body.targetNodeCommunicationMode;
  else if (pool.targetNodeCommunicationMode !== undefined) pool.targetNodeCommunicationMode = "default";
  bumpVersion(pool, ctx.now);
  ctx.state.store.touch();
  return { status: 204, entity: pool, dataServiceId: pool.url as string };
}

/** DELETE /pools/{poolId} — Pools_DeletePool: deleting, then gone after poolDeleteMs. */
export function deletePool(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  const now = ctx.now;
  pool.state = "deleting";
  pool.stateTransitionTime = iso(now);
  pool._deleteEndsAt = now + ctx.state.timings.poolDeleteMs;
  pool.targetDedicatedNodes = 0;
  pool.targetLowPriorityNodes = 0;
  startAllocation(pool, now, Math.max(1, ctx.state.timings.poolDeleteMs - 1));
  countNodes(pool);
  bumpVersion(pool, now);
  ctx.state.store.touch();
  // The service answers a DELETE without ETag or Last-Modified (every recorded pool delete).
  return { status: 202 };
}
