/**
 * The Batch emulator for end-to-end tests, started in-process on port 0, and the environment
 * variables that point a Pulumi program (and its dynamic providers) at it.
 */
import * as path from "path";
import { REPO_ROOT } from "./paths";

/** A running emulator as the tests see it. */
export interface TestEmulator {
  /** Account endpoint, `http://127.0.0.1:<port>/<account>`. */
  endpoint: string;
  account: string;
  key: string;
  /** Stops the server; call it in `afterAll`/`finally`. */
  stop(): Promise<void>;
}

/** What we rely on from the handle `startEmulator()` resolves to (emulator/index.ts). */
interface EmulatorHandle {
  endpoint?: string;
  url?: string;
  account?: string;
  accountName?: string;
  key?: string;
  accountKey?: string;
  close?: () => Promise<void> | void;
  stop?: () => Promise<void> | void;
}

type StartEmulator = (options?: Record<string, unknown>) => Promise<EmulatorHandle>;

/**
 * Starts the emulator in-process (FAST timings unless `options` say otherwise). It is loaded at
 * call time, so test files that do not use it do not depend on emulator/ compiling.
 */
export async function startTestEmulator(options: Record<string, unknown> = {}): Promise<TestEmulator> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(REPO_ROOT, "emulator")) as { startEmulator?: StartEmulator };
  if (typeof mod.startEmulator !== "function")
    throw new Error("emulator/index.ts does not export startEmulator()");
  const handle = await mod.startEmulator({ port: 0, timings: "fast", ...options });
  const account = handle.account ?? handle.accountName ?? "devbatch";
  const endpoint = handle.endpoint ?? `${String(handle.url).replace(/\/+$/, "")}/${account}`;
  const key = handle.key ?? handle.accountKey;
  if (!key) throw new Error("the emulator handle has no account key");
  return {
    endpoint,
    account,
    key,
    stop: async () => {
      await (handle.stop ?? handle.close)?.call(handle);
    },
  };
}

/** AZURE_BATCH_ENDPOINT / AZURE_BATCH_ACCOUNT / AZURE_BATCH_ACCESS_KEY for a CLI run. */
export function emulatorEnv(
  emulator: Pick<TestEmulator, "endpoint" | "account" | "key">,
): Record<string, string> {
  return {
    AZURE_BATCH_ENDPOINT: emulator.endpoint,
    AZURE_BATCH_ACCOUNT: emulator.account,
    AZURE_BATCH_ACCESS_KEY: emulator.key,
  };
}
