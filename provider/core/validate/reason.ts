/**
 * One style for every check failure of every resource:
 * `<Resource> "<name>": <path> <problem>; <fix>.` The resource label comes first because the engine
 * prints the failure under the Pulumi resource name, which need not be the Batch id; the fix is
 * always spelled out so a user knows what to write instead, not only what is wrong.
 */

/** Reports one problem: the dotted property path and the whole reason text. */
export type Fail = (property: string, reason: string) => void;

/** The engine's placeholder for values not known during a preview (`UnknownStringValue`). */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True for the preview placeholder: such values are checked only once they are known. */
export function isUnknownValue(value: unknown): boolean {
  return value === UNKNOWN_VALUE;
}

/** `Pool "render"`, `JobSchedule "nightly"`, or just the kind when the name is not known yet. */
export function resourceLabel(kind: string, name: unknown): string {
  return typeof name === "string" && name !== "" && !isUnknownValue(name) ? `${kind} "${name}"` : kind;
}

/** Prefixes a reason with the resource label unless it already starts with it. */
export function labelled(label: string, reason: string): string {
  return reason.startsWith(`${label}:`) ? reason : `${label}: ${reason}`;
}

/** `<path> <problem>; <fix>.` (the label is added by the resource's `fail`). */
export function reason(path: string, problem: string, fix: string): string {
  const text = `${path} ${problem}; ${fix}`;
  return text.endsWith(".") ? text : `${text}.`;
}

/** A short, safe rendering of a user value for messages: quoted, cut after 40 characters. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const cut = text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof value === "string" ? `"${cut}"` : cut;
}
