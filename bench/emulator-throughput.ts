/**
 * GET-pool throughput and latency of the emulator under autocannon on loopback, 16 connections,
 * every request SharedKey-verified (HMAC included).
 *
 * The request is signed once with this library's signer and replayed: a SharedKey signature
 * covers the ocp-date, and the emulator, like Batch, accepts a date within 15 minutes of its clock,
 * so replaying the same signed request for a few seconds is what a real client's traffic costs the
 * verifier. Run: `npx tsc -p tsconfig.json && node dist/bench/emulator-throughput.js [seconds]`.
 * Targets (issue 16): >= 25,000 req/s, p99 < 2 ms on 2 cores (bare node:http serving the same
 * JSON: ~52,000 req/s).
 */
import { execFile } from "node:child_process";
import { DEV_ACCOUNT, DEV_KEY, startEmulator } from "../emulator";
import { sharedKeyAuthorization } from "../provider/client/auth/sharedKey";
import { isQuick, recordFigure, verdict } from "./report";

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
function autocannon(url: string, headers: Record<string, string>, seconds: number): Promise<CannonResult> {
  const cli = require.resolve("autocannon/autocannon.js");
  const h = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]);
  const args = [cli, "-c", "16", "-d", String(seconds), "-j", ...h, url];
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout) as CannonResult),
    ),
  );
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? (isQuick() ? 1 : 5));
  const emu = await startEmulator({ port: 0 });
  try {
    const endpoint = emu.endpoint();
    const signed = (method: string, url: string, extra: Record<string, string> = {}) => {
      const headers: Record<string, string> = { "ocp-date": new Date().toUTCString(), ...extra };
      headers.authorization = sharedKeyAuthorization({ method, url, headers }, DEV_ACCOUNT, DEV_KEY);
      return headers;
    };
    const body = JSON.stringify({
      id: "benchpool",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
        nodeAgentSKUId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 2,
    });
    const createUrl = `${endpoint}/pools?api-version=2024-07-01.20.0`;
    const type = { "content-type": "application/json; odata=minimalmetadata" };
    const create = await fetch(createUrl, {
      method: "POST",
      headers: signed("POST", createUrl, { ...type, "content-length": String(Buffer.byteLength(body)) }),
      body,
    });
    if (create.status !== 201) throw new Error(`create failed: ${create.status} ${await create.text()}`);
    const getUrl = `${endpoint}/pools/benchpool?api-version=2024-07-01.20.0`;
    const result = await autocannon(getUrl, signed("GET", getUrl), seconds);
    const rps = result.requests.average;
    const p99 = result.latency.p99;
    const rpsMet = recordFigure("emulator.getPool.sharedKey.c16.reqPerSec", rps, "req/s", ">= 25000");
    const p99Met = recordFigure("emulator.getPool.sharedKey.c16.p99Ms", p99, "ms", "< 2");
    console.log(
      `emulator GET pool, SharedKey, 16 connections: ${Math.round(rps)} req/s (total ${result.requests.total} in ${seconds}s), latency p50 ${result.latency.p50} ms, p99 ${p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    console.log(`targets: >= 25000 req/s ${verdict(rpsMet)}; p99 < 2 ms ${verdict(p99Met)}`);
    if (result.non2xx > 0 || result.errors > 0) throw new Error("the emulator refused or failed requests");
  } finally {
    await emu.stop();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
