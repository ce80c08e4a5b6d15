/**
 * Serialized GET bodies per stored entity, so a GET of an unchanged object costs a lookup instead
 * of re-filling the spec's defaults, canonicalizing and stringifying it (issue 16: ~10% of a GET).
 *
 * Why keyed on the store's version: handlers change entities in place and then call `touch()`
 * (the same call that makes the change persist), and lazy state-machine transitions (allocation
 * done, nodes joined, deletion finished) do the same, so "store version unchanged" means "no stored
 * object changed". The entity's ETag is compared too, as a second guard. Per entity, bodies are kept
 * per request variant (base URL, `$select`), a few at most.
 */
import type { Entity, Store } from "./store/Store";

interface Cached {
  version: number;
  eTag: unknown;
  bodies: Map<string, string>;
}

/** Variants (base URL × $select) kept per entity; beyond it the oldest is dropped. */
const MAX_VARIANTS = 8;

/**
 * Weak keys: an entry goes with its entity (deleted, replaced, reset). One map serves every
 * emulator of the process: an entity belongs to exactly one store.
 */
const entries = new WeakMap<Entity, Cached>();

/**
 * The serialized body of `entity` for request variant `variant` (base URL, `$select`, ...):
 * cached while the store has not changed since it was built, else built with `build` (and cached).
 */
export function cachedBody(store: Store, entity: Entity, variant: string, build: () => string): string {
  let c = entries.get(entity);
  if (!c || c.version !== store.version || c.eTag !== entity.eTag) {
    c = { version: store.version, eTag: entity.eTag, bodies: new Map() };
    entries.set(entity, c);
  }
  let body = c.bodies.get(variant);
  if (body === undefined) {
    body = build();
    // build() may advance state and touch the store: cache only a body of the current version.
    if (c.version !== store.version) return body;
    if (c.bodies.size >= MAX_VARIANTS) c.bodies.delete(c.bodies.keys().next().value as string);
    c.bodies.set(variant, body);
  }
  return body;
}
