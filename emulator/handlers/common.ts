/**
 * Helpers shared by the resource handlers: ids, secret stripping, list responses.
 */
import type { Ctx, HandlerResult } from "../context";
import { invalidPropertyValue } from "../errors";
import { paginate, requestFilter } from "../odata";
import { applySelect, JSON_CONTENT_TYPE, publicView, rebaseUrl, selectList } from "../serialize";
import type { Entity } from "../store/Store";
import { cachedBody } from "../wireCache";

/** Batch ids: letters, digits, hyphens and underscores, at most 64 characters. */
export function checkId(id: unknown, property = "id"): void {
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id))
    throw invalidPropertyValue(
      property,
      "The id can contain any combination of alphanumeric characters including hyphens and underscores, and cannot contain more than 64 characters.",
    );
}

const SECRET_KEYS = new Set(["password", "accountKey", "sasKey", "identityReference_secret"]);

/**
 * A deep copy without secret properties (passwords, storage keys, SAS keys): the emulator never stores
 * them, so they can reach neither responses, nor the state file, nor logs.
 */
export function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSecrets) as T;
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!SECRET_KEYS.has(k)) out[k] = withoutSecrets(v);
  return out as T;
}

/** Request body as an object (validation already guaranteed it is one). */
export function bodyOf(ctx: Ctx): Entity {
  return (ctx.json ?? {}) as Entity;
}

/** Sets or removes (when undefined or an empty list) a property. */
export function setOrRemove(target: Entity, key: string, value: unknown): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete target[key];
  else target[key] = value;
}

/** A single-entity GET response with odata.metadata, honoring $select. */
export function entityResponse(ctx: Ctx, entity: Entity, view: Entity, collection: string): HandlerResult {
  const body = {
    "odata.metadata": `${ctx.base}/$metadata#${collection}/@Element`,
    ...applySelect(rebaseUrl(view, ctx.base), selectList(ctx)),
  };
  return { status: 200, body, entity };
}

/**
 * Like {@link entityResponse} for a view that is a function of the stored entity alone (no clock,
 * no other objects): the serialized body is cached until the store changes (emulator/wireCache.ts),
 * per base URL and `$select`.
 */
export function cachedEntityResponse(
  ctx: Ctx,
  entity: Entity,
  viewOf: (e: Entity) => Entity,
  collection: string,
): HandlerResult {
  // The base URL alone names the variant without $select: no other variant lacks the newline.
  const select = ctx.query.get("$select");
  const variant = select === null ? ctx.base : `${ctx.base}\n${select}`;
  const text = cachedBody(ctx.state.store, entity, variant, () =>
    JSON.stringify(entityResponse(ctx, entity, viewOf(entity), collection).body),
  );
  return { status: 200, text, contentType: JSON_CONTENT_TYPE, entity };
}

/** A list response: $filter, paging (odata.nextLink) and $select over wire views sorted by key. */
export function listResponse(
  ctx: Ctx,
  views: Entity[],
  keyOf: (e: Entity) => string,
  collection: string,
): HandlerResult {
  const filter = requestFilter(ctx);
  const matching = filter ? views.filter(filter) : views;
  const page = paginate(ctx, matching, keyOf);
  const select = selectList(ctx);
  return {
    status: 200,
    body: {
      "odata.metadata": `${ctx.base}/$metadata#${collection}`,
      value: page.items.map((v) => applySelect(rebaseUrl(v, ctx.base), select)),
      ...(page.nextLink ? { "odata.nextLink": page.nextLink } : {}),
    },
  };
}

/** Wire view of a stored entity (internal fields removed). */
export const view = publicView;
