/**
 * The pool the emulator benchmarks create and then GET (`emulator-throughput.ts`,
 * `emulator-inprocess.ts`): the same body in both, so their per-request figures describe the
 * same answer.
 */

/** Id of the benchmark pool. */
export const BENCH_POOL_ID = "benchpool";

/** The create body of the benchmark pool, as sent (JSON text). */
export const BENCH_POOL_BODY = JSON.stringify({
  id: BENCH_POOL_ID,
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 2,
});
