/**
 * Generates `provider/client/models.ts` (TypeScript types for every definition of the Batch
 * data-plane contract) from `spec/BatchService.json`.
 *
 * Why hand-written: no maintained generator handles Swagger 2.0 plus this spec's extensions
 * cleanly, and the spec only uses plain objects, string enums, arrays and string maps, so a
 * ~150-line emitter is easier to trust than a dependency. The output is already in Prettier's
 * style (printWidth 110) so `prettier --check` passes without a formatting step.
 *
 * Regenerate with: `node scripts/gen-models.ts` (Node 22 strips the types), or after a build,
 * `node dist/scripts/gen-models.js`. A unit test asserts that regenerating yields the committed file.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The subset of a Swagger 2.0 schema this emitter understands. */
export interface SwaggerSchema {
  type?: string;
  format?: string;
  description?: string;
  enum?: string[];
  $ref?: string;
  items?: SwaggerSchema;
  properties?: Record<string, SwaggerSchema>;
  required?: string[];
  additionalProperties?: SwaggerSchema | boolean;
  readOnly?: boolean;
  "x-ms-secret"?: boolean;
  "x-ms-enum"?: { values?: { value: string; description?: string }[] };
}

/** The parts of the spec the emitter reads. */
export interface SwaggerSpec {
  info?: { version?: string };
  definitions: Record<string, SwaggerSchema>;
}

const PRINT_WIDTH = 110;

/** `Azure.Core.eTag` → `AzureCoreETag`; plain names are kept as they are. */
export function typeName(definition: string): string {
  return definition
    .split(".")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
}

function tsType(s: SwaggerSchema): string {
  if (s.$ref) return typeName(s.$ref.replace("#/definitions/", ""));
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  switch (s.type) {
    case "array": {
      const inner = s.items ? tsType(s.items) : "unknown";
      return /[ |]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
    }
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    case "object":
      if (s.additionalProperties && typeof s.additionalProperties === "object") {
        return `Record<string, ${tsType(s.additionalProperties)}>`;
      }
      return "Record<string, unknown>";
    default:
      return "unknown";
  }
}

/** A TSDoc block at the given indent; `*\/` inside text is defused. */
function doc(lines: string[], indent: string): string[] {
  const text = lines
    .join("\n")
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  while (text.length && text[text.length - 1] === "") text.pop();
  if (!text.length) return [];
  if (text.length === 1 && indent.length + text[0].length + 7 <= PRINT_WIDTH) {
    return [`${indent}/** ${text[0]} */`];
  }
  return [`${indent}/**`, ...text.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

function propertyNotes(p: SwaggerSchema): string[] {
  const notes: string[] = [];
  if (p.format && p.type === "string" && p.format !== "password") notes.push(`Format: ${p.format}.`);
  if (p.readOnly) notes.push("Read-only: set by the Batch service.");
  if (p["x-ms-secret"] || p.format === "password") notes.push("Secret: never log or store in plain state.");
  return notes;
}

function emitEnum(name: string, d: SwaggerSchema): string[] {
  const values = (d.enum ?? []).map((v) => JSON.stringify(v));
  const descs = d["x-ms-enum"]?.values ?? [];
  const lines = doc(
    [
      d.description ?? name,
      ...descs.filter((v) => v.description).map((v) => `- \`${v.value}\`: ${v.description}`),
    ],
    "",
  );
  const oneLine = `export type ${name} = ${values.join(" | ")};`;
  if (oneLine.length <= PRINT_WIDTH) return [...lines, oneLine];
  // Prettier's next choice: the whole union on its own indented line.
  const indented = `  ${values.join(" | ")};`;
  if (indented.length <= PRINT_WIDTH) return [...lines, `export type ${name} =`, indented];
  return [
    ...lines,
    `export type ${name} =`,
    ...values.map((v, i) => `  | ${v}${i === values.length - 1 ? ";" : ""}`),
  ];
}

function emitInterface(name: string, d: SwaggerSchema): string[] {
  const out = [...doc([d.description ?? name], ""), `export interface ${name} {`];
  const required = new Set(d.required ?? []);
  for (const [prop, p] of Object.entries(d.properties ?? {})) {
    const desc = p.description ?? "";
    out.push(...doc([desc, ...propertyNotes(p)].filter(Boolean), "  "));
    const key = /^[A-Za-z_$][\w$]*$/.test(prop) ? prop : JSON.stringify(prop);
    out.push(`  ${key}${required.has(prop) ? "" : "?"}: ${tsType(p)};`);
  }
  out.push("}");
  return out;
}

/** Returns the full text of `provider/client/models.ts` for the given spec. */
export function generateModels(spec: SwaggerSpec): string {
  const out: string[] = [
    "// GENERATED FILE, do not edit by hand.",
    `// Types for every definition of spec/BatchService.json (api-version ${spec.info?.version ?? "?"}).`,
    "// Regenerate: node scripts/gen-models.ts   (test/unit/client/models.test.ts checks it is current)",
    "",
  ];
  const names = Object.keys(spec.definitions).sort((a, b) => typeName(a).localeCompare(typeName(b)));
  for (const def of names) {
    const d = spec.definitions[def];
    const name = typeName(def);
    if (d.enum) out.push(...emitEnum(name, d));
    else if (d.type === "object" || d.properties) out.push(...emitInterface(name, d));
    else out.push(...doc([d.description ?? name], ""), `export type ${name} = ${tsType(d)};`);
    out.push("");
  }
  return out.join("\n");
}

/** Where the spec and the generated file live, relative to the repository root. */
export const SPEC_PATH = "spec/BatchService.json";
/** The generated file's repository-relative path. */
export const MODELS_PATH = "provider/client/models.ts";

// Run as a script (works both type-stripped as ESM and compiled to CommonJS, so no `require.main`).
const entry = process.argv[1] ?? "";
if (/gen-models\.(ts|js)$/.test(entry)) {
  const scriptDir = path.dirname(path.resolve(entry));
  const root = path.resolve(scriptDir, scriptDir.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");
  const spec = JSON.parse(fs.readFileSync(path.join(root, SPEC_PATH), "utf8")) as SwaggerSpec;
  fs.writeFileSync(path.join(root, MODELS_PATH), generateModels(spec));
  console.log(`wrote ${MODELS_PATH}`);
}
