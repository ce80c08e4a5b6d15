/**
 * Schema validation against the Batch OpenAPI contract (`spec/BatchService.json`).
 *
 * The spec is loaded once, lazily, and each definition is compiled by ajv on first use and cached,
 * so repeated validation costs only the compiled function call. Used by the emulator (request
 * validation) and by the provider (input validation in `check`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/** The kind of problem found, named after the Batch error code it maps to. */
export type SpecIssueCode = "MissingRequiredProperty" | "InvalidPropertyValue" | "UnknownProperty";

/** One problem found in a value validated against a spec definition. */
export interface SpecIssue {
  /** Dotted path of the offending property, e.g. `virtualMachineConfiguration.imageReference`. */
  path: string;
  /** Name of the offending property (last path segment, without array index). */
  property: string;
  code: SpecIssueCode;
  /** Human-readable explanation naming the property and the expectation. */
  message: string;
}

/** Options for {@link validateDefinition}. */
export interface ValidateOptions {
  /** Report properties the definition does not declare (default true). */
  unknownProperties?: boolean;
}

type Json = Record<string, unknown>;

let specCache: Json | undefined;
let ajvCache: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Where the spec can live: beside this file (source tree) or two levels up (compiled into dist/spec). */
function specCandidates(): string[] {
  const env = process.env.AZURE_BATCH_SPEC_PATH;
  return [
    ...(env ? [env] : []),
    path.join(__dirname, "BatchService.json"),
    path.join(__dirname, "..", "..", "spec", "BatchService.json"),
    path.join(process.cwd(), "spec", "BatchService.json"),
  ];
}

/** The parsed spec document (loaded once). */
export function specDocument(): Json {
  if (!specCache) {
    const file = specCandidates().find((p) => fs.existsSync(p));
    if (!file) throw new Error(`BatchService.json not found (looked in ${specCandidates().join(", ")})`);
    specCache = JSON.parse(fs.readFileSync(file, "utf8")) as Json;
  }
  return specCache;
}

/** The raw (unmodified) schema of a definition, or undefined if the spec has no such definition. */
export function getDefinition(name: string): Json | undefined {
  return (specDocument().definitions as Record<string, Json>)[name];
}

/** Names of all definitions in the spec. */
export function definitionNames(): string[] {
  return Object.keys(specDocument().definitions as Json);
}

/**
 * Swagger object schemas are open by default; Batch's OData deserializer rejects properties it does not
 * know, so every object schema that lists properties is closed here (the spec uses no allOf, so closing
 * is safe). `x-ms-*` extensions are left for ajv to ignore (strict: false).
 */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    out[k] = k === "enum" || k === "required" || k === "example" || k.startsWith("x-") ? v : closeObjects(v);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** ISO 8601 durations as Batch accepts them (e.g. PT5M, P1DT2H, PT0.5S). */
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

function ajv(): Ajv {
  if (!ajvCache) {
    const a = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(a);
    a.addFormat("duration", DURATION);
    // The spec marks containerRegistries[].registryServer `format: uri`, yet Batch takes (and its docs
    // show) a bare host such as "myregistry.azurecr.io": accept an absolute URI or host[:port][/path].
    a.addFormat("uri", (v: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v) || /^[a-z0-9.-]+(:\d+)?(\/\S*)?$/i.test(v));
    a.addFormat("arm-id", true);
    a.addFormat("date-time-rfc7231", true);
    a.addFormat("date-time-rfc1123", true);
    a.addSchema({ $id: "batch.json", definitions: closeObjects(specDocument().definitions) as Json });
    ajvCache = a;
  }
  return ajvCache;
}

function compile(name: string): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    if (!getDefinition(name)) throw new Error(`Unknown spec definition '${name}'`);
    fn = ajv().getSchema(`batch.json#/definitions/${name}`);
    if (!fn) throw new Error(`Could not compile spec definition '${name}'`);
    compiled.set(name, fn);
  }
  return fn;
}

/** `/a/b/0/c` (JSON pointer) → `a.b[0].c`. */
function toDotted(pointer: string): string {
  let out = "";
  for (const seg of pointer.split("/").slice(1)) {
    const s = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  }
  return out;
}

function lastProperty(dotted: string): string {
  const m = /([^.[\]]+)(\[\d+\])*$/.exec(dotted);
  return m ? m[1] : dotted;
}

function join(base: string, prop: string): string {
  return base ? `${base}.${prop}` : prop;
}

function toIssue(e: ErrorObject): SpecIssue {
  const at = toDotted(e.instancePath);
  if (e.keyword === "required") {
    const p = (e.params as { missingProperty: string }).missingProperty;
    const full = join(at, p);
    return { path: full, property: p, code: "MissingRequiredProperty", message: `'${full}' is required` };
  }
  if (e.keyword === "additionalProperties") {
    const p = (e.params as { additionalProperty: string }).additionalProperty;
    const full = join(at, p);
    return { path: full, property: p, code: "UnknownProperty", message: `'${full}' is not a known property` };
  }
  const detail =
    e.keyword === "enum"
      ? `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(", ")}`
      : (e.message ?? "is invalid");
  return {
    path: at,
    property: lastProperty(at),
    code: "InvalidPropertyValue",
    message: `'${at || "(body)"}' ${detail}`,
  };
}

/** Minimum/maximum durations the spec states only in prose (descriptions), checked after the schema. */
const DURATION_RULES: Record<string, Record<string, { min?: number; max?: number }>> = {
  BatchPoolCreateOptions: { resizeTimeout: { min: 300 }, autoScaleEvaluationInterval: { min: 300, max: 604800 } },
  BatchPoolResizeOptions: { resizeTimeout: { min: 300 } },
  BatchNodeRemoveOptions: { resizeTimeout: { min: 300 } },
  BatchPoolEnableAutoScaleOptions: { autoScaleEvaluationInterval: { min: 300, max: 604800 } },
};

/** Seconds in an ISO 8601 duration (months = 30 days, years = 365 days), or NaN if not a duration. */
export function durationSeconds(value: string): number {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    value,
  );
  if (!m || value === "P" || value.endsWith("T")) return NaN;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return n(1) * 31536000 + n(2) * 2592000 + n(3) * 604800 + n(4) * 86400 + n(5) * 3600 + n(6) * 60 + n(7);
}

/**
 * Validates `value` against the spec definition `name` (e.g. `BatchPoolCreateOptions`).
 * Returns an empty array when valid. Issues name the property path and the Batch error code.
 */
export function validateDefinition(name: string, value: unknown, opts: ValidateOptions = {}): SpecIssue[] {
  const fn = compile(name);
  let issues: SpecIssue[] = [];
  if (!fn(value)) {
    const seen = new Set<string>();
    for (const e of fn.errors ?? []) {
      const issue = toIssue(e);
      const key = `${issue.code}:${issue.path}`;
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(issue);
      }
    }
  }
  if (opts.unknownProperties === false) issues = issues.filter((i) => i.code !== "UnknownProperty");
  const rules = DURATION_RULES[name];
  if (rules && value && typeof value === "object") {
    for (const [prop, rule] of Object.entries(rules)) {
      const v = (value as Json)[prop];
      if (typeof v !== "string") continue;
      const s = durationSeconds(v);
      if (Number.isNaN(s) || (rule.min !== undefined && s < rule.min) || (rule.max !== undefined && s > rule.max)) {
        if (!issues.some((i) => i.path === prop)) {
          const range = `${rule.min !== undefined ? `at least ${rule.min / 60} minutes` : ""}${
            rule.max !== undefined ? ` and at most ${rule.max / 3600} hours` : ""
          }`;
          issues.push({
            path: prop,
            property: prop,
            code: "InvalidPropertyValue",
            message: `'${prop}' must be an ISO 8601 duration of ${range.trim()} (got '${v}')`,
          });
        }
      }
    }
  }
  return issues;
}
