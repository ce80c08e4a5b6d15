/**
 * Benchmark: where one `client.pools.get()` spends its time, step by step (serialize, log, retry,
 * sign and its parts, undici dispatch, response handling), next to raw undici against the same
 * emulator (in a child process), sequentially. Prints µs per request for each step; the full
 * request minus raw undici is the client's own per-request overhead (issue 16).
 *
 * In-process steps run against a terminal that answers at once, so they time only the step itself.
 * Build then run: `npx tsc -p tsconfig.json && node dist/bench/client-steps.js`. No assertions.
 */
import { Pool } from "undici";
import { BatchClient } from "../provider/client";
import * as sharedKey from "../provider/client/auth/sharedKey";
import { hmacSha256Base64, sharedKeyStringToSign } from "../provider/client/auth/sharedKey";
import { parseEndpoint } from "../provider/client/endpoint";
import { actionFields, readQuery, seg } from "../provider/client/operations/common";
import { logStep } from "../provider/client/pipeline/log";
import { retryStep } from "../provider/client/pipeline/retry";
import { Transport } from "../provider/client/pipeline/send";
import { serializeRequest, type SerializeContext } from "../provider/client/pipeline/serialize";
import { signStep } from "../provider/client/pipeline/sign";
import type {
  Next,
  OperationSpec,
  PipelineRequest,
  PipelineResponse,
} from "../provider/client/pipeline/types";
import { responseMeta } from "../provider/client/responseMeta";
import { BENCH_ACCOUNT, BENCH_KEY, startEmulatorChild } from "./emulatorChild";
import { isQuick, median, recordFigure } from "./report";

const POOL_ID = "bench-steps-pool";
const QUICK = isQuick();
/** Iterations of one in-process batch, and of one sequential batch against the emulator. */
const LOCAL_N = QUICK ? 2_000 : 50_000;
const NET_N = QUICK ? 100 : 2_000;
const BATCHES = QUICK ? 1 : 5;

/** This process's CPU time (user + system) in µs: unlike wall time, barely moved by other processes on shared cores. */
const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

/** CPU µs per call of `fn`, median of {@link BATCHES} batches of `n` calls (after one warm-up batch). */
async function perCall(fn: () => unknown, n: number, batches = BATCHES): Promise<number> {
  const runs: number[] = [];
  for (let b = -1; b < batches; b++) {
    const t = cpuUs();
    for (let i = 0; i < n; i++) {
      const r = fn();
      if (r instanceof Promise) await r;
    }
    const us = (cpuUs() - t) / n;
    if (b >= 0) runs.push(us);
  }
  return median(runs);
}

/** The spec `client.pools.get(id)` builds (kept in step with provider/client/operations/pools.ts). */
const getSpec = (): OperationSpec => ({
  operation: "Pools_GetPool",
  target: `pool "${POOL_ID}"`,
  method: "GET",
  path: `/pools/${seg(POOL_ID)}`,
  query: readQuery(undefined),
  retryMode: "idempotent",
  ...actionFields(undefined, true),
});

const POOL_BODY = {
  id: POOL_ID,
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 0,
};

interface Row {
  key: string;
  label: string;
  /** CPU µs per request of this process. */
  us: number;
  /** Wall-clock µs per request (emulator rows only). */
  wallUs?: number;
}

async function main(): Promise<void> {
  const emu = await startEmulatorChild();
  const auth = { kind: "sharedKey" as const, accountName: BENCH_ACCOUNT, accountKey: BENCH_KEY };
  const client = new BatchClient({ endpoint: emu.endpoint, auth });
  const endpoint = parseEndpoint(emu.endpoint);
  const transport = new Transport(endpoint.origin, { connections: 16, requestTimeoutMs: 60_000 });
  const raw = new Pool(endpoint.origin, { connections: 16, keepAliveTimeout: 30_000 });
  const rows: Row[] = [];
  const row = (key: string, label: string, us: number, wallUs?: number) =>
    rows.push({ key, label, us, wallUs });
  try {
    await client.pools.add(POOL_BODY);
    const sample = await client.raw(getSpec());
    if (sample.status !== 200) throw new Error(`GET pool answered ${sample.status}`);
    const ctx: SerializeContext = {
      endpoint,
      apiVersion: "2024-07-01.20.0",
      userAgent: `pulumi-azure-batch/0.1.0 node/${process.versions.node}`,
    };
    const answer: Next = () => Promise.resolve({ ...sample });
    const req = serializeRequest(getSpec(), ctx);
    const sign = signStep(auth);
    let signed: PipelineRequest = req;
    const capture: Next = (r) => {
      signed = r;
      return Promise.resolve(sample);
    };

    // In-process steps.
    row(
      "serialize",
      "serialize GET (spec, URL, uuid, headers)",
      await perCall(() => serializeRequest(getSpec(), ctx), LOCAL_N),
    );
    const addSpec = (): OperationSpec => ({
      ...getSpec(),
      method: "POST",
      path: "/pools",
      body: POOL_BODY,
      retryMode: "create",
    });
    row(
      "serializePost",
      "serialize POST pool (incl. JSON.stringify)",
      await perCall(() => serializeRequest(addSpec(), ctx), LOCAL_N),
    );
    row("stringify", "  JSON.stringify(pool body)", await perCall(() => JSON.stringify(POOL_BODY), LOCAL_N));
    const log = logStep(() => {});
    row("logOn", "log step, logger on (no-op sink)", await perCall(() => log(req, answer), LOCAL_N));
    const retry = retryStep(undefined);
    row("retry", "retry step (1 attempt)", await perCall(() => retry(req, answer), LOCAL_N));
    row(
      "sign",
      "sign step (ocp-date + string-to-sign + HMAC)",
      await perCall(() => sign(req, capture), LOCAL_N),
    );
    row(
      "date",
      "  ocp-date: new Date().toUTCString()",
      await perCall(() => new Date().toUTCString(), LOCAL_N),
    );
    const toSign = { method: signed.method, url: signed.url, headers: signed.headers };
    row(
      "stringToSign",
      "  string-to-sign",
      await perCall(() => sharedKeyStringToSign(toSign, BENCH_ACCOUNT), LOCAL_N),
    );
    const sts = sharedKeyStringToSign(toSign, BENCH_ACCOUNT);
    row(
      "hmac",
      "  HMAC-SHA256 base64, key decoded per call",
      await perCall(() => hmacSha256Base64(BENCH_KEY, sts), LOCAL_N),
    );
    // The pipeline's signer (string-to-sign + HMAC with the key decoded once); absent in older builds.
    const signer = (sharedKey as Partial<typeof sharedKey>).sharedKeySigner?.(BENCH_ACCOUNT, BENCH_KEY);
    if (signer)
      row(
        "signer",
        "  string-to-sign + HMAC, key decoded once",
        await perCall(() => signer(signed.method, signed.url, signed.headers), LOCAL_N),
      );
    row("meta", "response: responseMeta", await perCall(() => responseMeta(sample), LOCAL_N));
    row("parse", "response: JSON.parse(body)", await perCall(() => JSON.parse(sample.bodyText), LOCAL_N));

    // Against the emulator, sequentially: requests are signed ahead (the emulator allows 15 minutes of skew).
    const presigned = async (n: number) => {
      const out: PipelineRequest[] = [];
      for (let i = 0; i < n; i++) {
        await sign(serializeRequest(getSpec(), ctx), capture);
        out.push(signed);
      }
      return out;
    };
    type Run = { cpu: number; wall: number };
    const netRuns = { send: [] as Run[], raw: [] as Run[], full: [] as Run[] };
    const timeSeq = async (f: (i: number) => Promise<unknown>): Promise<Run> => {
      const t = process.hrtime.bigint();
      const c = cpuUs();
      for (let i = 0; i < NET_N; i++) await f(i);
      return { cpu: (cpuUs() - c) / NET_N, wall: Number(process.hrtime.bigint() - t) / 1e3 / NET_N };
    };
    const check = (r: PipelineResponse) => {
      if (r.status !== 200) throw new Error(`GET pool answered ${r.status}`);
      return r;
    };
    for (let b = -1; b < BATCHES; b++) {
      const a = await presigned(NET_N);
      const s = await timeSeq((i) => transport.send(a[i]).then(check));
      const c = await presigned(NET_N);
      const r = await timeSeq(async (i) => {
        const res = await raw.request({
          path: c[i].url.pathname + c[i].url.search,
          method: "GET",
          headers: c[i].headers,
        });
        const text = await res.body.text();
        if (res.statusCode !== 200) throw new Error(`GET pool answered ${res.statusCode}`);
        return JSON.parse(text) as unknown;
      });
      const f = await timeSeq(() => client.pools.get(POOL_ID));
      if (b >= 0) {
        netRuns.send.push(s);
        netRuns.raw.push(r);
        netRuns.full.push(f);
      }
    }
    const cpu = (r: Run[]) => median(r.map((x) => x.cpu));
    const wall = (r: Run[]) => median(r.map((x) => x.wall));
    row("send", "send step (undici dispatch, body text, headers)", cpu(netRuns.send), wall(netRuns.send));
    row("rawUndici", "raw undici request + body.text() + JSON.parse", cpu(netRuns.raw), wall(netRuns.raw));
    row("full", "full client.pools.get()", cpu(netRuns.full), wall(netRuns.full));
    row(
      "overhead",
      "client overhead = full - raw undici",
      cpu(netRuns.full) - cpu(netRuns.raw),
      wall(netRuns.full) - wall(netRuns.raw),
    );

    console.log(
      `client steps, GET pool, node ${process.version}; CPU time of this process (the emulator is a child); in-process: median of ${BATCHES} x ${LOCAL_N}, emulator: median of ${BATCHES} x ${NET_N} sequential`,
    );
    console.log(`  ${"step (per request)".padEnd(52)} ${"CPU µs".padStart(8)}  ${"wall µs".padStart(8)}`);
    for (const r of rows) {
      const w = r.wallUs === undefined ? "" : r.wallUs.toFixed(1).padStart(8);
      console.log(`  ${r.label.padEnd(52)} ${r.us.toFixed(2).padStart(8)}  ${w}`);
      recordFigure(`client.steps.${r.key}.us`, r.us, "µs");
      if (r.wallUs !== undefined) recordFigure(`client.steps.${r.key}.wallUs`, r.wallUs, "µs");
    }
  } finally {
    await client.close();
    await transport.close();
    await raw.close();
    await emu.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
