/**
 * Normalisation shared by every resource, so that `diff` compares like with like: what the user
 * wrote, what `check` stored, and what the service returns on GET must all have one spelling.
 *
 * - {@link toPlainJson}: state is plain JSON (no `undefined`, `Date`, class instances).
 * - {@link normalizeDuration}: ISO 8601 durations in one canonical form (`PT15M`, `P1DT2H`).
 * - {@link canonicalEnum}: the spec's enums are lower case (`simplified`); users write `Simplified`.
 * - {@link normalizeFormula}: autoscale formulas compare modulo whitespace.
 */
import { isUnknown } from "./planner/unknown";

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Deep copy as plain JSON: drops `undefined` and functions, turns `Date`s into ISO strings.
 * Keeps `null` out of objects too (the engine treats a null property like a missing one).
 */
export function toPlainJson<T = Json>(value: unknown): T {
  return plain(value) as T;
}

function plain(value: unknown): Json | undefined {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return undefined;
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value as object)) {
      const p = plain(v);
      if (p !== undefined && p !== null) out[k] = p;
    }
    return out;
  }
  return value as Json;
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/**
 * Seconds in an ISO 8601 duration (weeks, days, hours, minutes, seconds; no years or months,
 * which Batch does not accept). Returns undefined when the text is not such a duration.
 */
export function durationSeconds(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim().toUpperCase() === "P" || /T$/i.test(text.trim())) return undefined;
  const [w, d, h, min, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s;
}

/** Formats seconds as a canonical ISO 8601 duration: `P{d}DT{h}H{m}M{s}S` without zero parts. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds <= 0) return "PT0S";
  const days = Math.floor(totalSeconds / 86400);
  let rest = totalSeconds - days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = Math.round((rest - minutes * 60) * 1000) / 1000;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}

/**
 * Canonical spelling of an ISO 8601 duration (`PT900S` → `PT15M`, `pt1h` → `PT1H`).
 * Values that are not durations (or unknown during preview) are returned unchanged, so that
 * validation can report them with the property's name.
 */
export function normalizeDuration<T>(value: T): T | string {
  if (typeof value !== "string" || isUnknown(value)) return value;
  const seconds = durationSeconds(value);
  return seconds === undefined ? value : formatDuration(seconds);
}

/**
 * The spec's spelling of an enum value, matched case-insensitively (`Simplified` → `simplified`).
 * Unknown spellings are returned unchanged for validation to report.
 */
export function canonicalEnum<T>(value: T, allowed: readonly string[]): T | string {
  if (typeof value !== "string" || isUnknown(value)) return value;
  const lower = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? value;
}

/**
 * An autoscale formula modulo whitespace: CRLF → LF, each statement line trimmed, runs of blanks
 * collapsed to one space, blank lines dropped. The formula language gives whitespace no meaning.
 */
export function normalizeFormula<T>(value: T): T | string {
  if (typeof value !== "string" || isUnknown(value)) return value;
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Applies `fn` to `obj[key]` when present (returns a shallow copy). */
export function mapKey<T extends object>(obj: T, key: string, fn: (v: unknown) => unknown): T {
  const record = obj as Record<string, unknown>;
  if (record[key] === undefined) return obj;
  return { ...obj, [key]: fn(record[key]) };
}
