/**
 * Plaintext-secret search for end-to-end tests: every file under a directory (a file:// backend's
 * raw state, history and backups; a project's stack config files) and any captured text, searched
 * for secret values. Findings name the secret and the place, never the value, so a failing
 * assertion does not print the secret either.
 */
import * as fs from "fs";
import * as path from "path";

/** Every regular file under `dir` (recursively), as `{ path: text }`. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[file] = fs.readFileSync(file, "latin1");
  }
  return out;
}

/**
 * Where any of `secrets` (name → value) appears in `places` (name → text): `["accountKey in
 * backend/…/dev.json", …]`; empty when nothing leaked.
 */
export function plaintextSecrets(places: Record<string, string>, secrets: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(places)) {
    for (const [name, value] of Object.entries(secrets)) {
      if (value.length < 8) throw new Error(`secret ${name} is too short to search for reliably`);
      if (text.includes(value)) found.push(`${name} in ${where}`);
    }
  }
  return found;
}
