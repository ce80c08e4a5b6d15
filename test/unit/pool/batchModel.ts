/**
 * A small model of how the Batch service changes a pool for each planned call (test helper).
 * Used by the property tests: applying a plan's steps to the old pool must yield the new inputs.
 */
import type { PoolRecord, PoolStep } from "../../../provider/pool/planner";
import { REPLACE_SEMANTICS_GROUP } from "../../../provider/pool/schema";

/** Applies one step the way the service documents it (spec descriptions of each *Options body). */
export function applyStep(pool: PoolRecord, step: PoolStep): PoolRecord {
  const next: PoolRecord = structuredClone(pool);
  switch (step.op) {
    case "patch":
      // "If this element is present, it replaces …; if omitted, left unchanged."
      for (const [k, v] of Object.entries(step.body)) next[k] = structuredClone(v);
      return next;
    case "updateProperties":
      // "This list replaces any existing …; if omitted, removed"; communication mode → default.
      for (const k of REPLACE_SEMANTICS_GROUP) delete next[k];
      for (const [k, v] of Object.entries(step.body)) next[k] = structuredClone(v);
      if (next.targetNodeCommunicationMode === undefined) next.targetNodeCommunicationMode = "default";
      return next;
    case "resize":
      next.targetDedicatedNodes = step.body.targetDedicatedNodes;
      next.targetLowPriorityNodes = step.body.targetLowPriorityNodes;
      if (step.body.resizeTimeout !== undefined) next.resizeTimeout = step.body.resizeTimeout;
      return next;
    case "enableAutoScale":
      if (next.enableAutoScale !== true && step.body.autoScaleEvaluationInterval === undefined) {
        throw new Error("enabling autoscale without an interval would lose the declared interval");
      }
      next.enableAutoScale = true;
      next.autoScaleFormula = step.body.autoScaleFormula;
      if (step.body.autoScaleEvaluationInterval !== undefined) {
        next.autoScaleEvaluationInterval = step.body.autoScaleEvaluationInterval;
      }
      return next;
    case "disableAutoScale":
      next.enableAutoScale = false;
      delete next.autoScaleFormula;
      delete next.autoScaleEvaluationInterval;
      return next;
  }
}

/** Applies every step in order. */
export function applySteps(pool: PoolRecord, steps: PoolStep[]): PoolRecord {
  return steps.reduce(applyStep, pool);
}
