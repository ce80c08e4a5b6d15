/**
 * Turns stored entities into wire objects: internal `_` fields dropped, secrets never included,
 * OData `$select` applied.
 */
import type { Ctx } from "./context";
import { canonicalize } from "./model/canonical";
import type { Entity } from "./store/Store";
import { fillDefaults } from "../spec/defaults";

/** Content-Type of every JSON answer, as the service sends it. */
export const JSON_CONTENT_TYPE = "application/json;odata=minimalmetadata";

/** Copies the public (non-`_`) properties of an entity. */
export function publicView(entity: Entity): Entity {
  const out: Entity = {};
  for (const k of Object.keys(entity)) if (k[0] !== "_") out[k] = entity[k];
  return out;
}

/**
 * The wire object of an entity as the service answers it: public properties, every default the
 * service fills in (nested, list items included) and values in the service's canonical forms.
 */
export function present(definition: string, entity: Entity): Entity {
  return canonicalize(definition, fillDefaults(definition, publicView(entity)) as Entity);
}

/** The `$select` property list of the request (trimmed, top-level names), or undefined. */
export function selectList(ctx: Ctx): string[] | undefined {
  const s = ctx.query.get("$select");
  if (!s) return undefined;
  return s
    .split(",")
    .map((p) => p.trim().split("/")[0])
    .filter(Boolean);
}

/** Applies `$select` (case-sensitive property names, as Batch does) to a wire object. */
export function applySelect(obj: Entity, select: string[] | undefined): Entity {
  if (!select) return obj;
  const out: Entity = {};
  for (const k of select) if (k in obj) out[k] = obj[k];
  return out;
}

/**
 * Rewrites a stored absolute `url` onto the base of the current request. Objects keep the URL
 * they were created with, but a restarted emulator (persisted state) may serve on another port,
 * and Batch always answers with URLs of the endpoint that was called.
 */
export function rebaseUrl(obj: Entity, base: string): Entity {
  if (typeof obj.url !== "string") return obj;
  let pathname: string;
  try {
    pathname = new URL(obj.url).pathname;
  } catch {
    return obj;
  }
  const i = pathname.search(/\/(pools|jobschedules|certificates)(?=[/(]|$)/);
  return i < 0 ? obj : { ...obj, url: base + pathname.slice(i) };
}
