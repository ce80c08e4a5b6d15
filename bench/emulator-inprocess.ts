/**
 * The emulator's own CPU time per GET of one pool (SharedKey verified), without sockets: the
 * request listener is called in-process with a recorded request and a response that only records
 * what is written. Run: `npx tsc -p tsconfig.json && node dist/bench/emulator-inprocess.js [n]`;
 * `node --cpu-prof dist/bench/emulator-inprocess.js` profiles just the emulator's code.
 *
 * Why beside emulator-throughput: on a shared 2-core machine that benchmark's figures swing with the
 * neighbours' load (loopback writes, scheduling), while this one is what a change to the emulator's
 * hot path moves. CPU time (process.cpuUsage), not wall time: robust to being descheduled.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { PassThrough } from "node:stream";
import { DEV_ACCOUNT, DEV_KEY } from "../emulator";
import { defaultAccounts, resolveTimings } from "../emulator/config";
import type { EmulatorState } from "../emulator/context";
import { FaultInjector } from "../emulator/faults";
import { createRequestListener } from "../emulator/pipeline";
import { RequestLog } from "../emulator/requestLog";
import { MemoryStore } from "../emulator/store/MemoryStore";
import { sharedKeyAuthorization } from "../provider/client/auth/sharedKey";
import { BENCH_POOL_BODY, BENCH_POOL_ID } from "./benchPool";
import { isQuick, recordFigure } from "./report";

const HOST = "127.0.0.1:10100";
const API = "api-version=2024-07-01.20.0";

/** A response that keeps the status and body length (all the listener does with it is write). */
function recordingResponse() {
  const seen = { status: 0, headers: [] as unknown, bytes: 0 };
  const res = {
    writeHead(status: number, headers: unknown) {
      seen.status = status;
      seen.headers = headers;
      return res;
    },
    end(body?: string) {
      seen.bytes = body ? body.length : 0;
    },
  };
  return { res: res as unknown as ServerResponse, seen };
}

/** Headers as node:http hands them to a listener: lower-cased names. */
function signed(method: string, path: string, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { "ocp-date": new Date().toUTCString(), ...extra };
  headers.authorization = sharedKeyAuthorization(
    { method, url: `http://${HOST}${path}`, headers },
    DEV_ACCOUNT,
    DEV_KEY,
  );
  const out: Record<string, string> = { host: HOST };
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? (isQuick() ? 2000 : 100000));
  const state: EmulatorState = {
    store: new MemoryStore(),
    timings: resolveTimings("fast"),
    accounts: new Map(defaultAccounts().map((a) => [a.name.toLowerCase(), a])),
    log: new RequestLog(),
    faults: new FaultInjector(),
    maxClockSkewMs: 15 * 60 * 1000,
  };
  const listener = createRequestListener(state);
  const body = BENCH_POOL_BODY;
  const createPath = `/${DEV_ACCOUNT}/pools?${API}`;
  const type = { "content-type": "application/json; odata=minimalmetadata" };
  const post = Object.assign(new PassThrough(), {
    url: createPath,
    method: "POST",
    headers: signed("POST", createPath, { ...type, "content-length": String(Buffer.byteLength(body)) }),
  });
  const created = recordingResponse();
  listener(post as unknown as IncomingMessage, created.res);
  post.end(body);
  await new Promise((r) => setTimeout(r, 50));
  if (created.seen.status !== 201) throw new Error(`create failed: ${created.seen.status}`);

  const getPath = `/${DEV_ACCOUNT}/pools/${BENCH_POOL_ID}?${API}`;
  const headers = signed("GET", getPath);
  const get = recordingResponse();
  const request = () => ({ url: getPath, method: "GET", headers }) as unknown as IncomingMessage;
  for (let i = 0; i < Math.min(n, 20000); i++) listener(request(), get.res);
  if (get.seen.status !== 200) throw new Error(`GET failed: ${get.seen.status}`);
  const rounds: number[] = [];
  for (let r = 0; r < 7; r++) {
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) listener(request(), get.res);
    const used = process.cpuUsage(start);
    rounds.push((used.user + used.system) / n);
  }
  rounds.sort((a, b) => a - b);
  recordFigure("emulator.getPool.inProcess.cpuMicrosPerRequest", rounds[0], "µs");
  console.log(
    `emulator GET pool in-process (SharedKey, ${n} requests x 7): CPU µs per request min ${rounds[0].toFixed(2)}, median ${rounds[3].toFixed(2)}`,
  );
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
