/**
 * Shared set-up of the Certificate integration tests: an emulator on port 0, a client, the provider
 * connection (explicit `batchAccount` input) and helpers for pools referencing a certificate.
 */
import { BatchClient } from "../../../provider/client";
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator, type Timings } from "../../../emulator";

/** A running emulator plus what the tests need around it. */
export interface CertificateEnv {
  emulator: RunningEmulator;
  client: BatchClient;
  /** The provider's explicit connection input. */
  batchAccount: { endpoint: string; accountName: string; accountKey: string };
  stop(): Promise<void>;
}

/** Starts an emulator (fast timings, optionally overridden) and a client for the dev account. */
export async function startCertificateEnv(timings?: Partial<Timings>): Promise<CertificateEnv> {
  const emulator = await startEmulator({ port: 0, timings: timings ?? "fast" });
  const endpoint = emulator.endpoint(DEV_ACCOUNT);
  const client = new BatchClient({
    endpoint,
    auth: { kind: "sharedKey", accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
  });
  return {
    emulator,
    client,
    batchAccount: { endpoint, accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
    stop: async () => {
      await client.close();
      await emulator.stop();
    },
  };
}

/** Adds a pool (no nodes) whose certificateReferences name the given thumbprint. */
export async function addPoolReferencing(
  client: BatchClient,
  poolId: string,
  thumbprint: string,
): Promise<void> {
  await client.pools.add({
    id: poolId,
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: {
      imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    },
    targetDedicatedNodes: 0,
    certificateReferences: [{ thumbprint, thumbprintAlgorithm: "sha1" }],
  });
}

let counter = 0;
/** A pool id unique within the test run. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter++}`;
}
