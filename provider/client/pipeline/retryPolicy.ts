import type { RetryOptions } from "../options";

/** Retry options with defaults applied. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Defaults: 4 attempts, 800 ms base, 30 s max backoff, 60 s max server-requested delay. */
export function resolveRetryOptions(o: RetryOptions | undefined): ResolvedRetryOptions {
  return {
    maxAttempts: Math.max(1, o?.maxAttempts ?? 4),
    initialDelayMs: Math.max(0, o?.initialDelayMs ?? 800),
    maxDelayMs: Math.max(0, o?.maxDelayMs ?? 30_000),
    maxRetryAfterMs: Math.max(0, o?.maxRetryAfterMs ?? 60_000),
  };
}

/** HTTP statuses that are transient on Batch. */
export const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

/** Full-jitter exponential backoff for the delay after attempt `attempt` (1-based). */
export function backoffDelay(
  attempt: number,
  o: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  const cap = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

/**
 * The server-requested delay in ms, from `retry-after-ms`, `x-ms-retry-after-ms` (milliseconds) or
 * `Retry-After` (seconds, or an HTTP date); `undefined` when absent or unparsable.
 */
export function retryAfterMs(
  headers: Record<string, string | undefined>,
  now = Date.now(),
): number | undefined {
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const v = headers[name];
    if (v !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.ceil(Number(v));
  }
  const ra = headers["retry-after"];
  if (ra === undefined) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra)) return Math.ceil(Number(ra) * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
