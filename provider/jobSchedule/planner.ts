/**
 * The pure planner of the JobSchedule provider: from the old state and the new (checked,
 * normalised) inputs, decides whether the schedule is replaced and which REST calls an update
 * makes. No I/O, so every rule is unit- and property-tested.
 *
 * Rules:
 * - `id` or `displayName` changed (or the account endpoint) → replacement, deleting the old
 *   schedule first (the ID is unique in the account, and the service cannot rename).
 * - `schedule` / `jobSpecification` / `metadata` changed with only additions and edits → ONE
 *   `PATCH` carrying just the changed top-level properties (in full).
 * - something removed anywhere inside them (a field, an array element, `metadata` emptied) →
 *   ONE `PUT` with the full body: PATCH keeps whatever it does not mention, so only a replace
 *   can remove; PUT omits nothing the user still declares.
 * - `enabled` toggled → `enable` / `disable`, after the PATCH/PUT so a failed update leaves the
 *   state as it was.
 */
import { diff as deepDiff, type Diff } from "deep-diff";
import { isDeepStrictEqual } from "node:util";
import { absorbIntoState } from "../core/declared";
import { containsUnknown } from "./specWalk";
import {
  REPLACE_PROPERTIES,
  UPDATABLE_PROPERTIES,
  type JobScheduleInputs,
  type JobSchedulePatchBody,
  type JobSchedulePutBody,
  type JobScheduleStep,
  type UpdatableProperty,
} from "./types";

/** What `diff` reports to the engine. */
export interface JobScheduleDiffPlan {
  /** Whether anything the provider manages differs. */
  changes: boolean;
  /** Properties forcing a replacement (empty for an in-place update). */
  replaces: string[];
  /** Always true when replacing: the new schedule reuses the old one's ID. */
  deleteBeforeReplace: boolean;
  /** The updatable properties that changed (for messages and tests). */
  updated: UpdatableProperty[];
  /** Whether the declared `enabled` state changed. */
  toggled: boolean;
}

/** `enabled` as declared: omitted means enabled. */
export function declaredEnabled(inputs: Pick<JobScheduleInputs, "enabled">): boolean {
  return inputs.enabled !== false;
}

function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a ?? null, b ?? null);
}

/** The updatable top-level properties whose values differ between `olds` and `news`. */
export function changedProperties(
  state: Partial<JobScheduleInputs>,
  news: Partial<JobScheduleInputs>,
): UpdatableProperty[] {
  const olds = comparable(state, news);
  return UPDATABLE_PROPERTIES.filter((p) => !same(olds[p], news[p]));
}

/**
 * The state as it compares with `news`: a value the program now declares that the service had
 * filled in anyway is no change (see `absorbIntoState`).
 */
function comparable(
  state: Partial<JobScheduleInputs>,
  news: Partial<JobScheduleInputs>,
): Partial<JobScheduleInputs> {
  return absorbIntoState(state as Record<string, unknown>, news as Record<string, unknown>, [
    ...UPDATABLE_PROPERTIES,
  ]) as Partial<JobScheduleInputs>;
}

/**
 * True when going from `before` to `after` removes something: a property (at any depth), an
 * array element, or the whole value. Edits and additions are not removals.
 */
export function hasRemoval(before: unknown, after: unknown): boolean {
  if (before === undefined || before === null) return false;
  if (after === undefined || after === null) return true;
  const changes: Diff<unknown, unknown>[] = deepDiff(before, after) ?? [];
  return changes.some(
    (c) =>
      c.kind === "D" ||
      (c.kind === "A" && c.item.kind === "D") ||
      // An object or array turned into a scalar loses its members.
      (c.kind === "E" && typeof c.lhs === "object" && c.lhs !== null && typeof c.rhs !== "object"),
  );
}

function endpointOf(inputs: Partial<JobScheduleInputs>): string | undefined {
  return inputs.batchAccount?.endpoint?.replace(/\/+$/, "");
}

/** Plans `diff`: replacement, in-place update, or nothing. */
export function planDiff(
  olds: Partial<JobScheduleInputs>,
  news: Partial<JobScheduleInputs>,
): JobScheduleDiffPlan {
  const replaces: string[] = REPLACE_PROPERTIES.filter((p) => !same(olds[p], news[p]));
  if (endpointOf(olds) !== endpointOf(news)) replaces.push("batchAccount");
  const updated = changedProperties(olds, news);
  const toggled = declaredEnabled(olds) !== declaredEnabled(news);
  return {
    changes: replaces.length > 0 || updated.length > 0 || toggled,
    replaces,
    deleteBeforeReplace: replaces.length > 0,
    updated,
    toggled,
  };
}

/** The full PUT body for `inputs`: every updatable property, omitted ones left out. */
export function putBody(inputs: JobScheduleInputs): JobSchedulePutBody {
  const body: JobSchedulePutBody = {
    schedule: inputs.schedule ?? {},
    jobSpecification: inputs.jobSpecification,
  };
  if (inputs.metadata && inputs.metadata.length > 0) body.metadata = inputs.metadata;
  return body;
}

/**
 * Plans the REST calls of an in-place update from `state` (the state, or the schedule as read
 * when adopting) to `news`: at most one PATCH or PUT, then at most one enable or disable.
 * Returns no steps when nothing changed.
 */
export function planUpdate(state: Partial<JobScheduleInputs>, news: JobScheduleInputs): JobScheduleStep[] {
  const olds = comparable(state, news);
  const steps: JobScheduleStep[] = [];
  const updated = changedProperties(olds, news);
  if (updated.length > 0) {
    if (updated.some((p) => hasRemoval(olds[p], news[p]))) {
      steps.push({ kind: "put", body: putBody(news) });
    } else {
      const body: JobSchedulePatchBody = {};
      for (const p of updated) Object.assign(body, { [p]: news[p] });
      steps.push({ kind: "patch", body });
    }
  }
  if (declaredEnabled(olds) !== declaredEnabled(news)) {
    steps.push({ kind: declaredEnabled(news) ? "enable" : "disable" });
  }
  return steps;
}

/**
 * During a preview some inputs may be unknown: a property that contains an unknown value
 * counts as changed (and, for `id`/`displayName`, as replacing) so the preview never promises
 * less than the update will do.
 */
export function planDiffWithUnknowns(
  olds: Partial<JobScheduleInputs>,
  news: Partial<JobScheduleInputs>,
): JobScheduleDiffPlan {
  const plan = planDiff(olds, news);
  for (const p of REPLACE_PROPERTIES) {
    if (containsUnknown(news[p]) && !plan.replaces.includes(p)) plan.replaces.push(p);
  }
  if (containsUnknown(news.enabled)) plan.toggled = true;
  plan.deleteBeforeReplace = plan.replaces.length > 0;
  plan.changes = plan.replaces.length > 0 || plan.updated.length > 0 || plan.toggled;
  return plan;
}
