/**
 * Runs the emulator in a child Node process for client benchmarks, so its CPU and memory are not
 * billed to the client being measured. `startEmulatorChild()` forks this file; run as the main module
 * it starts the emulator (fast timings) and reports its endpoint over IPC.
 */
import { fork } from "node:child_process";

/** The emulator's account and its well-known key (the emulator's default development account). */
export const BENCH_ACCOUNT = "devbatch";
/** The development account key the emulator accepts for {@link BENCH_ACCOUNT}. */
export const BENCH_KEY =
  "yH+2RaKOltF3ZvseOBxNzKAqc9PL9IKGcKBKoNRuowcozar5JGUKgDmncg05jXXYFC2SNtSMZNHKY0eJ6WOjVQ==";

/** A running emulator child: its account endpoint, and `stop()` resolving the child's peak RSS in KB. */
export interface EmulatorChild {
  endpoint: string;
  stop: () => Promise<number>;
}

/** Forks an emulator child and resolves once it listens. */
export function startEmulatorChild(): Promise<EmulatorChild> {
  const child = fork(__filename, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("message", (m: { endpoint: string }) =>
      resolve({
        endpoint: m.endpoint,
        stop: () =>
          new Promise<number>((done) => {
            child.once("message", (r: { maxRssKb: number }) => {
              child.kill();
              done(r.maxRssKb);
            });
            child.send("stop");
          }),
      }),
    );
  });
}

async function serve(): Promise<void> {
  const { startEmulator } = await import("../emulator");
  const emu = await startEmulator({ port: 0, timings: "fast" });
  process.send!({ endpoint: emu.endpoint(BENCH_ACCOUNT) });
  process.on("message", async () => {
    await emu.stop();
    process.send!({ maxRssKb: process.resourceUsage().maxRSS });
  });
}

if (require.main === module) {
  serve().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
