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

/**
 * The same string as one seen before, when there is one: a request's path, query and account are
 * new strings sliced from its URL, and kept in the log they would all outlive the young generation.
 * Interned, the log refers to a few long-lived copies instead (bounded: cleared when full).
 */
class Interner {
  private seen = new Map<string, string>();
  private last = "";

  of(s: string): string;
  of(s: string | undefined): string | undefined;
  of(s: string | undefined): string | undefined {
    if (s === undefined) return s;
    // The same as the previous string of this column (a client repeating a request): no hashing.
    if (s === this.last) return this.last;
    const known = this.seen.get(s);
    if (known !== undefined) return (this.last = known);
    if (known !== undefined) return known;
    if (this.seen.size >= 4096) this.seen.clear();
    this.seen.set(s, s);
    return (this.last = s);
  }
}

/** Positions of the hex digits in a request id (`8-4-4-4-12`, lower-case, as randomUUID writes it). */
const UUID_HEX = Uint8Array.from([
  0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32,
  33, 34, 35,
]);
const HEX_DIGITS = "0123456789abcdef";
/** Value of a lower-case hex digit by character code, -1 for any other ASCII character. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < 16; d++) HEX_VALUE[HEX_DIGITS.charCodeAt(d)] = d;

/**
 * Request ids packed as four 32-bit words each. Why: as strings, every logged request left one
 * more object to promote out of the young generation (~0.6 µs of a GET, issue 16). An id not in
 * randomUUID's form is kept as a string aside.
 */
class RequestIds {
  private words = new Uint32Array(0);
  private odd = new Map<number, string>();

  constructor(private readonly capacity: number) {}

  set(i: number, id: string): void {
    if (this.words.length < (i + 1) * 4) {
      const grown = new Uint32Array(Math.min(Math.max(64, this.words.length * 2), this.capacity * 4));
      grown.set(this.words);
      this.words = grown;
    }
    if (this.odd.size) this.odd.delete(i);
    const dash = 45; // "-"
    if (
      id.length !== 36 ||
      id.charCodeAt(8) !== dash ||
      id.charCodeAt(13) !== dash ||
      id.charCodeAt(18) !== dash ||
      id.charCodeAt(23) !== dash
    ) {
      this.odd.set(i, id);
      return;
    }
    // Branch-free over the 32 digits: any non-digit turns `bad` negative.
    let bad = 0;
    for (let w = 0; w < 4; w++) {
      let word = 0;
      for (let k = 0; k < 8; k++) {
        const c = id.charCodeAt(UUID_HEX[w * 8 + k]);
        const v = c < 128 ? HEX_VALUE[c] : -1;
        bad |= v;
        word = (word << 4) | (v & 15);
      }
      this.words[i * 4 + w] = word;
    }
    if (bad < 0) this.odd.set(i, id);
  }

  get(i: number): string {
    const odd = this.odd.get(i);
    if (odd !== undefined) return odd;
    let hex = "";
    for (let w = 0; w < 4; w++) {
      const word = this.words[i * 4 + w];
      for (let k = 7; k >= 0; k--) hex += HEX_DIGITS[(word >>> (k * 4)) & 15];
    }
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/**
 * Bounded in-memory request log: a ring of `capacity` records stored column by column.
 * Why columns instead of one object per request: 50,000 retained objects (each with its own
 * strings and boxed numbers) were promoted out of the young generation one by one, and that
 * garbage-collector work was a third of a GET's time in the emulator (issue 16). Number columns
 * are plain arrays holding unboxed doubles; string columns hold interned strings, so a request
 * leaves behind only its request id.
 */
export class RequestLog {
  private method: string[] = [];
  private rawPath: string[] = [];
  private rawQuery: string[] = [];
  private account: (string | undefined)[] = [];
  private operation: (string | undefined)[] = [];
  private status: number[] = [];
  private durationMs: number[] = [];
  private at: number[] = [];
  private requestId: RequestIds;
  /** Index of the next write once the ring is full (the oldest record). */
  private next = 0;
  private readonly strings = {
    method: new Interner(),
    rawPath: new Interner(),
    rawQuery: new Interner(),
    account: new Interner(),
    operation: new Interner(),
  };

  constructor(private readonly capacity = 50000) {
    this.requestId = new RequestIds(capacity);
  }

  /** Appends a record, dropping the oldest beyond capacity. */
  add(e: RequestLogRecord): void {
    const s = this.strings;
    const i = this.method.length < this.capacity ? this.method.length : this.next;
    this.next = (i + 1) % this.capacity;
    this.method[i] = s.method.of(e.method);
    this.rawPath[i] = s.rawPath.of(e.rawPath);
    this.rawQuery[i] = s.rawQuery.of(e.rawQuery);
    this.account[i] = s.account.of(e.account);
    this.operation[i] = s.operation.of(e.operation);
    this.status[i] = e.status;
    this.durationMs[i] = e.durationMs;
    this.at[i] = e.at;
    this.requestId.set(i, e.requestId);
  }

  private record(i: number): RequestLogRecord {
    return {
      method: this.method[i],
      rawPath: this.rawPath[i],
      rawQuery: this.rawQuery[i],
      account: this.account[i],
      operation: this.operation[i],
      status: this.status[i],
      durationMs: this.durationMs[i],
      at: this.at[i],
      requestId: this.requestId.get(i),
    };
  }

  /** A copy of the entries, oldest first. */
  all(): RequestLogEntry[] {
    const n = this.method.length;
    const start = n < this.capacity ? 0 : this.next;
    const out: RequestLogEntry[] = [];
    for (let k = 0; k < n; k++) out.push(entryOf(this.record((start + k) % n)));
    return out;
  }

  /** Empties the log. */
  clear(): void {
    this.method = [];
    this.rawPath = [];
    this.rawQuery = [];
    this.account = [];
    this.operation = [];
    this.status = [];
    this.durationMs = [];
    this.at = [];
    this.requestId = new RequestIds(this.capacity);
    this.next = 0;
  }
}
