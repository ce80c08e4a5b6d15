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
import { isDeepStrictEqual } from "node:util";
import { durationSeconds, normalizeFormula } from "./normalize";
import { SECRET_FIELDS } from "./secrets";

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
  // Enum-valued properties (the spec's enums are matched without regard to case by the service).
  "nodeFillType",
  "elevationLevel",
  "scope",
  "caching",
  "storageAccountType",
  "loginMode",
  "visibility",
  "targetNodeCommunicationMode",
  "onAllTasksComplete",
  "onTaskFailure",
  "poolLifetimeOption",
  "uploadCondition",
  "nodeDeallocationOption",
]);

/**
 * Whether the service treats `live` and `declared` of property `key` as the same value: equal,
 * equal ignoring case for the case-insensitive properties, autoscale formulas equal modulo
 * whitespace, or ISO 8601 durations of equal length (`PT01H00M00S` is `PT1H`).
 */
export function sameServiceValue(live: unknown, declared: unknown, key?: string): boolean {
  if (live === declared) return true;
  if (typeof live !== "string" || typeof declared !== "string") return false;
  if (key === "autoScaleFormula") return normalizeFormula(live) === normalizeFormula(declared);
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
    return alignItems(live, declared).map((item, i) =>
      i < declared.length ? projectOnDeclared(item, declared[i], key) : item,
    );
  }
  return sameServiceValue(live, declared, key) ? declared : live;
}

/** Properties that identify an item of a list the service keeps as a set (and may reorder). */
const ITEM_KEYS = ["name", "thumbprint", "applicationId", "lun"] as const;

function itemKeyOf(items: unknown[]): (typeof ITEM_KEYS)[number] | undefined {
  return ITEM_KEYS.find((k) => {
    const values = items.map((it) => (isRecord(it) ? it[k] : undefined));
    const ok = values.every((v) => typeof v === "string" || typeof v === "number");
    return ok && new Set(values.map((v) => String(v).toLowerCase())).size === values.length;
  });
}

/**
 * `live` in the order of `declared` when both are lists of items with the same identifying
 * property (metadata and environment settings by name, certificate references by thumbprint, …):
 * the service returns such sets in an order of its own (recorded: metadata `meta2, meta1` for a
 * schedule created with `meta1, meta2`). Matched items first, in declared order, then the rest;
 * other lists keep their order, which is then meaningful.
 */
export function alignItems(live: unknown[], declared: unknown[]): unknown[] {
  if (declared.length === 0 || live.length === 0) return live;
  const k = itemKeyOf(declared);
  if (k === undefined || itemKeyOf(live) !== k) return live;
  const id = (it: unknown) => String((it as Rec)[k]).toLowerCase();
  const rest = [...live];
  const ordered: unknown[] = [];
  for (const d of declared) {
    const at = rest.findIndex((l) => id(l) === id(d));
    if (at >= 0) ordered.push(...rest.splice(at, 1));
  }
  return [...ordered, ...rest];
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

/**
 * Values the service fills in whenever they are left out, documented in the spec, by the property
 * that holds them: so that declaring one explicitly, or no longer declaring it, is no change even
 * where the state does not record what the service filled in (state written before it did).
 */
const SPEC_FILLED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  imageReference: { version: "latest" },
};

/** The output that records, per top-level property, what the service filled in beyond the declared. */
export const SERVICE_FILLED_KEY = "serviceFilled";

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !SECRET_FIELDS.has(k))
      .map(([k, v]) => [k, withoutSecrets(v)]),
  );
}

/**
 * What the service holds beyond `declared`: the complement of {@link projectOnDeclared} (list items
 * in declared order; items beyond the declared ones are not included, they stay drift). Secret
 * fields are left out. `undefined` when the service filled in nothing.
 */
export function serviceFilled(live: unknown, declared: unknown): unknown {
  if (isRecord(declared) && isRecord(live)) {
    const out: Rec = {};
    for (const [k, v] of Object.entries(live)) {
      if (SECRET_FIELDS.has(k) || v === undefined) continue;
      const f = declared[k] === undefined ? withoutSecrets(v) : serviceFilled(v, declared[k]);
      if (f !== undefined) out[k] = f;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (Array.isArray(declared) && Array.isArray(live)) {
    const aligned = alignItems(live, declared);
    const items = declared.map((d, i) => (i < aligned.length ? (serviceFilled(aligned[i], d) ?? {}) : {}));
    return items.some((f) => !isRecord(f) || Object.keys(f).length > 0) ? items : undefined;
  }
  return undefined;
}

/** Whether `live` holds `declared` on every path `declared` names (service equality). */
function holdsDeclared(live: unknown, declared: unknown, key: string): boolean {
  return isDeepStrictEqual(projectOnDeclared(live, declared, key), declared);
}

/**
 * `olds` (a projected state value) as it compares with `news`: a path that `news` declares and
 * `olds` lacks takes the declared value when the service filled in that same value there
 * (`filled`, see {@link serviceFilled}) or always fills it in (the spec's defaults above); a path
 * `olds` declared with such an always-filled value and `news` leaves out is dropped. Anything else
 * is left as it is, so real drift, additions and removals still show. Pure.
 */
export function absorbServiceFilled(olds: unknown, news: unknown, filled: unknown, key?: string): unknown {
  if (isRecord(olds) && isRecord(news)) {
    const f = isRecord(filled) ? filled : {};
    const always = (key !== undefined && SPEC_FILLED[key]) || {};
    const out: Rec = { ...olds };
    for (const [k, n] of Object.entries(news)) {
      if (n === undefined) continue;
      if (olds[k] !== undefined) out[k] = absorbServiceFilled(olds[k], n, f[k], k);
      else if (f[k] !== undefined && holdsDeclared(f[k], n, k)) out[k] = n;
      else if (k in always && sameServiceValue(n, always[k], k)) out[k] = n;
    }
    for (const [k, o] of Object.entries(olds)) {
      if (news[k] === undefined && k in always && sameServiceValue(o, always[k], k)) delete out[k];
    }
    return out;
  }
  if (Array.isArray(olds) && Array.isArray(news)) {
    const f = Array.isArray(filled) ? filled : [];
    return olds.map((o, i) => (i < news.length ? absorbServiceFilled(o, news[i], f[i], key) : o));
  }
  return olds;
}

/**
 * Applies {@link absorbServiceFilled} to the listed top-level properties of a state, with what the
 * state recorded under {@link SERVICE_FILLED_KEY}; what planners compare instead of the raw state.
 */
export function absorbIntoState<T extends Rec>(olds: T, news: Rec, keys: readonly string[]): T {
  const filled = isRecord(olds[SERVICE_FILLED_KEY]) ? (olds[SERVICE_FILLED_KEY] as Rec) : {};
  const out: Rec = { ...olds };
  for (const k of keys) {
    if (olds[k] !== undefined && news[k] !== undefined) {
      out[k] = absorbServiceFilled(olds[k], news[k], filled[k], k);
    }
  }
  return out as T;
}

/**
 * What the service filled in beyond `declared` for each listed top-level property `declared`
 * holds (see {@link serviceFilled}), as stored under {@link SERVICE_FILLED_KEY}; undefined if none.
 */
export function filledProperties(live: Rec, declared: Rec, keys: readonly string[]): Rec | undefined {
  const out: Rec = {};
  for (const k of keys) {
    if (live[k] === undefined || declared[k] === undefined) continue;
    const f = serviceFilled(live[k], declared[k]);
    if (f !== undefined) out[k] = f;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
