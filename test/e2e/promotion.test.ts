/**
 * The promotion example (examples/promotion) through the real Pulumi CLI: one emulator with two
 * accounts (dev, prod; random keys), the example's own Pulumi.yaml and Pulumi.<stack>.yaml, each
 * stack pointed at its account with `pulumi config set` (the key with `--secret`):
 *
 * - `up` dev, `preview --expect-no-changes` dev, `up` prod;
 * - prod differs only by config: VM size, autoscale (vs a fixed node count) and the schedule's
 *   recurrence, read back through each account's REST API;
 * - neither account key appears in plaintext in the state (`stack export --show-secrets=false`,
 *   the raw backend files), the stack config files or any captured CLI output;
 * - `destroy` both: neither account has a pool or a job schedule left.
 *
 * The example's Pulumi*.yaml are copied into a temp directory, `main` set to the absolute path of
 * examples/promotion/index.ts (so the TypeScript program runs from its own directory, with its
 * tsconfig.json, as `pulumi up` there would), while the stack config files the CLI writes stay
 * out of the working tree.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BatchClient } from "../../provider/client";
import {
  offlineEnv,
  REPO_ROOT,
  runPulumi,
  startTestEmulator,
  type CliResult,
  type TestEmulator,
} from "./harness";
import { listAll } from "./helpers/cli";
import { plaintextSecrets, readTree } from "./helpers/secrets";

jest.setTimeout(10 * 60_000);

const EXAMPLE = path.join(REPO_ROOT, "examples", "promotion");
const STACKS = ["dev", "prod"] as const;
type StackName = (typeof STACKS)[number];
const KEYS: Record<StackName, string> = {
  dev: randomBytes(64).toString("base64"),
  prod: randomBytes(64).toString("base64"),
};
const account = (stack: StackName) => `${stack}batch`;

let emu: TestEmulator;
let tempRoot: string;
let projectDir: string;
const history: CliResult[] = [];
const clients = {} as Record<StackName, BatchClient>;

/** Runs `pulumi <args> --stack <stack>` in the mirrored example, offline, into the temp backend. */
async function pulumi(stack: StackName, ...args: string[]): Promise<CliResult> {
  const env = offlineEnv({
    backendDir: path.join(tempRoot, "backend"),
    pulumiHome: path.join(tempRoot, "pulumi-home"),
    extra: {
      AZURE_BATCH_ENDPOINT: undefined,
      AZURE_BATCH_ACCOUNT: undefined,
      AZURE_BATCH_ACCESS_KEY: undefined,
    },
  });
  const result = await runPulumi([...args, "--stack", stack, "--non-interactive", "--color", "never"], {
    cwd: projectDir,
    env,
  }).catch((err) => {
    if (err?.result) history.push(err.result);
    throw err;
  });
  history.push(result);
  return result;
}

beforeAll(async () => {
  emu = await startTestEmulator({
    accounts: STACKS.map((s) => ({ name: account(s), key: KEYS[s] })),
  });
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-azure-batch-promotion-"));
  projectDir = path.join(tempRoot, "examples", "promotion");
  fs.mkdirSync(projectDir, { recursive: true });
  for (const dir of ["backend", "pulumi-home"]) fs.mkdirSync(path.join(tempRoot, dir));
  for (const file of fs.readdirSync(EXAMPLE).filter((f) => f.endsWith(".yaml")))
    fs.copyFileSync(path.join(EXAMPLE, file), path.join(projectDir, file));
  const projectFile = path.join(projectDir, "Pulumi.yaml");
  const entry = JSON.stringify(path.join(EXAMPLE, "index.ts"));
  fs.writeFileSync(
    projectFile,
    fs.readFileSync(projectFile, "utf8").replace(/^main: .*$/m, `main: ${entry}`),
  );
  for (const s of STACKS) {
    clients[s] = new BatchClient({
      endpoint: emu.emulator.endpoint(account(s)),
      auth: { kind: "sharedKey", accountName: account(s), accountKey: KEYS[s] },
    });
  }
});

afterAll(async () => {
  try {
    for (const s of STACKS) {
      if (!tempRoot) break;
      await pulumi(s, "stack", "rm", "--yes", "--force").catch(() => undefined);
    }
  } finally {
    for (const s of STACKS) await clients[s]?.close();
    await emu?.stop();
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  }
});

describe("promotion example with the real Pulumi CLI", () => {
  test("up dev, no-change preview, up prod: the stacks differ only as configured", async () => {
    for (const s of STACKS) {
      await pulumi(s, "stack", "init");
      await pulumi(s, "config", "set", "azure-batch:endpoint", emu.emulator.endpoint(account(s)));
      await pulumi(s, "config", "set", "azure-batch:accountName", account(s));
      await pulumi(s, "config", "set", "--secret", "azure-batch:accountKey", KEYS[s]);
    }
    await pulumi("dev", "up", "--yes", "--skip-preview");
    await pulumi("dev", "preview", "--expect-no-changes");
    await pulumi("prod", "up", "--yes", "--skip-preview");
    await pulumi("prod", "preview", "--expect-no-changes");

    const seen: Record<string, unknown> = {};
    for (const s of STACKS) {
      const pool = (await clients[s].pools.get("workers")).body;
      const schedule = (await clients[s].jobSchedules.get("report")).body;
      seen[s] = {
        vmSize: pool.vmSize,
        enableAutoScale: pool.enableAutoScale ?? false,
        autoScaleFormula: pool.autoScaleFormula,
        targetDedicatedNodes: pool.enableAutoScale ? undefined : pool.targetDedicatedNodes,
        recurrence: schedule.schedule?.recurrenceInterval,
        environment: pool.metadata,
        startTask: pool.startTask?.commandLine,
        schedulePool: schedule.jobSpecification.poolInfo.poolId,
      };
    }
    const same = { startTask: "/bin/sh -c 'echo ready'", schedulePool: "workers" };
    expect(seen).toEqual({
      dev: {
        ...same,
        vmSize: "standard_d2s_v3",
        enableAutoScale: false,
        autoScaleFormula: undefined,
        targetDedicatedNodes: 1,
        recurrence: "PT15M",
        environment: [{ name: "environment", value: "dev" }],
      },
      prod: {
        ...same,
        vmSize: "standard_d4s_v3",
        enableAutoScale: true,
        autoScaleFormula: "$TargetDedicatedNodes = 3;",
        targetDedicatedNodes: undefined,
        recurrence: "P1D",
        environment: [{ name: "environment", value: "prod" }],
      },
    });
    const summary = JSON.parse((await pulumi("prod", "stack", "output", "summary", "--json")).stdout);
    expect(summary).toEqual({
      environment: "prod",
      vmSize: "standard_d4s_v3",
      autoScale: true,
      jobScheduleId: "report",
    });
  });

  test("no account key in plaintext: state, raw backend files, stack config, CLI output", async () => {
    const places: Record<string, string> = {};
    for (const s of STACKS) {
      const exported = await pulumi(s, "stack", "export", "--show-secrets=false");
      expect(exported.stdout).toContain("pulumi-nodejs:dynamic/batch:Pool");
      places[`stack export ${s}`] = exported.stdout;
    }
    Object.assign(places, readTree(path.join(tempRoot, "backend")), readTree(projectDir));
    places["CLI output"] = history.map((r) => r.stdout + r.stderr).join("\n");
    expect(plaintextSecrets(places, { devKey: KEYS.dev, prodKey: KEYS.prod })).toEqual([]);
    // The search did look at the state files: the raw backend holds both stacks' checkpoints.
    expect(Object.keys(places).filter((p) => /stacks.*(dev|prod)\.json$/.test(p))).toHaveLength(2);
  });

  test("destroy both: neither account has pools or job schedules", async () => {
    for (const s of STACKS) await pulumi(s, "destroy", "--yes", "--skip-preview");
    for (const s of STACKS) {
      expect(await listAll(clients[s].pools.list())).toEqual([]);
      expect(await listAll(clients[s].jobSchedules.list())).toEqual([]);
    }
  });
});
