/**
 * The shape every planner returns, and its translation to the engine's `DiffResult`.
 *
 * A plan is pure data: `diff` reports it, `update` executes its steps (each resource defines its
 * own step type), and tests apply it to a model of the service.
 */
import type * as pulumi from "@pulumi/pulumi";

/** What the engine will be told to do. */
export type PlanKind = "none" | "update" | "replace";

/** A planner's answer for (old state, new inputs). */
export interface Plan<Step> {
  /** `none`: no change; `update`: apply `steps` in place; `replace`: delete then create. */
  kind: PlanKind;
  /** Exactly the top-level properties that force a replacement (empty unless `kind` is `replace`). */
  replaces: string[];
  /** The calls to make, in order (empty for `none` and `replace`; may be empty for an option-only `update`). */
  steps: Step[];
  /** Every top-level property that changed (for messages and detailed diffs). */
  changed: string[];
}

/**
 * Converts a plan to the dynamic provider's `DiffResult`.
 *
 * `deleteBeforeReplace` is always true: the ids of Batch resources are chosen by the user, so a
 * replacement cannot exist side by side with the resource it replaces.
 *
 * @param plan the plan
 * @param stables properties that never change without a replacement (e.g. `id`)
 */
export function toDiffResult<Step>(plan: Plan<Step>, stables: string[]): pulumi.dynamic.DiffResult {
  return {
    changes: plan.kind !== "none",
    replaces: plan.kind === "replace" ? [...plan.replaces] : [],
    deleteBeforeReplace: true,
    stables,
  };
}

/** A plan that changes nothing. */
export function noChange<Step>(): Plan<Step> {
  return { kind: "none", replaces: [], steps: [], changed: [] };
}
