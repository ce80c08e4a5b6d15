/**
 * Update rules of pools that the spec states only in prose: which BatchPoolUpdateOptions
 * properties "can be updated only when the pool is empty". Read from the descriptions, so the
 * emulator and the provider's planner (pinned to this by a unit test) follow the contract itself.
 */
import { getDefinition } from "./validator";

const EMPTY_ONLY = /can be updated only when the pool is empty/i;
let cached: readonly string[] | undefined;

/** The PATCH-able pool properties that the service accepts only while the pool has no nodes. */
export function poolPropertiesUpdatableOnlyWhenEmpty(): readonly string[] {
  if (!cached) {
    const props = (getDefinition("BatchPoolUpdateOptions")?.properties ?? {}) as Record<string, { description?: string }>;
    cached = Object.keys(props).filter((k) => EMPTY_ONLY.test(props[k].description ?? ""));
  }
  return cached;
}
