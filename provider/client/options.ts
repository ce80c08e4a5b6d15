import type { TokenCredential } from "@azure/core-auth";

/** The Batch data-plane api-version every request sends (the version of spec/BatchService.json). */
export const BATCH_API_VERSION = "2024-07-01.20.0";

/** The Entra ID scope for the Batch data plane (the double slash is part of the resource id). */
export const BATCH_SCOPE = "https://batch.core.windows.net//.default";

/**
 * How the client authenticates.
 * - `sharedKey`: account name + base64 account key (Batch's SharedKey HMAC-SHA256 scheme).
 * - `tokenCredential`: Entra ID through `@azure/identity`; `DefaultAzureCredential` when no credential is given.
 *   Tokens are cached and refreshed `refreshMarginMs` (default 2 minutes) before they expire.
 * - `bearer`: a fixed access token (tests, short scripts); never refreshed.
 */
export type BatchAuth =
  | { kind: "sharedKey"; accountName: string; accountKey: string }
  | { kind: "tokenCredential"; credential?: TokenCredential; scope?: string; refreshMarginMs?: number }
  | { kind: "bearer"; token: string };

/**
 * Retry policy. Delays use exponential backoff with full jitter:
 * `random(0, min(maxDelayMs, initialDelayMs * 2^(attempt-1)))`, except that a server `Retry-After`,
 * `retry-after-ms` or `x-ms-retry-after-ms` header wins (capped at `maxRetryAfterMs`).
 */
export interface RetryOptions {
  /** Total attempts including the first (default 4). 1 disables retries. */
  maxAttempts?: number;
  /** Base of the exponential backoff in ms (default 800). */
  initialDelayMs?: number;
  /** Upper bound of one backoff delay in ms (default 30 000). */
  maxDelayMs?: number;
  /** Upper bound for a server-requested delay in ms (default 60 000). */
  maxRetryAfterMs?: number;
}

/** Everything needed to build a {@link BatchClient}. */
export interface BatchClientOptions {
  /**
   * The Batch account endpoint, e.g. `https://myaccount.westeurope.batch.azure.com`, or path-style
   * `http://127.0.0.1:PORT/devbatch` for the emulator. Plain http is accepted only for loopback hosts.
   */
  endpoint: string;
  /** How to authenticate. */
  auth: BatchAuth;
  /** Retry policy (defaults in {@link RetryOptions}). */
  retry?: RetryOptions;
  /** Receives one redacted line per request attempt, retry decision and response. */
  logger?: (line: string) => void;
  /** Default server-side `timeOut` query parameter in seconds (Batch caps it at 30); omitted when unset. */
  timeoutSeconds?: number;
  /** Client-side limit in ms for waiting on response headers and body (default 60 000). */
  requestTimeoutMs?: number;
  /** Extra `User-Agent` prefix. */
  userAgent?: string;
  /** Keep-alive connections per endpoint origin (default 16). */
  connections?: number;
}

/** HTTP conditional headers; sent only on operations whose spec lists them. */
export interface RequestConditions {
  /** Proceed only if the object's current ETag equals this one. */
  ifMatch?: string;
  /** Proceed only if the object's current ETag differs from this one. */
  ifNoneMatch?: string;
  /** Proceed only if modified after this time (RFC 1123 string or Date). */
  ifModifiedSince?: string | Date;
  /** Proceed only if not modified after this time (RFC 1123 string or Date). */
  ifUnmodifiedSince?: string | Date;
}

/** Per-call options common to every operation. */
export interface CallOptions {
  /** Server-side `timeOut` in seconds for this call (overrides the client default). */
  timeoutSeconds?: number;
  /** Cancels the call (including backoff sleeps). */
  signal?: AbortSignal;
}

/** Options of calls that modify an object and accept conditional headers. */
export interface ActionOptions extends CallOptions {
  /** Conditional headers (e.g. `ifMatch: etagFromLastRead`); a failed condition throws 412 ConditionNotMet. */
  conditions?: RequestConditions;
}

/** Options of delete/terminate calls that accept `force`. */
export interface ForceOptions extends ActionOptions {
  /** Batch's `force` query parameter. */
  force?: boolean;
}

/** Options of single-object reads. */
export interface GetOptions extends ActionOptions {
  /** OData `$select`: property names (array or comma-separated string). */
  select?: string[] | string;
  /** OData `$expand` (e.g. `stats`). */
  expand?: string[] | string;
}

/** Options of list calls. */
export interface ListOptions extends CallOptions {
  /** OData `$filter`, e.g. `startswith(id,'web')`. */
  filter?: string;
  /** OData `$select`: property names (array or comma-separated string). */
  select?: string[] | string;
  /** OData `$expand`, where the operation supports it. */
  expand?: string[] | string;
  /** `maxresults`: page size (Batch allows 1..1000). */
  maxResults?: number;
}

/** A successful response: the parsed body plus the Batch response headers worth keeping. */
export interface BatchResponse<T> {
  /** Parsed JSON body (`undefined` for empty responses). */
  body: T;
  /** HTTP status. */
  status: number;
  /** `ETag` header (pass back in `conditions.ifMatch`). */
  etag?: string;
  /** `Last-Modified` header. */
  lastModified?: string;
  /** Batch's `request-id` (quote it to Azure support). */
  requestId?: string;
  /** The `client-request-id` this client sent. */
  clientRequestId?: string;
}

/**
 * Result of a create (`add`). `adopted: true` means an earlier attempt's outcome was uncertain, the
 * retry got 409 *Exists, and the object found on the service matches every property that was sent —
 * so the earlier attempt created it.
 */
export interface CreateResponse extends BatchResponse<undefined> {
  /** True when the object was found already created by an earlier uncertain attempt. */
  adopted: boolean;
}
