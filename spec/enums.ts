/**
 * Puts every enum value inside a body into the spec's spelling (the Batch enums are lower case:
 * `LocalMachine` → `localmachine`), walking the spec definition so nested enums are covered too.
 * The service matches enum values without regard to case (it answers `Spread` for `spread`), so the
 * providers' checks and the emulator's request validation both read bodies through this.
 * `canonicalizeEnums("BatchPoolCreateOptions", body)`.
 */
import { getDefinition } from "./validator";

function canonicalEnum(value: string, allowed: readonly string[]): string {
  const lower = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? value;
}

type Schema = {
  $ref?: string;
  enum?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
};

function resolve(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let i = 0; s?.$ref && i < 10; i++)
    s = getDefinition(s.$ref.replace("#/definitions/", "")) as Schema | undefined;
  return s;
}

function walk(value: unknown, schema: Schema | undefined): unknown {
  const s = resolve(schema);
  if (!s) return value;
  if (s.enum && typeof value === "string") return canonicalEnum(value, s.enum);
  if (Array.isArray(value)) return value.map((v) => walk(v, s.items));
  if (value !== null && typeof value === "object") {
    const props: Record<string, Schema> = { ...(s.properties ?? {}) };
    for (const part of s.allOf ?? []) Object.assign(props, resolve(part)?.properties ?? {});
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = props[k] ? walk(v, props[k]) : v;
    return out;
  }
  return value;
}

/** Returns a copy of `value` with enum strings in the spelling of spec definition `definition`. */
export function canonicalizeEnums<T>(definition: string, value: T): T {
  return walk(value, { $ref: `#/definitions/${definition}` }) as T;
}
