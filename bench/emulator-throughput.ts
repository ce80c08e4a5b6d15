/**
 * GET-pool throughput and latency of the emulator under autocannon on loopback.
 *
 * Auth: SharedKey signatures cover ocp-date, so a pre-signed request cannot be replayed honestly for
 * seconds; the load test therefore uses the emulator's dev Bearer token (`devToken`), which exercises
 * the whole pipeline (faults check, auth, routing, validation, handler, serialization, request log)
 * except the HMAC. Run: `npx tsc -p tsconfig.json && node dist/bench/emulator-throughput.js [seconds]`.
 * Targets: >= 5,000 req/s on 2 cores, p99 < 10 ms.
 */
import { execFile } from "node:child_process";
import { startEmulator } from "../emulator";

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}

/**
 * Runs autocannon's CLI in a child process so the load generator does not share the emulator's
 * event loop (on 2 cores an in-process generator halves the figure being measured).
 */
function autocannon(url: string, header: string, seconds: number): Promise<CannonResult> {
  const cli = require.resolve("autocannon/autocannon.js");
  const args = [cli, "-c", "10", "-d", String(seconds), "-j", "-H", header, url];
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout) as CannonResult),
    ),
  );
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 5);
  const devToken = "bench-token";
  const emu = await startEmulator({ devToken });
  try {
    const endpoint = emu.endpoint();
    const headers = {
      authorization: `Bearer ${devToken}`,
      "content-type": "application/json; odata=minimalmetadata",
    };
    const create = await fetch(`${endpoint}/pools?api-version=2024-07-01.20.0`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        id: "benchpool",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: {
          imageReference: { publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" },
          nodeAgentSKUId: "batch.node.ubuntu 22.04",
        },
        targetDedicatedNodes: 2,
      }),
    });
    if (create.status !== 201) throw new Error(`create failed: ${create.status}`);
    const result = await autocannon(
      `${endpoint}/pools/benchpool?api-version=2024-07-01.20.0`,
      `authorization=${headers.authorization}`,
      seconds,
    );
    const rps = result.requests.average;
    const p99 = result.latency.p99;
    console.log(
      `emulator GET pool: ${Math.round(rps)} req/s (total ${result.requests.total} in ${seconds}s), latency p50 ${result.latency.p50} ms, p99 ${p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    console.log(
      `targets: >= 5000 req/s ${rps >= 5000 ? "MET" : "MISSED"}; p99 < 10 ms ${p99 < 10 ? "MET" : "MISSED"}`,
    );
  } finally {
    await emu.stop();
  }
}

void main();
