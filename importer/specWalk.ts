/**
 * From a value as the service returns it to the value a person would have written, walking it
 * alongside its definition in `spec/BatchService.json`:
 *
 * - read-only properties (the spec's `readOnly`) and secrets (`x-ms-secret`, never returned) go;
 * - values equal to the service's default (see `defaults.ts`) go, unless the spec requires them;
 * - empty lists and objects go, unless required;
 * - enums take the spec's spelling, durations their canonical one (`PT900S` → `PT15M`);
 * - keys come in the spec's order, so two imports of the same account give the same program;
 * - a property the spec does not know (a newer api-version) is reported, never silently dropped;
 * - hooks let the caller turn values into references and add placeholders for the secrets.
 */
import { canonicalEnum, normalizeDuration } from "../provider/core/normalize";
import { getDefinition } from "../spec/validator";
import { Code, type Value } from "./code";
import { isServiceDefault } from "./defaults";

/** The subset of a Swagger schema the walk reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  readOnly?: boolean;
  required?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  "x-ms-secret"?: boolean;
}

/** Where the walk is: the definition of the object being walked and the path to it. */
export interface WalkPlace {
  /** The spec definition of the object holding the property (e.g. `UserAccount`). */
  definition: string | undefined;
  /** Path for messages and names, e.g. `userAccounts[admin].password`. */
  path: string;
}

/** Hooks of {@link cleanBySpec}. */
export interface WalkHooks {
  /** Replaces a scalar with code (a reference), or returns undefined to keep it. */
  reference?(place: WalkPlace & { property: string }, value: unknown): Code | undefined;
  /** Adds properties to a walked object (placeholders for secrets the service does not return). */
  complete?(place: WalkPlace, out: Record<string, Value>): void;
  /** Receives the path of every property the spec does not know. */
  unknown(path: string): void;
}

/** A definition's schema by name. */
export function definition(name: string): Schema | undefined {
  return getDefinition(name) as Schema | undefined;
}

function resolve(schema: Schema | undefined): { name?: string; schema?: Schema } {
  if (!schema?.$ref) return { schema };
  const name = schema.$ref.replace("#/definitions/", "");
  return { name, schema: definition(name) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isEmpty(v: Value): boolean {
  return (
    (Array.isArray(v) && v.length === 0) ||
    (isRecord(v) && !(v instanceof Code) && Object.keys(v).length === 0)
  );
}

/** A list item's name in paths: its `name`, `id` or `thumbprint` when it has one, else its index. */
function itemLabel(item: unknown, index: number): string {
  if (isRecord(item)) {
    for (const k of ["name", "id", "thumbprint", "applicationId"]) {
      if (typeof item[k] === "string" && item[k] !== "") return item[k] as string;
    }
  }
  return String(index);
}

/**
 * Cleans `value` (see the module comment) against `schema`.
 *
 * @returns the cleaned value, or undefined when nothing of it is left
 */
export function cleanBySpec(
  value: unknown,
  schema: Schema | undefined,
  path: string,
  hooks: WalkHooks,
): Value | undefined {
  if (value === undefined || value === null) return undefined;
  const { name, schema: s } = resolve(schema);
  if (Array.isArray(value)) {
    return value.map(
      (item, i) => cleanBySpec(item, s?.items, `${path}[${itemLabel(item, i)}]`, hooks) ?? null,
    );
  }
  if (isRecord(value)) return cleanObject(value, name, s, path, hooks);
  if (typeof value === "string") {
    if (s?.enum) return canonicalEnum(value, s.enum);
    if (s?.format === "duration") return normalizeDuration(value);
  }
  return value as Value;
}

function cleanObject(
  value: Record<string, unknown>,
  name: string | undefined,
  s: Schema | undefined,
  path: string,
  hooks: WalkHooks,
): Value {
  const out: Record<string, Value> = {};
  const props = s?.properties;
  if (!props) {
    // A map (resourceTags) or a free-form object: keys sorted for a stable program.
    for (const k of Object.keys(value).sort()) {
      const v = cleanBySpec(
        value[k],
        typeof s?.additionalProperties === "object" ? s.additionalProperties : undefined,
        `${path}.${k}`,
        hooks,
      );
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  const required = new Set(s?.required ?? []);
  const at = (k: string) => (path === "" ? k : `${path}.${k}`);
  for (const [k, prop] of Object.entries(props)) {
    if (!(k in value) || prop.readOnly || prop["x-ms-secret"]) continue;
    const place = { definition: name, path: at(k), property: k };
    const ref = hooks.reference?.(place, value[k]);
    if (ref) {
      out[k] = ref;
      continue;
    }
    const v = cleanBySpec(value[k], prop, at(k), hooks);
    if (v === undefined || v === null) continue;
    if (
      !required.has(k) &&
      (isEmpty(v) || isServiceDefault(name, k, v) || isServiceDefault(name, k, value[k]))
    )
      continue;
    out[k] = v;
  }
  for (const k of Object.keys(value)) if (!(k in props) && !k.startsWith("odata.")) hooks.unknown(at(k));
  hooks.complete?.({ definition: name, path }, out);
  return out;
}
