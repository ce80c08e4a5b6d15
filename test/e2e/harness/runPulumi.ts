/**
 * Runs one Pulumi CLI command as a child process: captured stdout/stderr, a per-command timeout
 * that kills the whole process tree (CLI, language host, program, providers), and an error that
 * carries the output when the command fails.
 */
import { spawn } from "child_process";
import { pulumiBinary } from "./paths";

/** What a finished CLI command left behind. */
export interface CliResult {
  /** The command line, for messages. */
  command: string;
  /** Exit code (null when killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Options of {@link runPulumi}. */
export interface RunPulumiOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Kill the command after this long (default 3 minutes). */
  timeoutMs?: number;
  /** Resolve instead of rejecting on a non-zero exit code. */
  allowFailure?: boolean;
  /**
   * Aborting SIGKILLs the command's process tree, as a cancelled CI job or a crashed runner
   * would; the result (code null) resolves when `allowFailure` is set, else rejects.
   */
  signal?: AbortSignal;
}

/** Keeps error messages readable: the last `max` characters of a stream. */
function tail(text: string, max = 6000): string {
  return text.length <= max ? text : `…${text.slice(-max)}`;
}

/** A CLI command that exited non-zero or timed out; `result` has the full output. */
export class PulumiCommandError extends Error {
  constructor(
    message: string,
    readonly result: CliResult,
  ) {
    super(`${message}\n--- stdout ---\n${tail(result.stdout)}\n--- stderr ---\n${tail(result.stderr)}`);
    this.name = "PulumiCommandError";
  }
}

/** Default per-command timeout. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 180_000;

/** Runs `pulumi <args>`; rejects with {@link PulumiCommandError} on failure or timeout. */
export function runPulumi(args: string[], options: RunPulumiOptions): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const command = `pulumi ${args.join(" ")}`;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout can kill the CLI and everything it started.
    const child = spawn(pulumiBinary(), args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const abort = () => killGroup(child.pid);
    if (options.signal?.aborted) abort();
    else options.signal?.addEventListener("abort", abort, { once: true });
    const result = (code: number | null): CliResult => ({
      command,
      code,
      stdout,
      stderr,
      durationMs: Date.now() - started,
    });
    child.on("error", (err) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", abort);
      reject(new PulumiCommandError(`${command}: could not start: ${err.message}`, result(null)));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", abort);
      // Plugins the CLI did not stop (e.g. after a crash) must not outlive the command.
      killGroup(child.pid);
      const res = result(code);
      if (timedOut) reject(new PulumiCommandError(`${command}: timed out after ${timeoutMs} ms`, res));
      else if (code !== 0 && !options.allowFailure) {
        reject(new PulumiCommandError(`${command}: exited with code ${code}`, res));
      } else resolve(res);
    });
  });
}

/** SIGKILLs a process group, ignoring one that is already gone. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already exited.
  }
}
