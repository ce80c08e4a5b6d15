/**
 * The request log of the control API: one entry per request, bounded (ring buffer) so long runs and
 * benchmarks cannot grow memory without limit. Never holds bodies or headers (no secrets).
 */

/** One logged request. */
export interface RequestLogEntry {
  method: string;
  /** Path and query as sent. */
  path: string;
  account?: string;
  /** The spec operationId (e.g. `Pools_UpdatePool`), `Control` for /_emulator, or undefined if unrouted. */
  operation?: string;
  status: number;
  durationMs: number;
  /** ISO time of arrival. */
  time: string;
  requestId: string;
}

/** Bounded in-memory request log. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  constructor(private readonly capacity = 50000) {}

  /** Appends an entry, dropping the oldest beyond capacity. */
  add(e: RequestLogEntry): void {
    this.entries.push(e);
    // Trim in chunks: splicing one entry per request would make every add O(capacity).
    if (this.entries.length > this.capacity * 1.1)
      this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** A copy of the entries, oldest first. */
  all(): RequestLogEntry[] {
    return this.entries.slice(-this.capacity);
  }

  /** Empties the log. */
  clear(): void {
    this.entries = [];
  }
}
