/**
 * Pool scaling operations: resize, stopresize, enable/disable/evaluate autoscale, removenodes.
 * Manual scaling requires a steady allocation state and autoscale off.
 */
import type { Ctx, HandlerResult } from "../context";
import { bumpVersion, iso } from "../etag";
import {
  autoScaleEnabled,
  autoScaleNotEnabled,
  invalidPropertyValue,
  missingRequiredProperty,
  nodeNotFound,
  poolBeingResized,
} from "../errors";
import { evaluateFormula, FormulaError, FormulaEvaluationError } from "../model/autoscale";
import { nodesOf, startAllocation } from "../model/pools";
import type { Entity } from "../store/Store";
import { bodyOf } from "./common";
import { evaluateFor, formulaInputs, requireLivePool } from "./pools";

function requireSteady(pool: Entity): void {
  if (pool.allocationState !== "steady") throw poolBeingResized();
}

function changed(ctx: Ctx, pool: Entity): void {
  bumpVersion(pool, ctx.now);
  ctx.state.store.touch();
}

/** POST /pools/{poolId}/resize — Pools_ResizePool. */
export function resizePool(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  if (pool.enableAutoScale) throw autoScaleEnabled();
  requireSteady(pool);
  const body = bodyOf(ctx);
  for (const p of ["targetDedicatedNodes", "targetLowPriorityNodes"] as const)
    if (body[p] !== undefined && (body[p] as number) < 0)
      throw invalidPropertyValue(p, `${p} must not be negative`);
  pool.targetDedicatedNodes = body.targetDedicatedNodes ?? 0;
  pool.targetLowPriorityNodes = body.targetLowPriorityNodes ?? 0;
  pool.resizeTimeout = body.resizeTimeout ?? "PT15M";
  delete pool.resizeErrors;
  startAllocation(pool, ctx.now, ctx.state.timings.poolResizeMs);
  changed(ctx, pool);
  return { status: 202, entity: pool, dataServiceId: pool.url as string };
}

/** POST /pools/{poolId}/stopresize — Pools_StopPoolResize: resizing → stopping → steady. */
export function stopPoolResize(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  if (pool.allocationState === "resizing") {
    startAllocation(pool, ctx.now, ctx.state.timings.poolStopResizeMs, "stopping");
    // The service keeps the pool's ETag on stopresize (nodesdk: resize and stopresize answer the same one).
    ctx.state.store.touch();
  }
  return { status: 202, entity: pool, dataServiceId: pool.url as string };
}

/** POST /pools/{poolId}/enableautoscale — Pools_EnablePoolAutoScale. */
export function enableAutoScale(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  requireSteady(pool);
  const body = bodyOf(ctx);
  const formula =
    (body.autoScaleFormula as string | undefined) ?? (pool.autoScaleFormula as string | undefined);
  if (!formula) throw missingRequiredProperty("autoScaleFormula");
  const r = evaluateFor(pool, formula);
  pool.enableAutoScale = true;
  pool.autoScaleFormula = formula;
  pool.autoScaleEvaluationInterval =
    body.autoScaleEvaluationInterval ?? pool.autoScaleEvaluationInterval ?? "PT15M";
  pool.autoScaleRun = { timestamp: iso(ctx.now), results: r.results };
  if (
    r.targetDedicatedNodes !== pool.targetDedicatedNodes ||
    r.targetLowPriorityNodes !== pool.targetLowPriorityNodes
  ) {
    pool.targetDedicatedNodes = r.targetDedicatedNodes;
    pool.targetLowPriorityNodes = r.targetLowPriorityNodes;
    startAllocation(pool, ctx.now, ctx.state.timings.poolResizeMs);
  }
  changed(ctx, pool);
  return { status: 200, entity: pool, dataServiceId: pool.url as string };
}

/** POST /pools/{poolId}/disableautoscale — Pools_DisablePoolAutoScale. */
export function disableAutoScale(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  pool.enableAutoScale = false;
  delete pool.autoScaleFormula;
  delete pool.autoScaleEvaluationInterval;
  delete pool.autoScaleRun;
  changed(ctx, pool);
  return { status: 200, entity: pool, dataServiceId: pool.url as string };
}

/** POST /pools/{poolId}/evaluateautoscale — Pools_EvaluatePoolAutoScale (not applied to the pool). */
export function evaluateAutoScale(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  if (!pool.enableAutoScale) throw autoScaleNotEnabled();
  const formula = bodyOf(ctx).autoScaleFormula as string;
  const timestamp = iso(ctx.now);
  // The answer is about a formula run, not the pool: no ETag / Last-Modified (nodesdk recording).
  const answer = (body: Entity): HandlerResult => ({ status: 200, body, dataServiceId: pool.url as string });
  try {
    const r = evaluateFormula(formula, formulaInputs(pool));
    return answer({ timestamp, results: r.results });
  } catch (e) {
    if (e instanceof FormulaEvaluationError)
      return answer({
        timestamp,
        results: e.results,
        error: {
          code: "AutoScalingFormulaEvaluationError",
          message: "The specified auto-scaling formula has evaluation error",
          values: [{ name: "Message", value: e.message }],
        },
      });
    if (!(e instanceof FormulaError)) throw e;
    const error = {
      code: "AutoScalingFormulaSyntaxError",
      message: e.message,
      values: [{ name: "Formula", value: formula }],
    };
    return answer({ timestamp, error });
  }
}

/** POST /pools/{poolId}/removenodes — Pools_RemoveNodes: nodes leave, targets shrink. */
export function removeNodes(ctx: Ctx): HandlerResult {
  const pool = requireLivePool(ctx);
  requireSteady(pool);
  const list = bodyOf(ctx).nodeList as string[];
  if (list.length > 100)
    throw invalidPropertyValue("nodeList", "A maximum of 100 nodes may be removed per request");
  const nodes = nodesOf(pool);
  const chosen = list.map((id) => {
    const n = nodes.find((x) => x.id.toLowerCase() === id.toLowerCase());
    if (!n) throw nodeNotFound();
    return n;
  });
  for (const n of chosen) n.leaving = true;
  pool.targetDedicatedNodes = nodes.filter((n) => n.isDedicated && !n.leaving).length;
  pool.targetLowPriorityNodes = nodes.filter((n) => !n.isDedicated && !n.leaving).length;
  pool.resizeTimeout = bodyOf(ctx).resizeTimeout ?? pool.resizeTimeout;
  startAllocation(pool, ctx.now, ctx.state.timings.poolResizeMs);
  changed(ctx, pool);
  return { status: 202, entity: pool, dataServiceId: pool.url as string };
}
