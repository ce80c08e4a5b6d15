/**
 * One spelling for a pool body, applied to the user's inputs (in `check`) and to what GET returns
 * (in `read`), so the planner compares like with like: the service's defaults filled in, enums in
 * the spec's case, ISO durations canonical, autoscale formulas modulo whitespace, `vmSize` lower
 * case (the service reports it that way).
 */
import { canonicalEnum, normalizeDuration, normalizeFormula, toPlainJson } from "../core/normalize";
import { isUnknown } from "../core/planner";
import { canonicalizeEnums } from "../../spec/enums";
import { POOL_DEFAULTS, POOL_ENUMS, RESIZE_KEYS, AUTOSCALE_KEYS } from "./schema";
import type { PoolRecord } from "./planner";

/**
 * Normalises a pool body (plus provider options), leaving unknown preview values untouched.
 * Under autoscale the fixed-size properties are dropped and vice versa, mirroring what the service
 * keeps (targets are the formula's business; the formula is only set while autoscale is on).
 */
export function normalizePool(input: PoolRecord): PoolRecord {
  const p: PoolRecord = canonicalizeEnums("BatchPoolCreateOptions", toPlainJson<PoolRecord>(input));
  if (typeof p.vmSize === "string" && !isUnknown(p.vmSize)) p.vmSize = p.vmSize.trim().toLowerCase();
  for (const k of ["resizeTimeout", "autoScaleEvaluationInterval"])
    if (k in p) p[k] = normalizeDuration(p[k]);
  if ("autoScaleFormula" in p) p.autoScaleFormula = normalizeFormula(p.autoScaleFormula);
  for (const k of ["targetNodeCommunicationMode", "nodeDeallocationOption"] as const) {
    if (k in p) p[k] = canonicalEnum(p[k], POOL_ENUMS[k]);
  }
  const policy = p.taskSchedulingPolicy as PoolRecord | undefined;
  if (policy && typeof policy === "object") {
    p.taskSchedulingPolicy = {
      ...policy,
      nodeFillType: canonicalEnum(policy.nodeFillType, POOL_ENUMS.nodeFillType),
    };
  }
  // Defaults the service applies on create (BatchPoolCreateOptions descriptions).
  p.enableAutoScale ??= POOL_DEFAULTS.enableAutoScale;
  p.enableInterNodeCommunication ??= POOL_DEFAULTS.enableInterNodeCommunication;
  p.taskSlotsPerNode ??= POOL_DEFAULTS.taskSlotsPerNode;
  p.targetNodeCommunicationMode ??= POOL_DEFAULTS.targetNodeCommunicationMode;
  p.taskSchedulingPolicy ??= { ...POOL_DEFAULTS.taskSchedulingPolicy };
  if (p.enableAutoScale === true) {
    for (const k of RESIZE_KEYS) delete p[k];
    p.autoScaleEvaluationInterval ??= POOL_DEFAULTS.autoScaleEvaluationInterval;
  } else if (p.enableAutoScale === false) {
    for (const k of AUTOSCALE_KEYS.slice(1)) delete p[k];
    p.resizeTimeout ??= POOL_DEFAULTS.resizeTimeout;
    p.targetDedicatedNodes ??= 0;
    p.targetLowPriorityNodes ??= 0;
  }
  // Empty lists mean "none", like absent ones: keep one spelling (absent).
  for (const [k, v] of Object.entries(p)) if (Array.isArray(v) && v.length === 0) delete p[k];
  return p;
}
