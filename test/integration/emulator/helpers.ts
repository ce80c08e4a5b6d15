import { BatchServiceClient, BatchSharedKeyCredentials } from "@azure/batch";
import { request } from "undici";
import { createHmac } from "node:crypto";
import {
  DEV_ACCOUNT,
  DEV_KEY,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from "../../../emulator";

export { DEV_ACCOUNT, DEV_KEY };
export const API = "2024-07-01.20.0";

let seq = 0;
/** A unique id per test. */
export function uid(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${seq++}`;
}

export async function start(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ timings: "fast", ...opts });
}

/**
 * @azure/batch drops any path of its endpoint (its URL template replaces the host with the whole
 * endpoint), so it is given the bare server URL; the emulator takes the account from the SharedKey.
 */
export function sdkClient(emu: RunningEmulator, account = DEV_ACCOUNT, key = DEV_KEY): BatchServiceClient {
  return new BatchServiceClient(new BatchSharedKeyCredentials(account, key), emu.url);
}

/** Minimal independent SharedKey signer for raw-HTTP tests (the string-to-sign of the Batch docs). */
export function sign(
  account: string,
  key: string,
  method: string,
  url: URL,
  headers: Record<string, string>,
): string {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const std = [
    "content-encoding",
    "content-language",
    "content-length",
    "content-md5",
    "content-type",
    "date",
    "if-modified-since",
    "if-match",
    "if-none-match",
    "if-unmodified-since",
    "range",
  ].map((n) => (n === "content-length" && h[n] === "0" ? "" : (h[n] ?? "")));
  const ocp = Object.keys(h)
    .filter((k) => k.startsWith("ocp-"))
    .sort()
    .map((k) => `${k}:${h[k]}\n`)
    .join("");
  const params = [...url.searchParams.keys()].map((k) => k.toLowerCase()).sort();
  const res = `/${account}${url.pathname}` + params.map((k) => `\n${k}:${url.searchParams.get(k)}`).join("");
  const toSign = `${method}\n${std.join("\n")}\n${ocp}${res}`;
  return createHmac("sha256", Buffer.from(key, "base64")).update(toSign).digest("base64");
}

export interface CallResult {
  status: number;
  headers: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

/** Signed raw HTTP call: path relative to the account endpoint (e.g. `/pools`), api-version added. */
export async function call(
  emu: RunningEmulator,
  method: string,
  path: string,
  body?: unknown,
  opts: {
    headers?: Record<string, string>;
    account?: string;
    key?: string;
    apiVersion?: string | null;
    noAuth?: boolean;
  } = {},
): Promise<CallResult> {
  const account = opts.account ?? DEV_ACCOUNT;
  const url = new URL(emu.endpoint(account) + path);
  if (opts.apiVersion !== null && !url.searchParams.has("api-version"))
    url.searchParams.set("api-version", opts.apiVersion ?? API);
  const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = {
    "ocp-date": new Date().toUTCString(),
    ...(payload !== undefined ? { "content-type": "application/json; odata=minimalmetadata" } : {}),
    "content-length": String(payload ? Buffer.byteLength(payload) : 0),
    ...opts.headers,
  };
  if (!opts.noAuth && !headers.authorization)
    headers.authorization = `SharedKey ${account}:${sign(account, opts.key ?? DEV_KEY, method, url, headers)}`;
  const res = await request(url, { method: method as "GET", headers, body: payload });
  const text = await res.body.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const hs: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) hs[k] = Array.isArray(v) ? v.join(",") : String(v);
  return { status: res.statusCode, headers: hs, body: parsed, text };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `fn` returns truthy (fast timings make this a few tens of ms). */
export async function until<T>(fn: () => Promise<T | undefined | false>, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await sleep(10);
  }
}

export const vmConfig = {
  imageReference: {
    publisher: "canonical",
    offer: "0001-com-ubuntu-server-jammy",
    sku: "22_04-lts",
    version: "latest",
  },
  nodeAgentSKUId: "batch.node.ubuntu 22.04",
};

export function poolBody(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: vmConfig,
    targetDedicatedNodes: 0,
    ...extra,
  };
}
