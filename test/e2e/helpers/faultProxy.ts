/**
 * A fault-injecting HTTP proxy for end-to-end tests: it listens on port 0 in front of the
 * emulator, the provider's endpoint points at it, and rules (by method, path and/or spec
 * operation) make it answer 429/503 with Retry-After or 500, reset the connection before
 * forwarding, forward slowly, hang, or forward and then drop the answer ("lost response": the
 * emulator applied the write, the client never learns it).
 *
 * Why a proxy and not the emulator's own faults: the emulator cannot apply a request and then
 * lose its answer, and a proxy survives an emulator restart (its upstream can be switched), so
 * the endpoint in a stack's environment stays valid across a `kill -9` of the emulator.
 *
 * Signatures still verify: SharedKey signs the method, the content headers, `ocp-*` headers and
 * the path with the query, not the Host header, and the proxy forwards those bytes unchanged.
 */
import * as http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { matchRoute } from "../../../emulator/router";

/** What a matching rule does to a request. */
export type Fault =
  /** Answer with this status (never forwarded), with `Retry-After: retryAfterSeconds` when set. */
  | { kind: "status"; status: number; retryAfterSeconds?: number }
  /** Destroy the client's connection before anything is forwarded. */
  | { kind: "reset" }
  /** Wait `delayMs`, then forward normally. */
  | { kind: "slow"; delayMs: number }
  /** Never forward nor answer: the connection stays open until the client gives up. */
  | { kind: "hang" }
  /** Forward, let the emulator apply it, read its answer, then destroy the client's connection. */
  | { kind: "lostResponse" }
  /** Forward normally; only marks the request, so `onForwarded` listeners see it. */
  | { kind: "mark" };

/** A rule; every given matcher must match. */
export interface ProxyRule {
  /** HTTP method, e.g. `POST`. */
  method?: string;
  /** Tested against the path after the account segment, e.g. `^/pools$`. */
  path?: RegExp;
  /** Spec operation id (as the emulator's router names it), e.g. `Pools_CreatePool`. */
  operation?: string;
  fault: Fault;
  /** Apply to this many matching requests, then expire (default 1). */
  times?: number;
}

/** One request that went through the proxy. */
export interface ProxyEvent {
  method: string;
  /** Path after the account segment, decoded. */
  path: string;
  operation?: string;
  /** The fault applied, if any. */
  fault?: Fault["kind"];
  /** Status the emulator answered (also for a lost response), when forwarded. */
  upstreamStatus?: number;
}

interface ActiveRule {
  rule: ProxyRule;
  remaining: number;
}

/** Options of {@link startFaultProxy}. */
export interface FaultProxyOptions {
  /** Origin of the emulator, e.g. `http://127.0.0.1:4321`. */
  upstream: string;
}

/** A running proxy (see the module comment). */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The account endpoint through the proxy, `http://127.0.0.1:<port>/<account>`. */
  endpoint(account: string): string;
  /** Adds rules; the first matching active rule wins. */
  addRules(...rules: ProxyRule[]): void;
  /** Removes every rule. */
  clearRules(): void;
  /** Rules that still have uses left. */
  pendingRules(): ProxyRule[];
  /** Points the proxy at another emulator origin (after a restart). */
  setUpstream(origin: string): void;
  /** Every request seen so far. */
  readonly events: readonly ProxyEvent[];
  /** Registers a callback for requests the proxy receives (after a rule was chosen, before it acts). */
  onRequest(listener: (event: ProxyEvent) => void): void;
  /**
   * Registers a callback for faulted requests once they were forwarded in full to the emulator
   * (e.g. to kill it mid-write).
   */
  onForwarded(listener: (event: ProxyEvent) => void): void;
  /** Stops listening and destroys every open connection (hung ones included). */
  close(): Promise<void>;
}

/** A Batch-shaped error body, so the client's error parsing sees what the service would send. */
function errorBody(status: number): string {
  const code = status === 429 ? "TooManyRequests" : status === 503 ? "ServerBusy" : "InternalError";
  return JSON.stringify({
    "odata.metadata":
      "https://proxy.local/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element",
    code,
    message: { lang: "en-US", value: `Injected by the test fault proxy (${status}).` },
  });
}

/** Splits `/<account>/rest?query` into the decoded sub-path after the account. */
function subPathOf(url: string): string {
  const pathname = url.split("?")[0];
  const rest = pathname.replace(/^\/[^/]+/, "");
  try {
    return decodeURIComponent(rest) || "/";
  } catch {
    return rest || "/";
  }
}

/** Starts the proxy on a free loopback port. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let upstream = new URL(options.upstream);
  let rules: ActiveRule[] = [];
  const events: ProxyEvent[] = [];
  const listeners: Array<(event: ProxyEvent) => void> = [];
  const forwardedListeners: Array<(event: ProxyEvent) => void> = [];
  const sockets = new Set<Socket>();

  const take = (method: string, path: string, operation: string | undefined): Fault | undefined => {
    for (const r of rules) {
      const { rule } = r;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.path && !rule.path.test(path)) continue;
      if (rule.operation && rule.operation !== operation) continue;
      r.remaining--;
      rules = rules.filter((x) => x.remaining > 0);
      return rule.fault;
    }
    return undefined;
  };

  const forward = (
    req: http.IncomingMessage,
    body: Buffer,
    event: ProxyEvent,
    deliver: boolean,
    res: http.ServerResponse,
  ): void => {
    const headers = { ...req.headers, host: upstream.host };
    const up = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers,
        agent: false,
      },
      (upRes) => {
        event.upstreamStatus = upRes.statusCode;
        const chunks: Buffer[] = [];
        upRes.on("data", (c: Buffer) => chunks.push(c));
        upRes.on("end", () => {
          if (!deliver) {
            // The emulator committed the write and answered; the client never hears of it.
            req.socket.destroy();
            return;
          }
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          res.end(Buffer.concat(chunks));
        });
        upRes.on("error", () => req.socket.destroy());
      },
    );
    // An emulator that died mid-request looks like a dropped connection to the client, as a
    // crashed service front end would.
    up.on("error", () => req.socket.destroy());
    up.end(body, () => {
      if (event.fault) for (const l of forwardedListeners) l(event);
    });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = (req.method ?? "GET").toUpperCase();
      const path = subPathOf(req.url ?? "/");
      const operation = matchRoute(method, path).route?.operation;
      const event: ProxyEvent = { method, path, operation };
      events.push(event);
      const fault = take(method, path, operation);
      event.fault = fault?.kind;
      for (const l of listeners) l(event);
      const body = Buffer.concat(chunks);
      switch (fault?.kind) {
        case undefined:
        case "mark":
          return forward(req, body, event, true, res);
        case "status": {
          const text = errorBody(fault.status);
          const headers: Record<string, string> = {
            "content-type": "application/json;odata=minimalmetadata",
            "content-length": String(Buffer.byteLength(text)),
            "request-id": `proxy-${events.length}`,
          };
          if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
          res.writeHead(fault.status, headers);
          res.end(text);
          return;
        }
        case "reset":
          req.socket.destroy();
          return;
        case "slow":
          setTimeout(() => forward(req, body, event, true, res), fault.delayMs).unref();
          return;
        case "hang":
          // Nothing: close() or the client's own timeout ends the connection.
          return;
        case "lostResponse":
          return forward(req, body, event, false, res);
      }
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    endpoint: (account) => `${url}/${account}`,
    addRules: (...added) => {
      rules.push(...added.map((rule) => ({ rule, remaining: rule.times ?? 1 })));
    },
    clearRules: () => {
      rules = [];
    },
    pendingRules: () => rules.map((r) => r.rule),
    setUpstream: (origin) => {
      upstream = new URL(origin);
    },
    events,
    onRequest: (listener) => {
      listeners.push(listener);
    },
    onForwarded: (listener) => {
      forwardedListeners.push(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
