/**
 * A user's own Pulumi TypeScript project outside the repository: package.json depending on the
 * packed tarball and on `@pulumi/pulumi`, `typescript@5` and `ts-node` (Pulumi's TypeScript path),
 * Pulumi.yaml with no `main`, an index.ts in the README's style and a tsconfig.json, in CommonJS
 * or ES module form. Dependencies come from `npm install --prefer-offline` (the npm cache, else
 * the npm registry); nothing resolves through this repository's node_modules.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/** The module system of the project: package.json `type` and the matching tsconfig. */
export type ModuleKind = "commonjs" | "esm";

/** The devDependencies a TypeScript Pulumi program needs (Pulumi's ts-node path needs TS < 7). */
export const TYPESCRIPT_DEV_DEPENDENCIES = { typescript: "^5", "ts-node": "^10.9.2", "@types/node": "^22" };

/** The program: one pool whose metadata value is `team` (edited by the tests to cause a diff). */
export function programSource(options: { team: string; typo?: boolean }): string {
  const nodes = options.typo ? "targetDedicatedNodez" : "targetDedicatedNodes";
  return `import * as pulumi from "@pulumi/pulumi";
import * as batch from "pulumi-azure-batch";

const config = new pulumi.Config();
const pool = new batch.Pool("render", {
  id: config.require("poolId"),
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  ${nodes}: 1,
  metadata: [{ name: "team", value: ${JSON.stringify(options.team)} }],
});

export const poolId = pool.id;
export const allocationState = pool.allocationState;
`;
}

/** tsconfig.json as a user would write it: Pulumi's template for CommonJS, nodenext for ESM. */
function tsconfig(kind: ModuleKind): object {
  const common = { strict: true, skipLibCheck: false, forceConsistentCasingInFileNames: true };
  return kind === "commonjs"
    ? {
        compilerOptions: { ...common, target: "es2020", module: "commonjs", moduleResolution: "node" },
        files: ["index.ts"],
      }
    : {
        compilerOptions: { ...common, target: "es2022", module: "nodenext", moduleResolution: "nodenext" },
        files: ["index.ts"],
      };
}

/** package.json of the project: the tarball, @pulumi/pulumi (our peer dependency) and TypeScript. */
export function packageJson(name: string, kind: ModuleKind, tarball: string): object {
  return {
    name,
    version: "0.0.0",
    private: true,
    ...(kind === "esm" ? { type: "module" } : {}),
    dependencies: { "pulumi-azure-batch": `file:${tarball}`, "@pulumi/pulumi": "3.276.0" },
    devDependencies: TYPESCRIPT_DEV_DEPENDENCIES,
  };
}

/**
 * Writes the project into `dir` (created). Its node_modules is installed with npm, or, with
 * `nodeModulesFrom`, linked to another consumer project's (same dependencies; saves an install).
 */
export function writeConsumerProject(options: {
  dir: string;
  name: string;
  kind: ModuleKind;
  tarball: string;
  team: string;
  nodeModulesFrom?: string;
}): void {
  const { dir, name, kind } = options;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(packageJson(name, kind, options.tarball), null, 2),
  );
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig(kind), null, 2));
  // No `main`: Pulumi runs the project directory, i.e. index.ts through ts-node.
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), `name: ${name}\nruntime: nodejs\n`);
  fs.writeFileSync(path.join(dir, "index.ts"), programSource({ team: options.team }));
  if (options.nodeModulesFrom) {
    fs.symlinkSync(path.join(options.nodeModulesFrom, "node_modules"), path.join(dir, "node_modules"), "dir");
  } else {
    npmInstall(dir);
  }
}

/** `npm install` in `dir`, from the npm cache where it can (no audit, no install scripts). */
export function npmInstall(dir: string): void {
  execFileSync(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 300_000,
    },
  );
}
