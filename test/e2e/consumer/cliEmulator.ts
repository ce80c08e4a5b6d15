/**
 * The emulator as a user starts it from their project: `npx azure-batch-emulator --port 0`
 * (the package's `bin`), its endpoint read from the first line it prints.
 */
import { spawn } from "child_process";
import { DEV_ACCOUNT, DEV_KEY } from "../../../emulator";

/** A running `npx azure-batch-emulator` and what a program needs to reach it. */
export interface CliEmulator {
  endpoint: string;
  account: string;
  key: string;
  /** Stops the emulator (SIGTERM to its process group, then SIGKILL). */
  stop(): Promise<void>;
}

/**
 * Starts the emulator with `npx` in `cwd` (the consumer project), on a free port, serving the
 * well-known development account (AZURE_BATCH_ACCOUNT/_ACCESS_KEY are not passed on: the CLI would
 * serve those instead).
 */
export function startCliEmulator(cwd: string, baseEnv: NodeJS.ProcessEnv): Promise<CliEmulator> {
  const env = { ...baseEnv };
  delete env.AZURE_BATCH_ACCOUNT;
  delete env.AZURE_BATCH_ACCESS_KEY;
  // Own process group: npx starts node, and both must go when the test ends.
  const child = spawn("npx", ["--no-install", "azure-batch-emulator", "--port", "0", "--timings", "fast"], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    kill("SIGTERM");
    const timer = setTimeout(() => kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`azure-batch-emulator printed no endpoint in 30 s\n${out}\n${err}`));
    }, 30_000);
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = new RegExp(`^${DEV_ACCOUNT}: (http://\\S+)$`, "m").exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ endpoint: match[1], account: DEV_ACCOUNT, key: DEV_KEY, stop });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`azure-batch-emulator exited with ${code}\n${out}\n${err}`));
    });
  });
}
