/**
 * Build step after `tsc`: precompiles the spec validators of every request body the contract
 * declares (each `in: body` parameter's definition, which includes everything the providers'
 * `check` validates) into `dist/spec/compiled/`, with ajv's standalone code generation. See
 * `spec/precompiled.ts` for why and when they are used.
 *
 * Run: `node dist/scripts/compileValidators.js` (scripts/setup.sh and scripts/test.sh do, after tsc).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { _ } from "ajv/dist/compile/codegen";
import standaloneCode from "ajv/dist/standalone";
import { PRECOMPILED_DIR, type PrecompiledManifest } from "../spec/precompiled";
import { createAjv, specDocument, validatorFingerprint } from "../spec/validator";

type Json = Record<string, unknown>;

/** Definitions referenced by a body parameter of any operation of the spec. */
export function bodyDefinitions(spec: Json): string[] {
  const out = new Set<string>();
  for (const ops of Object.values(spec.paths as Record<string, Record<string, Json>>))
    for (const op of Object.values(ops)) {
      for (const p of (op?.parameters ?? []) as Json[]) {
        const ref = (p.schema as Json | undefined)?.$ref;
        if (p.in === "body" && typeof ref === "string") out.add(ref.replace("#/definitions/", ""));
      }
    }
  return [...out].sort();
}

function main(): void {
  const started = Date.now();
  // The generated modules live in dist/spec/compiled/ and require dist/spec/formats.js.
  const ajv = createAjv({ source: true, formats: _`require("../formats").batchFormats` });
  const names = bodyDefinitions(specDocument());
  fs.rmSync(PRECOMPILED_DIR, { recursive: true, force: true });
  fs.mkdirSync(PRECOMPILED_DIR, { recursive: true });
  let bytes = 0;
  for (const name of names) {
    const validate = ajv.getSchema(`batch.json#/definitions/${name}`);
    if (!validate) throw new Error(`could not compile ${name}`);
    const code = standaloneCode(ajv, validate);
    bytes += code.length;
    fs.writeFileSync(path.join(PRECOMPILED_DIR, `${name}.js`), code);
  }
  const manifest: PrecompiledManifest = { fingerprint: validatorFingerprint(), definitions: names };
  fs.writeFileSync(path.join(PRECOMPILED_DIR, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  console.error(
    `compileValidators: ${names.length} definitions, ${Math.round(bytes / 1024)} KiB, ${Date.now() - started} ms -> ${path.relative(process.cwd(), PRECOMPILED_DIR)}`,
  );
}

if (require.main === module) main();
