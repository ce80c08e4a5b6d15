/**
 * Versioning of stored objects: Batch-style ETags (`0x` + hex ticks) and last-modified times.
 */
import type { Entity } from "./store/Store";

let counter = 0;

/** A new, unique, monotonically increasing ETag in Batch's format (e.g. `0x8DCA1B2C3D4E5F6`). */
export function newETag(now: number): string {
  counter = (counter + 1) % 10000;
  // .NET ticks since 0001-01-01, as Batch derives its ETags from them.
  const ticks = BigInt(now) * 10000n + 621355968000000000n + BigInt(counter);
  return `0x${ticks.toString(16).toUpperCase()}`;
}

/** Stamps an entity as changed now: new eTag and lastModified. */
export function bumpVersion(entity: Entity, now: number): void {
  entity.eTag = newETag(now);
  entity.lastModified = new Date(now).toISOString();
}

/** ISO 8601 string of an epoch-ms time. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
