/**
 * One isolated set-up per fault test: its own emulator (so ids and certificate thumbprints never
 * collide between parallel cells), a fault proxy in front of it, a direct client for the checks,
 * and a throw-away stack whose provider endpoint is the proxy. `dispose()` stops all of it.
 */
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import { BatchClient } from "../../../provider/client";
import { emulatorEnv, PulumiTestStack, uniqueSuffix } from "../harness";
import { startFaultProxy, type FaultProxy } from "../helpers/faultProxy";
import { FAULTS_PROGRAM } from "./program";

/** A running set-up (see the module comment). */
export interface FaultWorld {
  /** The in-process emulator (undefined when the caller passed `upstream`). */
  emulator?: RunningEmulator;
  proxy: FaultProxy;
  /** Talks to the emulator directly (never through the proxy); replaced by `setUpstream`. */
  client: BatchClient;
  stack: PulumiTestStack;
  /** The environment the stack's commands get (endpoint = the proxy). */
  env: Record<string, string>;
  /** Points the proxy and `client` at another emulator origin (after a restart). */
  setUpstream(origin: string): Promise<void>;
  poolId: string;
  scheduleId: string;
  dispose(): Promise<void>;
}

/** Options of {@link startFaultWorld}. */
export interface FaultWorldOptions {
  /** An emulator the caller started (and stops); one is started in-process otherwise. */
  upstream?: { url: string };
  /** Extra environment of every CLI command. */
  env?: Record<string, string>;
}

/** Starts the emulator, the proxy and the stack (config `faults:step` = `v1`). */
export async function startFaultWorld(options: FaultWorldOptions = {}): Promise<FaultWorld> {
  const emulator = options.upstream ? undefined : await startEmulator({ port: 0, timings: "fast" });
  const upstream = options.upstream?.url ?? (emulator as RunningEmulator).url;
  const proxy = await startFaultProxy({ upstream });
  const direct = (origin: string) =>
    new BatchClient({
      endpoint: `${origin}/${DEV_ACCOUNT}`,
      auth: { kind: "sharedKey", accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
    });
  const client = direct(upstream);
  const env = {
    ...emulatorEnv({ endpoint: proxy.endpoint(DEV_ACCOUNT), account: DEV_ACCOUNT, key: DEV_KEY }),
    AZURE_BATCH_POLL_INTERVAL_MS: "50",
    ...options.env,
  };
  const suffix = uniqueSuffix();
  const poolId = `pool-${suffix}`;
  const scheduleId = `schedule-${suffix}`;
  let stack: PulumiTestStack | undefined;
  const world = { client } as FaultWorld;
  const dispose = async (): Promise<void> => {
    await stack?.dispose();
    await world.client.close();
    await proxy.close();
    await emulator?.stop();
  };
  try {
    stack = await PulumiTestStack.create({
      program: { source: FAULTS_PROGRAM },
      project: "faults",
      stackPrefix: "faults",
      env,
      config: { "faults:poolId": poolId, "faults:scheduleId": scheduleId, "faults:step": "v1" },
    });
  } catch (e) {
    await dispose();
    throw e;
  }
  return Object.assign(world, {
    emulator,
    proxy,
    stack,
    env,
    poolId,
    scheduleId,
    dispose,
    setUpstream: async (origin: string) => {
      proxy.setUpstream(origin);
      const old = world.client;
      world.client = direct(origin);
      await old.close();
    },
  });
}
