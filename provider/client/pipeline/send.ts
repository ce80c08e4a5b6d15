import { Pool } from "undici";
import { TransportError, type Next } from "./types";

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
  private readonly pool: Pool;
  private readonly requestTimeoutMs: number;

  constructor(
    readonly origin: string,
    o: TransportOptions,
  ) {
    this.requestTimeoutMs = o.requestTimeoutMs;
    this.pool = new Pool(origin, {
      connections: o.connections,
      keepAliveTimeout: 30_000,
      headersTimeout: o.requestTimeoutMs,
      bodyTimeout: o.requestTimeoutMs,
      connectTimeout: Math.min(o.requestTimeoutMs, 30_000),
    });
  }

  /** The `send` step. */
  readonly send: Next = async (req) => {
    // undici's own timers are coarse (≈1 s resolution), so each attempt also gets a precise deadline.
    const deadline = AbortSignal.timeout(this.requestTimeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
    try {
      const res = await this.pool.request({
        path: req.url.pathname + req.url.search,
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal,
      });
      const bodyText = await res.body.text();
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
      }
      return { status: res.statusCode, headers, bodyText };
    } catch (e) {
      if (req.signal?.aborted) throw e;
      const code = deadline.aborted ? "ETIMEDOUT" : errorCode(e);
      throw new TransportError(
        `${req.method} ${req.url.pathname} to ${this.origin}: ${code} ${(e as Error).message ?? ""}`.trim(),
        code,
        !NOT_SENT_CODES.has(code),
        { cause: e },
      );
    }
  };

  /** Closes the keep-alive connections. */
  close(): Promise<void> {
    return this.pool.close();
  }
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
