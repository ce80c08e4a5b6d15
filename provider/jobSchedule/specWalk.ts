/**
 * Walks a value alongside its definition in the Batch contract (`spec/BatchService.json`) to
 * normalise it and to find its secrets. Driven by the spec rather than hand-written paths so
 * every nested task, auto-pool and mount configuration is covered the same way:
 *
 * - `format: duration` → canonical duration (`PT60M` → `PT1H`);
 * - `format: date-time` → canonical UTC (`…T00:00:00Z` → `…T00:00:00.000Z`);
 * - enums → the spec's spelling (`nonAdmin` → `nonadmin`), as the service compares them
 *   case-insensitively;
 * - properties equal to the service default (`jobSchedule/defaults.ts`), `null`, and empty
 *   arrays/objects are dropped: the service treats them as omitted;
 * - `x-ms-secret` properties (passwords, keys) are found for secret marking and redaction.
 */
import { getDefinition } from "../../spec/validator";
import { JOB_SCHEDULE_DEFAULTS } from "./defaults";
import { canonicalDateTime, canonicalDuration } from "./duration";
import { isDeepStrictEqual } from "node:util";

/** The value Pulumi passes for a property that is not known yet (during preview). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The subset of a Swagger schema the walk reads. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  "x-ms-secret"?: boolean;
}

/** A schema with its definition name (when it came through a `$ref`). */
interface Resolved {
  name?: string;
  schema: Schema;
}

// Every walk resolves the same few dozen schemas once per node it visits; resolving each once per
// process keeps a read's walk to property lookups (issue 16: the walk was the largest cost of a read).
const byRef = new Map<string, Resolved | null>();
const bySchema = new WeakMap<Schema, Resolved>();

function resolve(schema: Schema | undefined): Resolved | undefined {
  if (!schema) return undefined;
  if (schema.$ref) {
    let hit = byRef.get(schema.$ref);
    if (hit === undefined) {
      const name = schema.$ref.replace("#/definitions/", "");
      const def = getDefinition(name) as Schema | undefined;
      hit = def ? { name, schema: def } : null;
      byRef.set(schema.$ref, hit);
    }
    return hit ?? undefined;
  }
  let own = bySchema.get(schema);
  if (!own) {
    own = { schema };
    bySchema.set(schema, own);
  }
  return own;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (Array.isArray(v) && v.length === 0) ||
    (isPlainObject(v) && Object.keys(v).length === 0)
  );
}

function normalizeNode(value: unknown, resolved: Resolved | undefined): unknown {
  if (value === UNKNOWN || !resolved) return value;
  const { name, schema } = resolved;
  if (typeof value === "string") {
    if (schema.format === "duration") return canonicalDuration(value);
    if (schema.format === "date-time") return canonicalDateTime(value);
    if (schema.enum) return schema.enum.find((e) => e.toLowerCase() === value.toLowerCase()) ?? value;
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => normalizeNode(item, resolve(schema.items)));
  if (!isPlainObject(value)) return value;
  const defaults = (name && JOB_SCHEDULE_DEFAULTS[name]) || {};
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const propSchema = schema.properties?.[key];
    const v = propSchema ? normalizeNode(raw, resolve(propSchema)) : raw;
    if (isEmpty(v)) continue;
    if (key in defaults && isDeepStrictEqual(v, defaults[key])) continue;
    out[key] = v;
  }
  return out;
}

/**
 * Returns a normalised deep copy of `value` read as the spec definition `definition`
 * (see the module comment). Properties the definition does not declare are kept unchanged.
 */
export function normalizeBySpec<T>(value: T, definition: string): T {
  return normalizeNode(value, resolve({ $ref: `#/definitions/${definition}` })) as T;
}

/**
 * Lists the dotted paths (`jobManagerTask.containerSettings.registry.password`,
 * `poolInfo.autoPoolSpecification.pool.userAccounts[0].password`) of the secret properties
 * that are present in `value`, read as the spec definition `definition`.
 */
export function secretPaths(value: unknown, definition: string): string[] {
  const found: string[] = [];
  const walk = (v: unknown, resolved: Resolved | undefined, at: string): void => {
    if (!resolved || v === undefined || v === null) return;
    const { schema } = resolved;
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, resolve(schema.items), `${at}[${i}]`));
      return;
    }
    if (!isPlainObject(v)) return;
    for (const [key, child] of Object.entries(v)) {
      const prop = schema.properties?.[key];
      if (!prop || child === undefined || child === null) continue;
      const path = at ? `${at}.${key}` : key;
      if (prop["x-ms-secret"]) found.push(path);
      else walk(child, resolve(prop), path);
    }
  };
  walk(value, resolve({ $ref: `#/definitions/${definition}` }), "");
  return found;
}

/** A deep copy of `value` with every secret property (see {@link secretPaths}) replaced by `"[secret]"`. */
export function redactSecrets<T>(value: T, definition: string): T {
  const copy = structuredClone(value);
  for (const path of secretPaths(copy, definition)) {
    const segments = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== "");
    let node: Record<string, unknown> = copy as Record<string, unknown>;
    for (const seg of segments.slice(0, -1)) node = node[seg] as Record<string, unknown>;
    node[segments[segments.length - 1]] = "[secret]";
  }
  return copy;
}

/** True when `value` contains the unknown placeholder anywhere (a preview with unresolved outputs). */
export function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isPlainObject(value)) return Object.values(value).some(containsUnknown);
  return false;
}
