/**
 * Projects what the service returns onto what the user declared, at any depth.
 *
 * Why: the real Batch service fills in values the create body left out (an image's
 * `version: "latest"`, a start task's `maxTaskRetryCount: 0`, a data disk's `caching`, a user's
 * `elevationLevel`, …) and re-spells others (durations, the case of enums and thumbprints). No
 * defaults table can be complete for every api-version, so the state keeps the live value only
 * on the paths the program declared: an undeclared value the service filled in is never a change,
 * while a declared value the service holds differently is drift, and a declared value the service
 * no longer holds shows as removed. A live list item beyond the declared ones is kept whole (it
 * was added out of band). Both arguments must already be normalised alike (enums, defaults).
 */
import { durationSeconds } from "./normalize";

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

/** Properties the service compares without regard to case (it also re-spells their case). */
const CASE_INSENSITIVE = new Set([
  "vmSize",
  "thumbprint",
  "thumbprintAlgorithm",
  "storeLocation",
  "storeName",
  "nodeAgentSKUId",
  "publisher",
  "offer",
  "sku",
]);

/**
 * Whether the service treats `live` and `declared` of property `key` as the same value: equal,
 * equal ignoring case for the case-insensitive properties, or ISO 8601 durations of equal length.
 */
export function sameServiceValue(live: unknown, declared: unknown, key?: string): boolean {
  if (live === declared) return true;
  if (typeof live !== "string" || typeof declared !== "string") return false;
  if (key !== undefined && CASE_INSENSITIVE.has(key) && live.toLowerCase() === declared.toLowerCase()) {
    return true;
  }
  if (/^-?P/i.test(live) && /^-?P/i.test(declared)) {
    const a = durationSeconds(live);
    return a !== undefined && a === durationSeconds(declared);
  }
  return false;
}

/**
 * The part of `live` that `declared` covers (see the module comment). A scalar the service holds
 * as the same value (see {@link sameServiceValue}) takes the declared spelling, so equal meaning
 * is equal JSON for the planner.
 *
 * @param live the service's value (normalised)
 * @param declared the program's value (normalised); `undefined` keeps `live` whole
 * @param key the property name of both values, for the case rules
 */
export function projectOnDeclared(live: unknown, declared: unknown, key?: string): unknown {
  if (declared === undefined) return live;
  if (isRecord(declared) && isRecord(live)) {
    const out: Rec = {};
    for (const [k, d] of Object.entries(declared)) {
      if (d === undefined || live[k] === undefined) continue;
      out[k] = projectOnDeclared(live[k], d, k);
    }
    return out;
  }
  if (Array.isArray(declared) && Array.isArray(live)) {
    return live.map((item, i) => (i < declared.length ? projectOnDeclared(item, declared[i], key) : item));
  }
  return sameServiceValue(live, declared, key) ? declared : live;
}

/**
 * Applies {@link projectOnDeclared} to the listed top-level properties of `live` that `declared`
 * holds; the others are left as they are (their defaults are handled by the resource's own
 * normalisation, and an undeclared top-level value added out of band is still drift).
 */
export function projectProperties<T extends Rec>(live: T, declared: Rec, keys: readonly string[]): T {
  const out: Rec = { ...live };
  for (const k of keys) {
    if (out[k] !== undefined && declared[k] !== undefined) out[k] = projectOnDeclared(out[k], declared[k], k);
  }
  return out as T;
}
