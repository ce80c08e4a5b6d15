/**
 * How long and how often the Certificate flows poll Batch, shared by create and delete.
 *
 * Batch deletes a certificate asynchronously (`deleting` → gone, or → `deletefailed`), so both flows
 * wait. The defaults suit the live service; tests against the emulator pass shorter intervals.
 */
import type { BatchCertificate } from "../client/models";

/** Polling settings of the certificate flows. */
export interface CertificateWaitSettings {
  /** Overall limit per wait (default 30 minutes: a live delete can take several minutes). */
  timeoutMs?: number;
  /** First delay between polls (default 2 s, or `AZURE_BATCH_POLL_INTERVAL_MS`). */
  intervalMs?: number;
  /** Cap of the delay between polls (default 15 s). */
  maxIntervalMs?: number;
  /** Receives progress lines (never secrets). */
  onProgress?: (message: string) => void;
}

/** The settings with defaults applied. */
export function waitSettings(s: CertificateWaitSettings | undefined, env: NodeJS.ProcessEnv = process.env) {
  const fromEnv = Number(env.AZURE_BATCH_POLL_INTERVAL_MS);
  const intervalMs = s?.intervalMs ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 2000);
  return {
    timeoutMs: s?.timeoutMs ?? 30 * 60_000,
    intervalMs,
    maxIntervalMs: Math.max(intervalMs, s?.maxIntervalMs ?? 15_000),
    onProgress: s?.onProgress,
  };
}

/** Describes a certificate's state for progress and timeout messages. */
export function describeCertificate(c: unknown): string {
  const cert = c as BatchCertificate | undefined;
  return cert ? `state=${cert.state ?? "unknown"}` : "gone";
}

/**
 * Forwards a progress line at most once per `everyMs` (per wait message), so a long wait shows
 * that it is alive without a line per poll.
 */
export function throttledProgress(
  write: (message: string) => void,
  everyMs: number,
): (message: string) => void {
  const last = new Map<string, number>();
  return (message) => {
    const key = message.replace(/,.*$/, "");
    const now = Date.now();
    if (now - (last.get(key) ?? -Infinity) < everyMs) return;
    last.set(key, now);
    write(message);
  };
}
