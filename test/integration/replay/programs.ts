/**
 * From a recorded create body to what a program declares: the resource's arguments (the REST
 * body, with `id` spelled the way each resource takes it) and a unique id per run.
 */
import type { RecordedObject } from "./recordings";

type Rec = Record<string, unknown>;

/** A pool or schedule id unique to this run (max 64 characters, the service's limit). */
export function replayId(o: RecordedObject, suffix: string): string {
  return o.kind === "certificate" ? o.id : `${o.id.slice(0, 64 - suffix.length - 1)}-${suffix}`;
}

/**
 * The public resource arguments for a recorded body (Pool/JobSchedule take `id`, Certificate
 * takes data/format/password/thumbprint; `thumbprintAlgorithm` is always sha1 for it).
 */
export function resourceArgs(o: RecordedObject, id: string): Rec {
  const { id: _id, ...rest } = o.createBody;
  if (o.kind !== "certificate") return { id, ...rest };
  const { thumbprintAlgorithm, ...cert } = o.createBody;
  return String(thumbprintAlgorithm ?? "sha1").toLowerCase() === "sha1" ? cert : o.createBody;
}

/** The engine properties the providers receive (Pool: `poolId`, JobSchedule: `jobScheduleId`). */
export function engineProps(o: RecordedObject, id: string): Rec {
  const { id: _id, ...args } = resourceArgs(o, id);
  if (o.kind === "pool") {
    // A pool still allocating in the recording stays so: do not wait for it.
    const steady = o.get.body.allocationState === "steady";
    return { poolId: id, ...args, ...(steady ? {} : { waitForSteady: false }) };
  }
  if (o.kind === "jobSchedule") return { jobScheduleId: id, ...args };
  return args;
}

/** Every leaf path of a value (`["a", "b", 0, "c"]`), deepest first, stable order otherwise. */
export function leafPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...at, i]));
  if (typeof value === "object" && value !== null) {
    const paths = Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...at, k]));
    return paths.sort((a, b) => b.length - a.length);
  }
  return [at];
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: Array<string | number>): unknown {
  let cur = value;
  for (const p of path) cur = cur === null || typeof cur !== "object" ? undefined : (cur as Rec)[p as string];
  return cur;
}

/** Sets the value at `path` (parents must exist). */
export function setAt(value: unknown, path: Array<string | number>, v: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Rec;
  parent[path[path.length - 1] as string] = v;
}

/** A deep copy of `value` without the leaf at `path` (an emptied parent object is removed too). */
export function withoutPath(value: Rec, path: Array<string | number>): Rec {
  const copy = jsonCopy(value);
  const parent = getAt(copy, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Rec)[last as string];
  return copy;
}

/** A deep copy made in this realm (jest runs tests in their own; structuredClone does not). */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
