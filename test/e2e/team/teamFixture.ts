/**
 * What the team tests share: one Batch emulator with a dev and a prod account (random keys),
 * Azurite holding the Pulumi state (`azblob://`), and the promotion example mirrored into a temp
 * directory (its Pulumi*.yaml copied, `main` set to the absolute path of
 * examples/promotion/index.ts, so the program runs from its own directory with its tsconfig.json
 * while the stack files the CLI writes stay out of the working tree). `stop()` stops everything.
 */
import { spawn } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BatchClient } from "../../../provider/client";
import {
  offlineEnv,
  REPO_ROOT,
  runPulumi,
  startAzurite,
  startTestEmulator,
  type CliResult,
  type RunPulumiOptions,
  type TestAzurite,
  type TestEmulator,
} from "../harness";

/** The promotion's stacks. */
export const STACKS = ["dev", "prod"] as const;
/** One of {@link STACKS}. */
export type StackName = (typeof STACKS)[number];
/** The example's Pulumi project name (examples/promotion/Pulumi.yaml). */
export const PROJECT = "batch-promotion";

/** The running pieces of a team test; see the module comment. */
export interface TeamFixture {
  emu: TestEmulator;
  azurite: TestAzurite;
  /** The mirrored project directory (PROMOTE_WORK_DIR). */
  projectDir: string;
  keys: Record<StackName, string>;
  /** Each stack's own secrets passphrase (DEV_/PROD_PULUMI_CONFIG_PASSPHRASE of the promotion). */
  passphrases: Record<StackName, string>;
  accounts: Record<StackName, string>;
  clients: Record<StackName, BatchClient>;
  /** Every CLI run and promote run so far, for the plaintext-secret search. */
  history: CliResult[];
  /**
   * `pulumi <args> --stack <stack>` in the project, state in Azurite, that stack's account and
   * passphrase (or `options.passphrase`) in the environment.
   */
  cli(
    stack: StackName,
    args: string[],
    options?: Partial<RunPulumiOptions> & { passphrase?: string },
  ): Promise<CliResult>;
  /** `npm run promote` from the repository root with the pipeline's variables (plus `extra`). */
  promote(extra?: Record<string, string | undefined>): Promise<CliResult>;
  /** Stops the emulator and Azurite and removes the temp directory. */
  stop(): Promise<void>;
}

/** Starts the emulator and Azurite and mirrors the example (see the module comment). */
export async function startTeam(): Promise<TeamFixture> {
  const keys = { dev: randomKey(), prod: randomKey() };
  const passphrases = { dev: `dev-${randomKey()}`, prod: `prod-${randomKey()}` };
  const accounts = {
    dev: `dev${randomBytes(3).toString("hex")}`,
    prod: `prod${randomBytes(3).toString("hex")}`,
  };
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-azure-batch-team-"));
  const started: Array<() => Promise<void>> = [
    async () => fs.rmSync(tempRoot, { recursive: true, force: true }),
  ];
  const stop = async () => {
    for (const undo of started.reverse()) await undo().catch(() => undefined);
  };
  try {
    const emu = await startTestEmulator({
      accounts: STACKS.map((s) => ({ name: accounts[s], key: keys[s] })),
    });
    started.push(() => emu.stop());
    const azurite = await startAzurite();
    started.push(() => azurite.stop());
    const clients = {} as Record<StackName, BatchClient>;
    for (const s of STACKS) {
      clients[s] = new BatchClient({
        endpoint: emu.emulator.endpoint(accounts[s]),
        auth: { kind: "sharedKey", accountName: accounts[s], accountKey: keys[s] },
      });
      started.push(() => clients[s].close());
    }
    const projectDir = mirrorExample(tempRoot);
    const pulumiHome = path.join(tempRoot, "pulumi-home");
    fs.mkdirSync(pulumiHome);
    const history: CliResult[] = [];
    const baseEnv = (extra: Record<string, string | undefined>) =>
      offlineEnv({ backendUrl: azurite.backendUrl, pulumiHome, extra: { ...azurite.env, ...extra } });
    const record = (result: CliResult) => (history.push(result), result);
    return {
      emu,
      azurite,
      projectDir,
      keys,
      passphrases,
      accounts,
      clients,
      history,
      cli: (stack, args, { passphrase, ...options } = {}) =>
        runPulumi([...args, "--stack", stack, "--non-interactive", "--color", "never"], {
          cwd: projectDir,
          env: baseEnv({
            AZURE_BATCH_ENDPOINT: emu.emulator.endpoint(accounts[stack]),
            AZURE_BATCH_ACCOUNT: accounts[stack],
            AZURE_BATCH_ACCESS_KEY: keys[stack],
            PULUMI_CONFIG_PASSPHRASE: passphrase ?? passphrases[stack],
          }),
          ...options,
        }).then(record, (err) => {
          if (err?.result) record(err.result);
          throw err;
        }),
      promote: async (extra = {}) => {
        const env = baseEnv({
          // The caller's Batch variables would be a third account: the promotion must not need them.
          AZURE_BATCH_ENDPOINT: undefined,
          AZURE_BATCH_ACCOUNT: undefined,
          AZURE_BATCH_ACCESS_KEY: undefined,
          PROMOTE_WORK_DIR: projectDir,
          // No shared passphrase: each stack's own one.
          PULUMI_CONFIG_PASSPHRASE: undefined,
          ...Object.fromEntries(
            STACKS.flatMap((s) => [
              [`${s.toUpperCase()}_PULUMI_CONFIG_PASSPHRASE`, passphrases[s]],
              [`${s.toUpperCase()}_BATCH_ENDPOINT`, emu.emulator.endpoint(accounts[s])],
              [`${s.toUpperCase()}_BATCH_ACCOUNT`, accounts[s]],
              [`${s.toUpperCase()}_BATCH_ACCESS_KEY`, keys[s]],
            ]),
          ),
          ...extra,
        });
        return record(await runCommand("npm", ["run", "--silent", "promote"], env));
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A fresh 64-byte account key, base64 like Batch's. */
function randomKey(): string {
  return randomBytes(64).toString("base64");
}

/** Copies the example's Pulumi*.yaml under `root` with `main` pointing at the real index.ts. */
function mirrorExample(root: string): string {
  const example = path.join(REPO_ROOT, "examples", "promotion");
  const projectDir = path.join(root, "promotion");
  fs.mkdirSync(projectDir);
  for (const file of fs.readdirSync(example).filter((f) => f.endsWith(".yaml")))
    fs.copyFileSync(path.join(example, file), path.join(projectDir, file));
  const projectFile = path.join(projectDir, "Pulumi.yaml");
  const main = `main: ${JSON.stringify(path.join(example, "index.ts"))}`;
  fs.writeFileSync(projectFile, fs.readFileSync(projectFile, "utf8").replace(/^main: .*$/m, main));
  return projectDir;
}

/** Runs a command in the repository root; resolves with its output and exit code, whatever it is. */
function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // Own process group: nothing it started (CLI, language host, providers) outlives it.
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => kill(child.pid), 5 * 60_000);
    child.on("error", (err) => (clearTimeout(timer), reject(err)));
    child.on("close", (code) => {
      clearTimeout(timer);
      kill(child.pid);
      resolve({
        command: `${command} ${args.join(" ")}`,
        code,
        stdout,
        stderr,
        durationMs: Date.now() - started,
      });
    });
  });
}

/** SIGKILLs a process group that may be gone already. */
function kill(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already exited.
  }
}
