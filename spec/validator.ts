/**
 * Schema validation against the Batch OpenAPI contract (`spec/BatchService.json`).
 *
 * The spec is loaded once, lazily. Each definition's validator is the one precompiled at build
 * time (`scripts/compileValidators.ts`, when it was made from this very spec) or else compiled by
 * ajv on first use; either is cached, so repeated validation costs only the function call. Used by the emulator (request
 * validation) and by the provider (input validation in `check`).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type Ajv from "ajv";
import type { ErrorObject, Options, ValidateFunction } from "ajv";
import { loadPrecompiled } from "./precompiled";
import { batchFormats } from "./formats";

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
let specHash: string | undefined;
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
    const text = fs.readFileSync(file, "utf8");
    specHash = createHash("sha256").update(text).digest("hex");
    specCache = JSON.parse(text) as Json;
  }
  return specCache;
}

/**
 * What precompiled validators must have been made from: the spec's SHA-256 and the version of the
 * schema preparation below (bump it when {@link closeObjects} or the ajv options change).
 */
export function validatorFingerprint(): string {
  specDocument();
  return `${SCHEMA_PREPARATION}:${specHash}`;
}

const SCHEMA_PREPARATION = 1;

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

/**
 * The ajv instance every validator comes from, holding the whole spec as `batch.json`.
 *
 * @param code ajv `code` options; the build's generator passes `{ source: true, formats }` so the
 *   generated code refers to {@link batchFormats} by `require`
 */
export function createAjv(code?: Options["code"]): Ajv {
  // Loaded here, not at the top: with the build's precompiled validators a process never needs
  // ajv's compiler (about 25 ms to load), only the generated code and its small runtime.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, by design
  const AjvClass = (require("ajv") as typeof import("ajv")).default;
  const a = new AjvClass({ strict: false, allErrors: true, validateFormats: true, ...(code ? { code } : {}) });
  for (const [name, format] of Object.entries(batchFormats)) a.addFormat(name, format);
  a.addSchema({ $id: "batch.json", definitions: closeObjects(specDocument().definitions) as Json });
  return a;
}

function ajv(): Ajv {
  ajvCache ??= createAjv();
  return ajvCache;
}

function compile(name: string): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    if (!getDefinition(name)) throw new Error(`Unknown spec definition '${name}'`);
    fn = loadPrecompiled(name, validatorFingerprint) ?? ajv().getSchema(`batch.json#/definitions/${name}`);
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
