/**
 * The Batch emulator for end-to-end tests, started in-process on port 0, and the environment
 * variables that point a Pulumi program (and its dynamic providers) at it.
 */
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../../emulator";

/** A running emulator plus the account the tests use (the first one served). */
export interface TestEmulator {
  /** The emulator itself: request log, faults, reset, other accounts' endpoints. */
  emulator: RunningEmulator;
  /** Account endpoint, `http://127.0.0.1:<port>/<account>`. */
  endpoint: string;
  account: string;
  key: string;
  /** Stops the server; call it in `afterAll`/`finally`. */
  stop(): Promise<void>;
}

/** Starts the emulator in-process: any free port, fast timings unless `options` say otherwise. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ timings: "fast", ...options, port: options.port ?? 0 });
  const [first] = emulator.accounts;
  return {
    emulator,
    endpoint: emulator.endpoint(first.name),
    account: first.name,
    key: first.key,
    stop: () => emulator.stop(),
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
