/**
 * A throw-away Pulumi stack for end-to-end tests: a temp project directory (Pulumi.yaml pointing
 * at a compiled program, a TypeScript source file or an inline program) or a project directory the
 * test made itself, a temp file:// backend and PULUMI_HOME, a unique stack name, and the real CLI
 * run with the offline environment. `dispose()` removes the stack and every temp directory,
 * whatever happened before.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { offlineEnv } from "./offlineEnv";
import { REPO_ROOT } from "./paths";
import { CliResult, DEFAULT_COMMAND_TIMEOUT_MS, runPulumi } from "./runPulumi";

/** A config value; `secret: true` stores it encrypted (`pulumi config set --secret`). */
export type ConfigValue = string | { value: string; secret: true };

/** Options of {@link PulumiTestStack.create}. */
export interface TestStackOptions {
  /**
   * The program:
   * - an absolute path to an entry file: compiled JavaScript (see `compiledProgram()`; run with
   *   `runtime.options.typescript: false`, as a JavaScript project would) or a TypeScript source
   *   (see `sourceProgram()`; run through Pulumi's TypeScript path with the tsconfig beside it);
   * - `{ source }`: the text of an index.js written into the temp project (it resolves
   *   `@pulumi/pulumi` and `pulumi-azure-batch` through a node_modules link to the repository);
   * - `{ projectDir }`: a directory the caller prepared with its own Pulumi.yaml (and package.json,
   *   node_modules, …); commands run there and the caller removes it.
   */
  program: string | { source: string } | { projectDir: string };
  /** Project name (default "e2e"); config keys without a namespace get it. */
  project?: string;
  /** Stack name prefix (default "test"); a random suffix makes it unique. */
  stackPrefix?: string;
  /** Stack config, e.g. `{ "e2e:message": "hi", "e2e:key": { value: k, secret: true } }`. */
  config?: Record<string, ConfigValue>;
  /** Extra environment, e.g. `emulatorEnv(emulator)`; per-command `env` adds to it. */
  env?: Record<string, string | undefined>;
  /** Per-command timeout (default 3 minutes). */
  timeoutMs?: number;
}

/** Options of one command. */
export interface CommandOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Resolve with the result instead of rejecting when the command fails. */
  allowFailure?: boolean;
}

/** Sixteen random hex characters: names unique across parallel tests and runs. */
export function uniqueSuffix(): string {
  return randomBytes(8).toString("hex");
}

/** A temp stack driven through the real Pulumi CLI (see the module comment). */
export class PulumiTestStack {
  /** Every command run so far, for diagnostics. */
  readonly history: CliResult[] = [];
  private disposed = false;

  private constructor(
    /** Root of this stack's temp directories. */
    readonly tempRoot: string,
    /** The Pulumi project directory (Pulumi.yaml, Pulumi.<stack>.yaml). */
    readonly projectDir: string,
    readonly backendDir: string,
    readonly pulumiHome: string,
    readonly project: string,
    readonly stackName: string,
    private readonly baseEnv: Record<string, string | undefined>,
    private readonly timeoutMs: number,
  ) {}

  /** Creates the temp project, backend and stack (`pulumi stack init`) and sets the config. */
  static async create(options: TestStackOptions): Promise<PulumiTestStack> {
    const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-azure-batch-e2e-"));
    const own = typeof options.program === "object" && "projectDir" in options.program;
    const projectDir = own
      ? (options.program as { projectDir: string }).projectDir
      : path.join(tempRoot, "project");
    const backendDir = path.join(tempRoot, "backend");
    const pulumiHome = path.join(tempRoot, "pulumi-home");
    for (const dir of own ? [backendDir, pulumiHome] : [projectDir, backendDir, pulumiHome])
      fs.mkdirSync(dir);
    const project = options.project ?? "e2e";
    const stack = new PulumiTestStack(
      tempRoot,
      projectDir,
      backendDir,
      pulumiHome,
      project,
      `${options.stackPrefix ?? "test"}-${uniqueSuffix()}`,
      options.env ?? {},
      options.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    );
    try {
      if (typeof options.program === "string" || "source" in options.program) {
        let main: string;
        if (typeof options.program === "string") {
          main = options.program;
        } else {
          main = path.join(projectDir, "index.js");
          fs.writeFileSync(main, options.program.source);
          fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(projectDir, "node_modules"), "dir");
        }
        // JavaScript entry points skip loading ts-node (a second or so per command), as a
        // JavaScript project would say in its Pulumi.yaml; TypeScript ones get Pulumi's default.
        const runtime = main.endsWith(".ts")
          ? "runtime: nodejs"
          : "runtime:\n  name: nodejs\n  options:\n    typescript: false";
        // JSON strings are valid YAML scalars: no quoting surprises with paths.
        fs.writeFileSync(
          path.join(projectDir, "Pulumi.yaml"),
          `name: ${JSON.stringify(project)}\n${runtime}\nmain: ${JSON.stringify(main)}\n`,
        );
      }
      await stack.run(["stack", "init", stack.stackName]);
      await stack.setConfig(options.config ?? {});
      return stack;
    } catch (err) {
      await stack.dispose();
      throw err;
    }
  }

  /** Runs `pulumi <args>` in the project directory with the offline environment. */
  async run(args: string[], options: CommandOptions = {}): Promise<CliResult> {
    if (this.disposed) throw new Error(`stack ${this.stackName} is disposed`);
    const env = offlineEnv({
      backendDir: this.backendDir,
      pulumiHome: this.pulumiHome,
      extra: { ...this.baseEnv, ...options.env },
    });
    const result = await runPulumi([...args, "--non-interactive", "--color", "never"], {
      cwd: this.projectDir,
      env,
      timeoutMs: options.timeoutMs ?? this.timeoutMs,
      allowFailure: options.allowFailure,
    }).catch((err) => {
      if (err && typeof err === "object" && "result" in err) this.history.push(err.result as CliResult);
      throw err;
    });
    this.history.push(result);
    return result;
  }

  /** Sets config values in one command (`pulumi config set-all`). */
  async setConfig(config: Record<string, ConfigValue>): Promise<void> {
    const args: string[] = [];
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === "string") args.push("--plaintext", `${key}=${value}`);
      else args.push("--secret", `${key}=${value.value}`);
    }
    if (args.length > 0) await this.run(["config", "set-all", "--stack", this.stackName, ...args]);
  }

  /** `pulumi up --yes --skip-preview`. */
  up(options: CommandOptions = {}): Promise<CliResult> {
    return this.run(["up", "--yes", "--skip-preview", "--stack", this.stackName], options);
  }

  /** `pulumi preview`, with `--expect-no-changes` (fails on any change) when asked. */
  preview(
    options: CommandOptions & { expectNoChanges?: boolean; refresh?: boolean } = {},
  ): Promise<CliResult> {
    const args = ["preview", "--stack", this.stackName];
    if (options.expectNoChanges) args.push("--expect-no-changes");
    if (options.refresh) args.push("--refresh");
    return this.run(args, options);
  }

  /** `pulumi refresh --yes`, with `--expect-no-changes` when asked. */
  refresh(options: CommandOptions & { expectNoChanges?: boolean } = {}): Promise<CliResult> {
    const args = ["refresh", "--yes", "--skip-preview", "--stack", this.stackName];
    if (options.expectNoChanges) args.push("--expect-no-changes");
    return this.run(args, options);
  }

  /** `pulumi destroy --yes`. */
  destroy(options: CommandOptions = {}): Promise<CliResult> {
    return this.run(["destroy", "--yes", "--skip-preview", "--stack", this.stackName], options);
  }

  /** The stack outputs (`pulumi stack output --json`); `showSecrets` reveals secret outputs. */
  async outputs(options: { showSecrets?: boolean } = {}): Promise<Record<string, unknown>> {
    const args = ["stack", "output", "--json", "--stack", this.stackName];
    if (options.showSecrets) args.push("--show-secrets");
    return JSON.parse((await this.run(args)).stdout) as Record<string, unknown>;
  }

  /** The stack's checkpoint (`pulumi stack export`): `deployment.resources` lists the resources. */
  async exportState(): Promise<{
    version: number;
    deployment: { resources?: Array<Record<string, unknown>> };
  }> {
    return JSON.parse((await this.run(["stack", "export", "--stack", this.stackName])).stdout);
  }

  /** Removes the stack (`stack rm --force`, even with resources left) and every temp directory. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    try {
      await this.run(["stack", "rm", "--yes", "--force", "--stack", this.stackName], {
        allowFailure: true,
        timeoutMs: 60_000,
      });
    } catch {
      // Best effort: the temp backend goes away below anyway.
    } finally {
      this.disposed = true;
      fs.rmSync(this.tempRoot, { recursive: true, force: true });
    }
  }
}

/** Creates a stack, runs `body` with it, and always disposes of it. */
export async function withTestStack<T>(
  options: TestStackOptions,
  body: (stack: PulumiTestStack) => Promise<T>,
): Promise<T> {
  const stack = await PulumiTestStack.create(options);
  try {
    return await body(stack);
  } finally {
    await stack.dispose();
  }
}
