import { BatchError } from "./errors";

/** Options of {@link waitFor}. */
export interface WaitOptions {
  /** Overall limit; on expiry {@link waitFor} throws a BatchError naming `description`. */
  timeoutMs: number;
  /** First delay between polls (default 1000 ms); grows ×1.5 per poll. */
  intervalMs?: number;
  /** Cap of the delay between polls (default 15 000 ms). */
  maxIntervalMs?: number;
  /** Receives user-visible progress lines (e.g. forwarded to `pulumi.log.info`). */
  onProgress?: (msg: string) => void;
  /** What is awaited, e.g. `pool "p1" to reach allocationState steady`. */
  description: string;
  /** Describes the last value in progress/timeout messages (e.g. `allocationState=resizing`). */
  describe?: (v: unknown) => string;
  /** Cancels the wait. */
  signal?: AbortSignal;
}

/**
 * Polls `read` with growing intervals until `done(value)` holds, then returns that value.
 * `read` may return `undefined` (e.g. a 404 from `tryGet`), which `done` sees too — so waiting for a
 * deletion is `done: (v) => v === undefined`. Errors thrown by `read` propagate (the client already
 * retried transient ones). Throws `BatchError` code `WaitTimeout` after `timeoutMs`.
 */
export async function waitFor<T>(
  read: () => Promise<T | undefined>,
  done: (v: T | undefined) => boolean,
  opts: WaitOptions,
): Promise<T | undefined> {
  const start = Date.now();
  let interval = Math.max(1, opts.intervalMs ?? 1000);
  const maxInterval = Math.max(interval, opts.maxIntervalMs ?? 15_000);
  let polls = 0;
  for (;;) {
    opts.signal?.throwIfAborted();
    const value = await read();
    polls++;
    if (done(value)) return value;
    const elapsed = Date.now() - start;
    const state = opts.describe ? ` (${opts.describe(value)})` : "";
    if (elapsed >= opts.timeoutMs) {
      throw new BatchError({
        status: 0,
        code: "WaitTimeout",
        operation: "waitFor",
        batchMessage: `timed out after ${Math.round(elapsed / 1000)}s waiting for ${opts.description}${state}`,
        hint: "The operation may still complete on the service; re-run later or raise the timeout",
      });
    }
    opts.onProgress?.(
      `waiting for ${opts.description}${state}, ${Math.round(elapsed / 1000)}s elapsed (poll ${polls})`,
    );
    await sleep(Math.min(interval, opts.timeoutMs - elapsed), opts.signal);
    interval = Math.min(maxInterval, Math.ceil(interval * 1.5));
  }
}

/** A cancellable sleep. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
