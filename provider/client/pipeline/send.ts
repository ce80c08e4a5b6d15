import { EventEmitter } from "node:events";
import type { Dispatcher, Pool } from "undici";
import { TransportError, type Next } from "./types";
import { loadUndiciPool } from "./undiciPool";

/** Errors raised before any request byte could reach the server: safe to retry any request. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Options of the transport. */
export interface TransportOptions {
  /** Keep-alive connections to the origin. */
  connections: number;
  /** Limit for response headers and for gaps in the body, in ms. */
  requestTimeoutMs: number;
}

/**
 * The terminal step: one undici keep-alive {@link Pool} per endpoint origin. Reads the whole body as
 * text (Batch bodies are small) and normalizes header names to lower case. Network failures become
 * {@link TransportError} with `sent` telling whether the request may have reached the service.
 */
export class Transport {
  private pool?: Pool;
  private closed = false;
  private readonly requestTimeoutMs: number;

  constructor(
    readonly origin: string,
    private readonly o: TransportOptions,
  ) {
    this.requestTimeoutMs = o.requestTimeoutMs;
  }

  /**
   * undici takes tens of milliseconds to load and a `pulumi preview` sends no request, so it is
   * loaded, and the pool made, when the first request is sent (see `./undiciPool.ts`).
   */
  private open(): Pool {
    if (!this.pool) {
      const pool = new (loadUndiciPool().Pool)(this.origin, {
        connections: this.o.connections,
        keepAliveTimeout: 30_000,
        headersTimeout: this.o.requestTimeoutMs,
        bodyTimeout: this.o.requestTimeoutMs,
        connectTimeout: Math.min(this.o.requestTimeoutMs, 30_000),
      });
      // Closed before the first request: requests fail as on any closed pool.
      if (this.closed) void pool.close();
      this.pool = pool;
    }
    return this.pool;
  }

  /** The `send` step. */
  readonly send: Next = async (req) => {
    // undici's own timers are coarse (≈1 s resolution), so each attempt also gets a precise deadline.
    // Without a caller's signal the deadline is a timer and an EventEmitter (undici accepts either
    // as `signal`): an AbortSignal per request costs far more, and its timer outlives the request.
    let timedOut = false;
    let signal: AbortSignal | EventEmitter;
    let timer: NodeJS.Timeout | undefined;
    if (req.signal) {
      const deadline = AbortSignal.timeout(this.requestTimeoutMs);
      deadline.addEventListener("abort", () => (timedOut = true), { once: true });
      signal = AbortSignal.any([req.signal, deadline]);
    } else {
      const emitter = new EventEmitter();
      timer = setTimeout(() => {
        timedOut = true;
        emitter.emit("abort");
      }, this.requestTimeoutMs);
      signal = emitter;
    }
    try {
      const pool = this.pool ?? this.open();
      const res = await loadUndiciPool().request(pool, {
        path: req.url.pathname + req.url.search,
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal,
      });
      const bodyText = await res.body.text();
      return { status: res.statusCode, headers: lowerCaseHeaders(res.headers), bodyText };
    } catch (e) {
      if (req.signal?.aborted) throw e;
      const code = timedOut ? "ETIMEDOUT" : errorCode(e);
      throw new TransportError(
        `${req.method} ${req.url.pathname} to ${this.origin}: ${code} ${(e as Error).message ?? ""}`.trim(),
        code,
        !NOT_SENT_CODES.has(code),
        { cause: e },
      );
    } finally {
      if (timer) clearTimeout(timer);
    }
  };

  /** Closes the keep-alive connections. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.close();
  }
}

function lowerCaseHeaders(raw: Dispatcher.ResponseData["headers"]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const k in raw) {
    const v = raw[k];
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return headers;
}

function errorCode(e: unknown): string {
  let cur: unknown = e;
  // undici wraps socket errors; the syscall code (ECONNRESET…) may sit on the cause.
  for (let i = 0; i < 4 && cur; i++) {
    const c = (cur as { code?: unknown }).code;
    if (typeof c === "string" && c !== "UND_ERR_SOCKET") return c;
    cur = (cur as { cause?: unknown }).cause;
  }
  const top = (e as { code?: unknown })?.code;
  return typeof top === "string" ? top : "ENETWORK";
}
