/**
 * Benchmark: 1,000 sequential and 1,000 concurrent (16 in flight) GETs of one pool through this
 * project's BatchClient vs Microsoft's @azure/batch (SharedKey), against the same emulator, with raw
 * undici (a request signed once, no pipeline) as the floor. Also prints this process's CPU time per
 * request, which other processes on shared cores move far less than wall time.
 *
 * The emulator runs in a child process (bench/emulatorChild.ts) so its CPU and memory
 * are not billed to the clients. Build then run: `npx tsc -p tsconfig.json && node dist/bench/client-vs-azure-batch.js`.
 * Targets (issue 16): this client >= 2.6x faster than @azure/batch sequentially (raw undici is
 * ~2.9x, the limit), >= 5x at 16 in flight. Prints figures only; no assertions.
 */
import { BatchServiceClient, BatchSharedKeyCredentials } from "@azure/batch";
import type { RequestPolicy, RequestPolicyFactory, WebResourceLike } from "@azure/ms-rest-js";
import { Pool } from "undici";
import { BATCH_API_VERSION, BatchClient, sharedKeyAuthorization } from "../provider/client";
import { BENCH_ACCOUNT as ACCOUNT, BENCH_KEY as KEY, startEmulatorChild } from "./emulatorChild";
import { isQuick, recordFigure, verdict } from "./report";

const N = Number(process.env.BENCH_N ?? (isQuick() ? 100 : 1000));
const CONCURRENCY = 16;
/** Rounds per client, order rotated each round; the best round of each counts (noise on shared cores is one-sided). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (isQuick() ? 1 : 3));
const POOL_ID = "bench-pool";

type Get = () => Promise<unknown>;

async function sequential(get: Get, n: number): Promise<number> {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await get();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function concurrent(get: Get, n: number, inFlight: number): Promise<number> {
  const t = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < n) await get();
    }),
  );
  return Number(process.hrtime.bigint() - t) / 1e6;
}

interface Figures {
  seqMs: number;
  concMs: number;
  /** CPU µs of this process per request over both phases (the emulator runs in a child). */
  cpuUs: number;
}

async function measure(get: Get): Promise<Figures> {
  await concurrent(get, 200, CONCURRENCY); // warm-up: JIT, connections
  const c = process.cpuUsage();
  const seqMs = await sequential(get, N);
  const concMs = await concurrent(get, N, CONCURRENCY);
  const used = process.cpuUsage(c);
  return { seqMs, concMs, cpuUs: (used.user + used.system) / (2 * N) };
}

/** An ms-rest-js request policy that prefixes the URL path with the account segment. */
function accountPathPolicy(prefix: string): RequestPolicyFactory {
  return {
    create: (next: RequestPolicy) => ({
      sendRequest: (req: WebResourceLike) => {
        const u = new URL(req.url);
        if (!u.pathname.startsWith(`${prefix}/`)) u.pathname = prefix + u.pathname;
        req.url = u.toString();
        return next.sendRequest(req);
      },
    }),
  };
}

const rate = (ms: number) => `${((N / ms) * 1000).toFixed(0)} req/s`;

async function main(): Promise<void> {
  const emu = await startEmulatorChild();
  const ours = new BatchClient({
    endpoint: emu.endpoint,
    auth: { kind: "sharedKey", accountName: ACCOUNT, accountKey: KEY },
  });
  // @azure/batch cannot address a path-style account (ms-rest-js replaces the whole URL path with the
  // `{batchUrl}` value), so it gets the origin and a first policy re-adds `/devbatch` before it signs.
  const { origin, pathname: accountPath } = new URL(emu.endpoint);
  const ms = new BatchServiceClient(new BatchSharedKeyCredentials(ACCOUNT, KEY), origin, {
    requestPolicyFactories: (defaults) => [accountPathPolicy(accountPath), ...defaults],
  });
  ms.apiVersion = BATCH_API_VERSION; // same api-version for both
  const closers: (() => Promise<unknown>)[] = [() => ours.close()];
  try {
    await ours.pools.add({
      id: POOL_ID,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
        nodeAgentSKUId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 0,
    });
    const getOurs = () => ours.pools.get(POOL_ID);
    const getMs = () => ms.pool.get(POOL_ID);
    // Sanity: both clients read the same pool.
    const [a, b] = await Promise.all([getOurs(), getMs()]);
    if (a.body.id !== POOL_ID || b.id !== POOL_ID)
      throw new Error("the clients did not read the benchmark pool");

    // The floor: raw undici with one request signed ahead (the emulator allows 15 minutes of skew).
    const raw = new Pool(origin, { connections: CONCURRENCY, keepAliveTimeout: 30_000 });
    closers.push(() => raw.close());
    const url = new URL(`${emu.endpoint}/pools/${POOL_ID}?api-version=${BATCH_API_VERSION}`);
    const headers: Record<string, string> = {
      accept: "application/json",
      "ocp-date": new Date().toUTCString(),
    };
    headers.authorization = sharedKeyAuthorization({ method: "GET", url, headers }, ACCOUNT, KEY);
    const getRaw = async () => {
      const res = await raw.request({ path: url.pathname + url.search, method: "GET", headers });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`raw GET pool answered ${res.statusCode}`);
      return JSON.parse(text) as unknown;
    };

    const clients = { ours: getOurs, ms: getMs, raw: getRaw };
    const names = Object.keys(clients) as (keyof typeof clients)[];
    const results: Record<keyof typeof clients, Figures[]> = { ours: [], ms: [], raw: [] };
    let rssOurs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + i) % names.length];
        results[name].push(await measure(clients[name]));
        if (name === "ours") rssOurs = Math.max(rssOurs, process.resourceUsage().maxRSS);
      }
    }
    const best = (f: Figures[]) => ({
      seqMs: Math.min(...f.map((x) => x.seqMs)),
      concMs: Math.min(...f.map((x) => x.concMs)),
      cpuUs: Math.min(...f.map((x) => x.cpuUs)),
    });
    const o = best(results.ours);
    const m = best(results.ms);
    const r = best(results.raw);
    const peakKb = process.resourceUsage().maxRSS;
    const emuKb = await emu.stop();
    console.log(`GET pool x${N}, node ${process.version}, best of ${ROUNDS} round(s)`);
    console.log(
      `                      sequential                    concurrent (${CONCURRENCY} in flight)     CPU/request (this process)`,
    );
    const line = (label: string, f: Figures) =>
      console.log(
        `  ${label.padEnd(17)}${f.seqMs.toFixed(0).padStart(6)} ms  ${rate(f.seqMs).padStart(12)}      ${f.concMs.toFixed(0).padStart(6)} ms  ${rate(f.concMs).padStart(12)}      ${f.cpuUs.toFixed(0).padStart(5)} µs`,
      );
    line("this client", o);
    line("@azure/batch", m);
    line("raw undici", r);
    const seqMet = recordFigure("client.getPool.speedup.sequential", m.seqMs / o.seqMs, "ratio", ">= 2.6");
    const concMet = recordFigure("client.getPool.speedup.concurrent16", m.concMs / o.concMs, "ratio", ">= 5");
    recordFigure("client.getPool.sequential.msPerRequest", o.seqMs / N, "ms");
    recordFigure("client.getPool.rawUndici.speedup.sequential", m.seqMs / r.seqMs, "ratio");
    recordFigure("client.getPool.rawUndici.speedup.concurrent16", m.concMs / r.concMs, "ratio");
    recordFigure("client.getPool.cpuUsPerRequest", o.cpuUs, "µs");
    recordFigure("client.getPool.azureBatch.cpuUsPerRequest", m.cpuUs, "µs");
    recordFigure("client.getPool.rawUndici.cpuUsPerRequest", r.cpuUs, "µs");
    console.log(
      `  speed-up           ${(m.seqMs / o.seqMs).toFixed(2)}x (target >= 2.6x: ${verdict(seqMet)})     ${(m.concMs / o.concMs).toFixed(2)}x   (target >= 5x: ${verdict(concMet)})`,
    );
    console.log(
      `  raw undici (limit) ${(m.seqMs / r.seqMs).toFixed(2)}x                              ${(m.concMs / r.concMs).toFixed(2)}x`,
    );
    console.log(
      `  peak RSS: bench process ${(peakKb / 1024).toFixed(0)} MB (after this client's first round ${(rssOurs / 1024).toFixed(0)} MB), emulator child ${(emuKb / 1024).toFixed(0)} MB`,
    );
  } finally {
    for (const close of closers) await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
