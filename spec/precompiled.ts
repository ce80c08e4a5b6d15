/**
 * Validators precompiled at build time (`scripts/compileValidators.ts` writes them next to the
 * compiled `spec/` as `compiled/<Definition>.js` plus `compiled/manifest.json`).
 *
 * Why: ajv compiles a definition as large as `BatchPoolCreateOptions` in ~150 ms, once in every
 * process that validates, which is every dynamic-provider process of every `pulumi preview`/`up`;
 * loading the generated code costs ~8 ms. They are used only when the manifest's fingerprint is
 * the one of the spec and schema preparation in use, so a stale build falls back to compiling.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ValidateFunction } from "ajv";

/** What `compiled/manifest.json` records. */
export interface PrecompiledManifest {
  /** `validatorFingerprint()` of the spec the validators were generated from. */
  fingerprint: string;
  /** The definitions that have a `<name>.js`. */
  definitions: string[];
}

/** Where the generator writes and the loader looks: beside this module. */
export const PRECOMPILED_DIR = path.join(__dirname, "compiled");

let manifest: PrecompiledManifest | null | undefined;
let usable: boolean | undefined;

function readManifest(): PrecompiledManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(PRECOMPILED_DIR, "manifest.json"), "utf8")) as PrecompiledManifest;
  } catch {
    return null;
  }
}

/**
 * The precompiled validator of a definition, or `undefined` when there is none for it or they
 * were made from another spec (the caller then compiles with ajv).
 *
 * @param name a spec definition, e.g. `BatchPoolCreateOptions`
 * @param fingerprint computes the fingerprint of the spec in use (called once, only if a manifest exists)
 */
export function loadPrecompiled(name: string, fingerprint: () => string): ValidateFunction | undefined {
  if (manifest === undefined) manifest = readManifest();
  if (!manifest || !manifest.definitions.includes(name)) return undefined;
  usable ??= manifest.fingerprint === fingerprint();
  if (!usable) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- generated at build time, loaded on demand
  return require(path.join(PRECOMPILED_DIR, `${name}.js`)) as ValidateFunction;
}
