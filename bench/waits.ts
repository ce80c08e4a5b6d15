/**
 * The wait loops: how late the provider notices a state change of the service, and how many
 * polls a wait costs, with the provider's default poll settings (no AZURE_BATCH_POLL_INTERVAL_MS)
 * against the emulator with realistic timings:
 *
 * - a pool allocation (create with 1 dedicated node, wait for `allocationState` steady), for
 *   allocations of 8 s and 30 s: "late" = when `create` returned minus the pool's own
 *   `allocationStateTransitionTime`;
 * - a certificate deletion (delete, wait for 404), 3 s: "late" = when `delete` returned minus
 *   the moment the emulator drops it (delete request + `certificateDeleteMs`).
 *
 * Target (issue 16): at most one backoff step late, polls growing with the log of the wait.
 * Run after a build: `node dist/bench/waits.js` (`--quick` in run.ts: 0.2 s waits).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../emulator";
import type { Timings } from "../emulator/config";
import * as certificate from "../provider/certificate";
import * as pool from "../provider/pool";
import { isQuick, recordFigure } from "./report";

type Rec = Record<string, unknown>;

/** The provider's backoff (provider/client/wait.ts): first interval, ×1.5 per poll, capped. */
function backoffStepAt(firstMs: number, capMs: number, polls: number): number {
  let interval = firstMs;
  for (let i = 1; i < polls - 1; i++) interval = Math.min(capMs, Math.ceil(interval * 1.5));
  return interval;
}

async function withEmulator<T>(
  timings: Partial<Timings>,
  fn: (em: RunningEmulator) => Promise<T>,
): Promise<T> {
  const em = await startEmulator({ port: 0, timings: { ...timings } });
  Object.assign(process.env, {
    AZURE_BATCH_ENDPOINT: em.endpoint(),
    AZURE_BATCH_ACCOUNT: DEV_ACCOUNT,
    AZURE_BATCH_ACCESS_KEY: DEV_KEY,
  });
  delete process.env.AZURE_BATCH_POLL_INTERVAL_MS;
  try {
    return await fn(em);
  } finally {
    await em.stop();
  }
}

async function poolAllocation(allocationMs: number): Promise<void> {
  await withEmulator({ poolResizeMs: allocationMs, nodeStartMs: 1000 }, async (em) => {
    const id = `wait-pool-${allocationMs}`;
    const inputs = (
      await pool.check(
        {},
        {
          poolId: id,
          vmSize: "standard_d2s_v3",
          virtualMachineConfiguration: {
            imageReference: {
              publisher: "canonical",
              offer: "0001-com-ubuntu-server-jammy",
              sku: "22_04-lts",
            },
            nodeAgentSKUId: "batch.node.ubuntu 22.04",
          },
          targetDedicatedNodes: 1,
        },
      )
    ).inputs as Rec;
    em.clearRequests();
    const created = await pool.create(inputs);
    const returnedAt = Date.now();
    const polls = em.requests().filter((r) => r.operation === "Pools_GetPool").length;
    const live = (await pool.read(created.id, created.outs)).props as Rec;
    const transition = Date.parse(String(live.allocationStateTransitionTime));
    const lateMs = returnedAt - transition;
    const step = backoffStepAt(1000, 15_000, polls);
    report(
      `pool allocation ${allocationMs / 1000}s`,
      `waits.poolAllocation.${allocationMs}`,
      lateMs,
      polls,
      step,
    );
    await pool.delete(created.id, created.outs);
  });
}

async function certificateDeletion(deleteMs: number): Promise<void> {
  await withEmulator({ certificateDeleteMs: deleteMs }, async (em) => {
    const cer = readFileSync(path.join(__dirname, "../../test/fixtures/certificates/test-rsa.cer"));
    const inputs = (await certificate.check({}, { data: cer.toString("base64"), certificateFormat: "cer" }))
      .inputs as Rec;
    const created = await certificate.create(inputs);
    em.clearRequests();
    await certificate.delete(created.id, created.outs as Rec);
    const returnedAt = Date.now();
    const log = em.requests();
    const del = log.find((r) => r.operation === "Certificates_DeleteCertificate");
    if (!del) throw new Error("bench: the certificate delete was not sent");
    const gone = Date.parse(del.time) + deleteMs;
    const polls = log.filter((r) => r.operation === "Certificates_GetCertificate").length;
    const step = backoffStepAt(2000, 15_000, polls);
    report(
      `certificate deletion ${deleteMs / 1000}s`,
      `waits.certificateDeletion.${deleteMs}`,
      returnedAt - gone,
      polls,
      step,
    );
  });
}

function report(label: string, key: string, lateMs: number, polls: number, stepMs: number): void {
  const met = recordFigure(`${key}.lateMs`, lateMs, "ms", `<= ${stepMs}`);
  recordFigure(`${key}.polls`, polls, "count");
  console.log(
    `${label.padEnd(26)} noticed ${(lateMs / 1000).toFixed(2)} s after the change (last backoff step ${(stepMs / 1000).toFixed(2)} s: ${met ? "within one step" : "LATER than one step"}), ${polls} polls`,
  );
}

async function main(): Promise<void> {
  const quiet = console.error;
  console.error = () => undefined; // the providers' progress lines
  try {
    for (const ms of isQuick() ? [200] : [8000, 30_000]) await poolAllocation(ms);
    await certificateDeletion(isQuick() ? 200 : 3000);
  } finally {
    console.error = quiet;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
