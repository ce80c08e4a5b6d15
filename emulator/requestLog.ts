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

/**
 * What the pipeline records per request. The strings of an entry that cost time on every request
 * (ISO time, path joined with its query) are built only when the log is read (issue 16).
 */
export interface RequestLogRecord extends Omit<RequestLogEntry, "time" | "path"> {
  rawPath: string;
  /** Raw query string without `?` (may be empty). */
  rawQuery: string;
  /** Epoch ms of arrival. */
  at: number;
}

function entryOf(r: RequestLogRecord): RequestLogEntry {
  return {
    method: r.method,
    path: r.rawQuery ? `${r.rawPath}?${r.rawQuery}` : r.rawPath,
    account: r.account,
    operation: r.operation,
    status: r.status,
    durationMs: r.durationMs,
    time: new Date(r.at).toISOString(),
    requestId: r.requestId,
  };
}

/** Bounded in-memory request log. */
export class RequestLog {
  private entries: RequestLogRecord[] = [];
  constructor(private readonly capacity = 50000) {}

  /** Appends a record, dropping the oldest beyond capacity. */
  add(e: RequestLogRecord): void {
    this.entries.push(e);
    // Trim in chunks: splicing one entry per request would make every add O(capacity).
    if (this.entries.length > this.capacity * 1.1)
      this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** A copy of the entries, oldest first. */
  all(): RequestLogEntry[] {
    return this.entries.slice(-this.capacity).map(entryOf);
  }

  /** Empties the log. */
  clear(): void {
    this.entries = [];
  }
}
