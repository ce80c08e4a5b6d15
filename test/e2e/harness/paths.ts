/**
 * Where things are: the repository root, its node_modules/.bin (Node 22, the pinned Pulumi CLI and
 * our plugins, linked there by scripts/setup.sh), compiled programs under dist/ and TypeScript
 * programs run from their sources.
 */
import * as fs from "fs";
import * as path from "path";

/** Walks up from this file to the package.json named pulumi-azure-batch (works from test/ and dist/test/). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "pulumi-azure-batch")
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no pulumi-azure-batch package.json above ${start}`);
  }
}

/** Absolute path of the repository root. */
export const REPO_ROOT = findRepoRoot(__dirname);

/** node_modules/.bin of the repository: first on PATH for every CLI run. */
export const BIN_DIR = path.join(REPO_ROOT, "node_modules", ".bin");

/** The Pulumi CLI linked by scripts/setup.sh; a clear error tells how to get it when it is missing. */
export function pulumiBinary(): string {
  const bin = path.join(BIN_DIR, "pulumi");
  if (!fs.existsSync(bin)) {
    throw new Error(
      `${bin} is missing: run \`npm run setup\` (scripts/setup.sh) to build and link the Pulumi CLI`,
    );
  }
  return bin;
}

/**
 * The compiled entry file of a program under dist/, from its source directory relative to the
 * repository (e.g. "test/e2e/fixtures/foundation" → dist/test/e2e/fixtures/foundation/index.js).
 * An entry *file* (not a directory) matters: for a directory the Node.js runner would take the
 * repository package.json's "exports" as the entry point.
 */
export function compiledProgram(sourceDir: string, entry = "index.js"): string {
  const file = path.join(REPO_ROOT, "dist", sourceDir, entry);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` (tsc) first`);
  }
  return file;
}

/**
 * The TypeScript entry file of a program run as Pulumi runs a user's program (ts-node, with the
 * tsconfig.json beside it), from its directory relative to the repository (e.g.
 * "examples/quickstart" → <repo>/examples/quickstart/index.ts). Its imports still need the built
 * tree: the dynamic providers load `pulumi-azure-batch/provider/...` from dist/.
 */
export function sourceProgram(sourceDir: string, entry = "index.ts"): string {
  const file = path.join(REPO_ROOT, sourceDir, entry);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing`);
  return file;
}
