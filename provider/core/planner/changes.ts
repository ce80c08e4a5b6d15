/**
 * Which top-level properties differ between a resource's old state and its new inputs, and how.
 *
 * Generic over resources: a planner (e.g. `provider/pool/planner.ts`) classifies each
 * {@link PropertyChange} by its property name into the least disruptive operation that can apply
 * it. Built on `deep-diff` so the nested paths that changed are available for messages and rules
 * such as "only `containerConfiguration` inside `virtualMachineConfiguration` changed".
 */
import { diff as deepDiff } from "deep-diff";
import { isUnknown } from "./unknown";

/** How one top-level property changed. */
export type ChangeKind = "added" | "removed" | "changed";

/** A changed top-level property. */
export interface PropertyChange {
  /** The top-level property name, e.g. `metadata`. */
  property: string;
  /** `added`: absent before; `removed`: absent now (or now an empty array/object); `changed`: otherwise. */
  kind: ChangeKind;
  /** Dotted paths below the property that changed (`[]` when the whole value was added/removed or is unknown). */
  paths: string[];
  /** True when the new value is (or contains) an unknown preview value. */
  unknown: boolean;
}

/**
 * Lists the changed top-level properties among `keys`.
 *
 * `undefined`, `null`, and missing are the same (plain JSON state has no `undefined`). An empty
 * array or object replacing a non-empty one counts as `removed`, because for list-valued Batch
 * properties "empty" and "absent" mean the same thing (no metadata, no start task…).
 *
 * @param olds the old state (outputs), already normalised
 * @param news the new inputs, already normalised by `check`
 * @param keys the properties to compare (anything else, e.g. `__provider` or outputs, is ignored)
 */
export function topLevelChanges(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  keys: readonly string[],
): PropertyChange[] {
  const changes: PropertyChange[] = [];
  for (const property of keys) {
    const before = olds[property];
    const after = news[property];
    const unknown = containsUnknown(after);
    if (unknown) {
      changes.push({ property, kind: isAbsent(before) ? "added" : "changed", paths: [], unknown });
      continue;
    }
    if (isAbsent(before) && isAbsent(after)) continue;
    if (isAbsent(before)) {
      changes.push({ property, kind: "added", paths: [], unknown });
      continue;
    }
    if (isAbsent(after)) {
      changes.push({ property, kind: "removed", paths: [], unknown });
      continue;
    }
    const paths = changedPaths(before, after);
    if (paths.length > 0) changes.push({ property, kind: "changed", paths, unknown });
  }
  return changes;
}

/** Dotted paths (array indexes as numbers) where two JSON values differ; `[]` when equal. */
export function changedPaths(before: unknown, after: unknown): string[] {
  if (typeof before !== "object" || typeof after !== "object" || before === null || after === null) {
    return Object.is(before, after) ? [] : [""];
  }
  const differences = deepDiff(before as object, after as object) ?? [];
  const paths = new Set<string>();
  for (const d of differences) {
    // deep-diff reports `undefined`-valued keys as edits; plain JSON treats them as absent.
    if ((d.kind === "N" && d.rhs === undefined) || (d.kind === "D" && d.lhs === undefined)) continue;
    paths.add((d.path ?? []).join("."));
  }
  return [...paths].sort();
}

/** True for `undefined`, `null`, empty arrays and empty plain objects. */
export function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value as object).every((v) => v === undefined);
  return false;
}

/** True when the value is, or contains anywhere, an unknown preview value. */
export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsUnknown);
  return false;
}
