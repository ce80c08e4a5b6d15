/**
 * Checks on a generated project shared by the importer's integration and e2e tests: it compiles
 * with `tsc --strict` against this repository's package (the built dist/, as an installed
 * `pulumi-azure-batch` would be) and `prettier --check` finds nothing to change.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** The repository root (the package the generated program depends on). */
export const REPO = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(REPO, "node_modules", ".bin");

/** The built command line (`bin` of package.json). */
export const IMPORTER_CLI = path.join(REPO, "dist", "importer", "cli.js");

/**
 * Makes the repository's node_modules (which links `pulumi-azure-batch` to the repository, see
 * scripts/setup.sh) the project's, in place of `npm install`.
 */
export function linkDependencies(dir: string): void {
  const link = path.join(dir, "node_modules");
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(REPO, "node_modules"), link, "dir");
}

/** Runs a tool of node_modules/.bin in `dir`; resolves with its exit code and output. */
export function runTool(tool: string, args: string[], dir: string): { code: number; output: string } {
  try {
    const output = execFileSync(path.join(BIN, tool), args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
    return { code: 0, output };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

/** `tsc --strict --noEmit` over the project's tsconfig. */
export function typeCheck(dir: string): { code: number; output: string } {
  linkDependencies(dir);
  return runTool("tsc", ["--strict", "--noEmit", "-p", "."], dir);
}

/** `prettier --check` over the project's own files (its .prettierrc.json). */
export function formatCheck(dir: string): { code: number; output: string } {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(ts|json|md|yaml)$/.test(f))
    .sort();
  return runTool("prettier", ["--check", ...files], dir);
}
