/**
 * Processes the crash tests interrupt: a `pulumi up` started in the background (so it can get a
 * SIGINT or SIGKILL mid-operation) and the emulator as a child process with a data directory (so
 * it can be killed with SIGKILL mid-write and restarted on the same state).
 */
import { spawn, type ChildProcess } from "child_process";
import * as path from "path";
import { offlineEnv, pulumiBinary, REPO_ROOT, type CliResult, type PulumiTestStack } from "../harness";

/** A CLI command running in the background. */
export interface RunningCommand {
  /** Resolves when the command exited, with what it printed. */
  done: Promise<CliResult>;
  /**
   * Sends a signal the way a terminal's Ctrl+C (SIGINT) or a CI runner's kill (SIGKILL) would:
   * to the whole process group (CLI, language host, program, providers).
   */
  signal(signal: NodeJS.Signals): void;
}

/** Starts `pulumi <args>` for `stack` without waiting for it (see {@link RunningCommand}). */
export function startCommand(
  stack: PulumiTestStack,
  env: Record<string, string>,
  args: string[],
): RunningCommand {
  const started = Date.now();
  const fullArgs = [...args, "--stack", stack.stackName, "--non-interactive", "--color", "never"];
  const child = spawn(pulumiBinary(), fullArgs, {
    cwd: stack.projectDir,
    env: offlineEnv({ backendDir: stack.backendDir, pulumiHome: stack.pulumiHome, extra: env }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  child.stderr?.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // A SIGINT'ed CLI that does not stop within the limit is killed, so a test never hangs on it.
  const limit = setTimeout(() => killGroup("SIGKILL"), 180_000);
  const done = new Promise<CliResult>((resolve) => {
    child.on("close", (code) => {
      clearTimeout(limit);
      // Plugins left behind by a killed CLI must not outlive it.
      killGroup("SIGKILL");
      resolve({
        command: `pulumi ${fullArgs.join(" ")}`,
        code,
        stdout,
        stderr,
        durationMs: Date.now() - started,
      });
    });
  });
  return { done, signal: killGroup };
}

/** The emulator as a child process. */
export interface EmulatorProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** SIGKILL and wait for the exit. */
  kill9(): Promise<void>;
  /** SIGTERM (flushes the store) and wait for the exit. */
  stop(): Promise<void>;
}

/** Starts `node dist/emulator/cli.js --port 0 --data-dir <dataDir> --timings fast`. */
export async function startEmulatorProcess(dataDir: string): Promise<EmulatorProcess> {
  const cli = path.join(REPO_ROOT, "dist", "emulator", "cli.js");
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, "--port", "0", "--data-dir", dataDir, "--timings", "fast"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${out}`)), 30_000);
    child.stdout?.setEncoding("utf8").on("data", (c: string) => {
      out += c;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code}: ${out}`));
    });
  });
  const signal = async (s: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(s);
    await exited;
  };
  return { url, kill9: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}
