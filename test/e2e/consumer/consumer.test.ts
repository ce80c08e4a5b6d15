/**
 * The package from a tarball in a user's own TypeScript project, run with our toolchain (the
 * pinned CLI and our language host) exactly as Pulumi runs it: `npm pack`, install into a fresh
 * temp project (index.ts, tsconfig.json, Pulumi.yaml with no `main`), the emulator started with
 * `npx azure-batch-emulator` on a free port, then per module form (CommonJS, then ES module):
 *
 * - `up` creates the pool; a second `up --expect-no-changes` changes nothing;
 * - an edit of index.ts shows in `preview --diff` as exactly that update;
 * - `refresh --expect-no-changes`, then `destroy` leaves the account without the pool;
 * - a typo in `PoolArgs` fails `preview` with the TypeScript compiler's message (type-checked).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BatchClient } from "../../../provider/client";
import { emulatorEnv, offlineEnv, PulumiTestStack, uniqueSuffix } from "../harness";
import { startCliEmulator, type CliEmulator } from "./cliEmulator";
import { programSource, writeConsumerProject, type ModuleKind } from "./consumerProject";
import { packTarball } from "./tarball";

jest.setTimeout(10 * 60_000);

let tempRoot: string;
let emu: CliEmulator;
let client: BatchClient;
const projects: Record<ModuleKind, string> = { commonjs: "", esm: "" };

beforeAll(async () => {
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-azure-batch-consumer-"));
  const tarball = packTarball(tempRoot);
  projects.commonjs = path.join(tempRoot, "app-cjs");
  projects.esm = path.join(tempRoot, "app-esm");
  writeConsumerProject({
    dir: projects.commonjs,
    name: "consumer-cjs",
    kind: "commonjs",
    tarball: tarball.file,
    team: "render",
  });
  writeConsumerProject({
    dir: projects.esm,
    name: "consumer-esm",
    kind: "esm",
    tarball: tarball.file,
    team: "render",
    nodeModulesFrom: projects.commonjs,
  });
  const env = offlineEnv({ backendDir: tempRoot, pulumiHome: tempRoot });
  emu = await startCliEmulator(projects.commonjs, env);
  client = new BatchClient({
    endpoint: emu.endpoint,
    auth: { kind: "sharedKey", accountName: emu.account, accountKey: emu.key },
  });
});

afterAll(async () => {
  try {
    await client?.close();
    await emu?.stop();
  } finally {
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  }
});

describe.each<ModuleKind>(["commonjs", "esm"])(
  "a user's TypeScript project (%s) from the tarball",
  (kind) => {
    let stack: PulumiTestStack;
    const poolId = `consumer-${kind}-${uniqueSuffix()}`;

    beforeAll(async () => {
      const name = `consumer-${kind === "esm" ? "esm" : "cjs"}`;
      stack = await PulumiTestStack.create({
        program: { projectDir: projects[kind] },
        project: name,
        stackPrefix: kind,
        config: { [`${name}:poolId`]: poolId },
        env: { ...emulatorEnv(emu), AZURE_BATCH_POLL_INTERVAL_MS: "50" },
      });
    });

    afterAll(async () => {
      await stack?.dispose();
    });

    test("up, then a second up with no changes", async () => {
      await stack.up();
      expect(await stack.outputs()).toEqual({ poolId, allocationState: "steady" });
      expect((await client.pools.get(poolId)).body.metadata).toEqual([{ name: "team", value: "render" }]);
      const again = await stack.run(["up", "--yes", "--expect-no-changes", "--stack", stack.stackName]);
      expect(again.stdout).toMatch(/2 unchanged/);
    });

    test("state holds the installed provider module as one require() per copy, under 512 bytes", async () => {
      const pool = ((await stack.exportState()).deployment.resources ?? []).find((r) =>
        String(r.type).endsWith(":Pool"),
      );
      const copy = (k: "inputs" | "outputs") =>
        (pool?.[k] as Record<string, unknown> | undefined)?.__provider;
      const copies = [copy("inputs"), copy("outputs")];
      for (const text of copies) {
        expect(text).toContain('require("pulumi-azure-batch/dynamic/pool")');
        expect(Buffer.byteLength(JSON.stringify(text))).toBeLessThanOrEqual(512);
      }
    });

    test("an edit of index.ts shows in preview --diff as that update alone", async () => {
      fs.writeFileSync(path.join(projects[kind], "index.ts"), programSource({ team: "vfx" }));
      const preview = await stack.run(["preview", "--diff", "--stack", stack.stackName]);
      expect(preview.stdout).toMatch(/~ pulumi-nodejs:dynamic\/batch:Pool: \(update\)/);
      expect(preview.stdout).toMatch(/~ value\s*: "render" => "vfx"/);
      expect(preview.stdout).toMatch(/1 to update/);
      // A preview changes nothing.
      expect((await client.pools.get(poolId)).body.metadata).toEqual([{ name: "team", value: "render" }]);
    });

    test("a type error in PoolArgs fails preview with the TypeScript message", async () => {
      const file = path.join(projects[kind], "index.ts");
      const good = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, programSource({ team: "vfx", typo: true }));
      try {
        const preview = await stack.preview({ allowFailure: true });
        expect(preview.code).not.toBe(0);
        const output = preview.stdout + preview.stderr;
        // ts-node's own wording ("Unable to compile TypeScript") is there in CommonJS only.
        expect(output).toMatch(/error TS2561: .*'targetDedicatedNodez' does not exist in type 'PoolArgs'/);
      } finally {
        fs.writeFileSync(file, good);
      }
    });

    test("refresh finds no drift, destroy removes the pool", async () => {
      await stack.refresh({ expectNoChanges: true });
      await stack.destroy();
      expect(await client.pools.tryGet(poolId)).toBeUndefined();
      expect(((await stack.exportState()).deployment.resources ?? []).length).toBe(0);
    });
  },
);
