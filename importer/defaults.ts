/**
 * The importer's one question about defaults: "is this value what the service would have filled in
 * had the property been omitted?" Answered from `spec/defaults.ts`, the table the emulator and the
 * provider use too, so a property the importer leaves out is one the provider's diff treats as
 * unchanged (no drift after adoption).
 */
import { isDeepStrictEqual } from "node:util";
import { durationSeconds } from "../provider/core/normalize";
import { SERVICE_DEFAULTS } from "../spec/defaults";

/** Lower-cases strings at every depth: the service's enums and store names are case-insensitive. */
function folded(value: unknown): unknown {
  if (typeof value === "string") return value.toLowerCase();
  if (Array.isArray(value)) {
    const items = value.map(folded);
    // A list of enum values (certificate visibility) is a set: order carries no meaning.
    return items.every((i) => typeof i === "string") ? [...(items as string[])].sort() : items;
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, folded(v)]));
  }
  return value;
}

/**
 * True when `value` is the service's default for `property` of `definition`: equal as JSON
 * ignoring the case of strings and the order of enum lists, or durations of the same length
 * (`PT900S` is `PT15M`). `tables` defaults to the shared {@link SERVICE_DEFAULTS}.
 */
export function isServiceDefault(
  definition: string | undefined,
  property: string,
  value: unknown,
  tables: Readonly<Record<string, Readonly<Record<string, unknown>>>> = SERVICE_DEFAULTS,
): boolean {
  if (definition === undefined) return false;
  const table = tables[definition];
  if (!table || !(property in table)) return false;
  const expected = table[property];
  if (isDeepStrictEqual(folded(expected), folded(value))) return true;
  if (typeof expected !== "string" || typeof value !== "string") return false;
  const a = durationSeconds(expected);
  return a !== undefined && a === durationSeconds(value);
}
