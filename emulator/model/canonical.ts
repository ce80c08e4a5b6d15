/**
 * The forms the Batch service answers in, whatever form a request used: durations as .NET TimeSpan
 * writes them (`PT01H00M00S` → `PT1H`), enum values in the service's case (`nonAdmin` → `nonadmin`,
 * `spread` → `Spread`), VM sizes and certificate thumbprints in lower case. Seen throughout the
 * recordings in /work/shared/realservice (e.g. pysdk job schedule startWindow, batchext vmSize).
 */
import { propertyDefinition, SERVICE_ENUM_CASE } from "../../spec/defaults";
import { getDefinition } from "../../spec/validator";

type Json = Record<string, unknown>;

interface PropSchema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: PropSchema;
}

const LOWER_CASE = new Set(["vmSize", "thumbprint"]);
const DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
/** .NET ticks (100 ns) per unit; XmlConvert reads a year as 365 days and a month as 30. */
const TICKS = [365 * 864e9, 30 * 864e9, 7 * 864e9, 864e9, 36e9, 6e8, 1e7];

/** A duration in the form the service returns (`P1DT2H`, `PT15M`, `PT0S`), or the input if unreadable. */
export function canonicalDuration(value: string): string {
  const m = DURATION.exec(value.trim());
  if (!m || value.trim().toUpperCase() === "P" || /T$/i.test(value.trim())) return value;
  let ticks = 0n;
  m.slice(2).forEach((part, i) => {
    if (part) ticks += BigInt(Math.round(Number(part) * TICKS[i]));
  });
  const day = 864000000000n;
  const days = ticks / day;
  let rest = ticks % day;
  const hours = rest / 36000000000n;
  rest %= 36000000000n;
  const minutes = rest / 600000000n;
  rest %= 600000000n;
  const seconds = rest / 10000000n;
  const fraction = rest % 10000000n;
  let time = "";
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds || fraction) {
    const frac = fraction ? `.${fraction.toString().padStart(7, "0").replace(/0+$/, "")}` : "";
    time += `${seconds}${frac}S`;
  }
  const out = `${m[1] ?? ""}P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
  return out === "P" || out === "-P" ? "PT0S" : out;
}

function schemaOf(definition: string, property: string): PropSchema | undefined {
  const props = getDefinition(definition)?.properties as Record<string, PropSchema> | undefined;
  return props?.[property];
}

function enumName(schema: PropSchema | undefined): string | undefined {
  const ref = schema?.$ref ?? schema?.items?.$ref;
  if (!ref) return undefined;
  const name = ref.slice("#/definitions/".length);
  return getDefinition(name)?.enum ? name : undefined;
}

function scalar(value: string, property: string, schema: PropSchema | undefined): string {
  if (LOWER_CASE.has(property)) return value.toLowerCase();
  const itemSchema = schema?.type === "array" ? schema.items : schema;
  if (itemSchema?.format === "duration") return canonicalDuration(value);
  const name = enumName(schema);
  if (!name) return value;
  const values = getDefinition(name)?.enum as string[];
  const hit = values.find((v) => v.toLowerCase() === value.toLowerCase());
  return hit === undefined ? value : (SERVICE_ENUM_CASE[name]?.[hit] ?? hit);
}

function walk(definition: string | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(definition, v));
  if (!value || typeof value !== "object" || !definition) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value as Json)) {
    const schema = schemaOf(definition, key);
    if (typeof child === "string") out[key] = scalar(child, key, schema);
    else if (Array.isArray(child) && child.every((c) => typeof c === "string"))
      out[key] = child.map((c) => scalar(c as string, key, schema));
    else out[key] = walk(propertyDefinition(definition, key), child);
  }
  return out;
}

/** A copy of `value` (read as spec definition `definition`) in the service's canonical forms. */
export function canonicalize<T>(definition: string, value: T): T {
  return walk(getDefinition(definition) ? definition : undefined, value) as T;
}
