/**
 * The tarball's declarations as a user's compiler sees them: a project that installs the packed
 * package (with `typescript@5` and `@types/node`) and imports its public entry points (the SDK,
 * `pulumi-azure-batch/emulator`, `pulumi-azure-batch/provider/<resource>`) type-checks with
 * `skipLibCheck: false` under `moduleResolution` node (Pulumi's default template; `exports` is
 * ignored there, `typesVersions` maps the subpaths), node16 and bundler.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { npmInstall, TYPESCRIPT_DEV_DEPENDENCIES } from "./consumerProject";
import { packTarball, type PackedTarball } from "./tarball";

jest.setTimeout(5 * 60_000);

/** Uses every public entry point in types, so a missing or broken declaration fails. */
const SOURCE = `import * as pulumi from "@pulumi/pulumi";
import { Pool, type PoolArgs, JobSchedule, Certificate, getPool } from "pulumi-azure-batch";
import { startEmulator, type RunningEmulator, DEV_KEY } from "pulumi-azure-batch/emulator";
import * as poolProvider from "pulumi-azure-batch/provider/pool";
import * as jobScheduleProvider from "pulumi-azure-batch/provider/jobSchedule";
import * as certificateProvider from "pulumi-azure-batch/provider/certificate";

export const args: PoolArgs = {
  id: "p",
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
};
export const classes = [Pool, JobSchedule, Certificate, getPool];
export const emulator: (() => Promise<RunningEmulator>) = () => startEmulator({ port: 0 });
export const key: string = DEV_KEY;
export const providers: object[] = [poolProvider, jobScheduleProvider, certificateProvider];
export const out: pulumi.Output<string> = pulumi.output("x");
`;

/** compilerOptions per moduleResolution (module to match, as TypeScript requires). */
const RESOLUTIONS: Record<string, Record<string, string>> = {
  node: { module: "commonjs", moduleResolution: "node" },
  node16: { module: "node16", moduleResolution: "node16" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
};

let tempRoot: string;
let project: string;
let tarball: PackedTarball;

beforeAll(() => {
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-azure-batch-types-"));
  tarball = packTarball(tempRoot);
  project = path.join(tempRoot, "types-check");
  fs.mkdirSync(project);
  fs.writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({
      name: "types-check",
      version: "0.0.0",
      private: true,
      dependencies: { "pulumi-azure-batch": `file:${tarball.file}`, "@pulumi/pulumi": "3.276.0" },
      devDependencies: { typescript: TYPESCRIPT_DEV_DEPENDENCIES.typescript, "@types/node": "^22" },
    }),
  );
  fs.writeFileSync(path.join(project, "index.ts"), SOURCE);
  npmInstall(project);
});

afterAll(() => {
  if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
});

test("the tarball carries the declarations, README and LICENSE, and no tests", () => {
  expect(tarball.files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json"]));
  expect(tarball.files).toEqual(
    expect.arrayContaining(["dist/sdk/index.d.ts", "dist/emulator/index.d.ts", "dist/emulator/cli.js"]),
  );
  expect(tarball.files.filter((f) => f.startsWith("dist/test/") || f.startsWith("test/"))).toEqual([]);
  const readme = fs.readFileSync(
    path.join(project, "node_modules", "pulumi-azure-batch", "README.md"),
    "utf8",
  );
  expect(readme).not.toMatch(/Node(\.js)? 20/);
  expect(readme).toContain("Node 22");
  expect(readme).toContain("typescript@5");
  expect(readme).toContain("npx azure-batch-emulator");
});

test.each(Object.keys(RESOLUTIONS))(
  "type-checks under moduleResolution %s with skipLibCheck false",
  (resolution) => {
    const config = path.join(project, `tsconfig.${resolution}.json`);
    fs.writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          ...RESOLUTIONS[resolution],
          target: "es2022",
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ["node"],
        },
        files: ["index.ts"],
      }),
    );
    const tsc = path.join(project, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", config], { cwd: project, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  },
);
