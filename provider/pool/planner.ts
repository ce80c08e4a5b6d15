/**
 * The Pool's pure planner: (old state, new inputs) → the least disruptive way to get there.
 *
 * Rules, per changed top-level property (groups in `pool/schema.ts`, read off the spec):
 * - `id` → replacement (delete first: the id is the user's).
 * - PATCH-anytime properties (startTask, certificateReferences, applicationPackageReferences,
 *   metadata, targetNodeCommunicationMode) added or changed → ONE PATCH carrying only them.
 * - one of those removed (or emptied) → updateproperties with the whole desired group, because a
 *   PATCH leaves omitted properties unchanged while updateproperties removes what is omitted.
 * - targetDedicatedNodes / targetLowPriorityNodes / resizeTimeout → resize (optionally stopping a
 *   pending resize first).
 * - enableAutoScale switched, formula or interval changed → enableautoscale / disableautoscale
 *   (+ a resize to the fixed targets after disabling).
 * - "can be updated only when the pool is empty" properties → PATCH if the state says the pool is
 *   empty, else replacement (removing one that PATCH cannot clear also means replacement).
 * - provider options only (waitForSteady, nodeDeallocationOption, …) → an update with no calls.
 *
 * Inputs must already be normalised by `check` (defaults, enum case, durations, formula spacing),
 * so that equal meaning means equal JSON.
 */
import { absorbIntoState } from "../core/declared";
import { noChange, topLevelChanges, type Plan, type PropertyChange } from "../core/planner";
import {
  AUTOSCALE_KEYS,
  IMMUTABLE_KEYS,
  PATCH_ANYTIME,
  PATCH_WHEN_EMPTY,
  POOL_BODY_KEYS,
  POOL_OPTION_KEYS,
  REPLACE_SEMANTICS_GROUP,
  RESIZE_KEYS,
  type PoolBodyKey,
} from "./schema";

/** A plain-JSON pool body or state (state = normalised inputs + options + read-only outputs). */
export type PoolRecord = Record<string, unknown>;

/** One REST call of an in-place update, in execution order. */
export type PoolStep =
  | { op: "disableAutoScale" }
  | { op: "updateProperties"; body: PoolRecord }
  | { op: "patch"; body: PoolRecord }
  | { op: "resize"; body: PoolRecord; stopPendingResize: boolean }
  | { op: "enableAutoScale"; body: PoolRecord };

/** The planner's answer for a pool. */
export type PoolPlan = Plan<PoolStep>;

// Array- and map-valued empty-only properties a PATCH can clear by sending an empty value.
const CLEARABLE_BY_PATCH: ReadonlySet<string> = new Set([
  "userAccounts",
  "mountConfiguration",
  "resourceTags",
]);

/**
 * Plans the change from `state` (the state's outputs) to `news` (the checked inputs).
 * Pure: no I/O, no clock; the same arguments always give the same plan.
 */
export function planPool(state: PoolRecord, news: PoolRecord): PoolPlan {
  // A value the program now declares that the service had filled in anyway is no change.
  const olds = absorbIntoState(state, news, POOL_BODY_KEYS);
  const autoscaleNew = news.enableAutoScale === true;
  const autoscaleOld = olds.enableAutoScale === true;
  // Under autoscale the formula owns the targets and resizeTimeout has no effect: never diff them.
  const bodyKeys = POOL_BODY_KEYS.filter((k) => !(autoscaleNew && RESIZE_KEYS.includes(k)));
  const changes = topLevelChanges(olds, news, bodyKeys);
  const optionChanges = topLevelChanges(olds, news, POOL_OPTION_KEYS);
  if (changes.length === 0 && optionChanges.length === 0) return noChange();
  const changed = [...changes, ...optionChanges].map((c) => c.property);
  const byKey = new Map(changes.map((c) => [c.property as PoolBodyKey, c]));

  const replaces = changes.filter((c) => forcesReplacement(c, olds)).map((c) => c.property);
  if (replaces.length > 0) return { kind: "replace", replaces, steps: [], changed };

  const steps: PoolStep[] = [];
  if (autoscaleOld && !autoscaleNew) steps.push({ op: "disableAutoScale" });

  // The replace-semantics group: PATCH what was added/changed, unless something was removed.
  const groupChanges = REPLACE_SEMANTICS_GROUP.map((k) => byKey.get(k)).filter(isDefined);
  const patch: PoolRecord = {};
  if (groupChanges.some((c) => c.kind === "removed")) {
    steps.push({ op: "updateProperties", body: replaceSemanticsBody(news) });
  } else {
    for (const c of groupChanges) patch[c.property] = news[c.property];
  }
  for (const key of PATCH_WHEN_EMPTY) {
    const c = byKey.get(key);
    if (c) patch[key] = c.kind === "removed" ? emptyOf(olds[key]) : news[key];
  }
  if (Object.keys(patch).length > 0) steps.push({ op: "patch", body: patch });

  if (!autoscaleNew) {
    const switchedOff = autoscaleOld;
    if (switchedOff || RESIZE_KEYS.some((k) => byKey.has(k))) {
      steps.push({
        op: "resize",
        body: resizeBody(news),
        stopPendingResize: news.stopPendingResize === true,
      });
    }
  } else if (!autoscaleOld || AUTOSCALE_KEYS.some((k) => byKey.has(k))) {
    const body: PoolRecord = { autoScaleFormula: news.autoScaleFormula };
    // Sending the interval restarts the evaluation schedule: only send it when it changes.
    if (!autoscaleOld || byKey.has("autoScaleEvaluationInterval")) {
      body.autoScaleEvaluationInterval = news.autoScaleEvaluationInterval;
    }
    steps.push({ op: "enableAutoScale", body: dropUndefined(body) });
  }
  return { kind: "update", replaces: [], steps, changed };
}

/**
 * True when the state says the pool has no nodes and none are asked for: the condition under which
 * the service accepts a PATCH of the "only when the pool is empty" properties. An autoscaled pool
 * never counts as empty (its formula may add nodes at any moment).
 */
export function isPoolEmpty(state: PoolRecord): boolean {
  const n = (k: string) => (typeof state[k] === "number" ? (state[k] as number) : 0);
  return (
    state.enableAutoScale !== true &&
    n("currentDedicatedNodes") + n("currentLowPriorityNodes") === 0 &&
    n("targetDedicatedNodes") + n("targetLowPriorityNodes") === 0
  );
}

/** The updateproperties body: the complete desired group (omitted = removed, per the spec). */
export function replaceSemanticsBody(news: PoolRecord): PoolRecord {
  return dropUndefined({
    startTask: news.startTask,
    certificateReferences: news.certificateReferences ?? [],
    applicationPackageReferences: news.applicationPackageReferences ?? [],
    metadata: news.metadata ?? [],
    targetNodeCommunicationMode: news.targetNodeCommunicationMode,
  });
}

/** The resize body: the fixed targets (absent = 0), timeout and deallocation option. */
export function resizeBody(news: PoolRecord): PoolRecord {
  return dropUndefined({
    targetDedicatedNodes: news.targetDedicatedNodes ?? 0,
    targetLowPriorityNodes: news.targetLowPriorityNodes ?? 0,
    resizeTimeout: news.resizeTimeout,
    nodeDeallocationOption: news.nodeDeallocationOption,
  });
}

function forcesReplacement(c: PropertyChange, olds: PoolRecord): boolean {
  const key = c.property as PoolBodyKey;
  if (IMMUTABLE_KEYS.includes(key)) return true;
  if (!PATCH_WHEN_EMPTY.includes(key)) return false;
  if (!isPoolEmpty(olds)) return true;
  return c.kind === "removed" && !CLEARABLE_BY_PATCH.has(key);
}

function emptyOf(old: unknown): unknown {
  return Array.isArray(old) ? [] : {};
}

function isDefined<T>(v: T | undefined): v is T {
  return v !== undefined;
}

function dropUndefined(o: PoolRecord): PoolRecord {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** Properties that never change in place (reported as `stables` to the engine). */
export const POOL_STABLES: string[] = [...IMMUTABLE_KEYS];

/** Keys of the PATCH-anytime group (re-exported for messages and tests). */
export const POOL_PATCH_ANYTIME = PATCH_ANYTIME;
