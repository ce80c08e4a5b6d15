/** How a request may be retried; decided by the operation (see `retry.ts` for the rules). */
export type RetryMode =
  /** GET/HEAD/PUT/PATCH/DELETE: safe to repeat. */
  | "idempotent"
  /** POST that creates an object: retried, and a 409 *Exists after an uncertain attempt is resolved by the caller. */
  | "create"
  /** Other POST actions (resize, enable, …): retried only when the service surely did not act on it. */
  | "action";

/** What an operation asks the pipeline to do (before serialization). */
export interface OperationSpec {
  /** Spec operation id, e.g. `Pools_GetPool` (used in logs and errors). */
  operation: string;
  /** Human description of the target, e.g. `pool "p1"`. */
  target?: string;
  /** HTTP method. */
  method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path below the account endpoint, already percent-encoded (e.g. `/pools/p1`). Ignored when `url` is set. */
  path: string;
  /** An absolute URL to call instead of endpoint+path (paging `odata.nextLink`). */
  url?: string;
  /** Query parameters (undefined values are dropped). */
  query?: Record<string, string | number | boolean | undefined>;
  /** Headers specific to the operation (conditional headers etc.). */
  headers?: Record<string, string | undefined>;
  /** JSON body. */
  body?: unknown;
  /** Retry rule. */
  retryMode: RetryMode;
  /** Server-side timeOut seconds. */
  timeoutSeconds?: number;
  /** Cancellation. */
  signal?: AbortSignal;
}

/** A serialized request as it flows through the steps. Headers are lower-case. */
export interface PipelineRequest {
  operation: string;
  target?: string;
  method: OperationSpec["method"];
  url: URL;
  headers: Record<string, string>;
  body?: string;
  retryMode: RetryMode;
  signal?: AbortSignal;
  /** 1-based attempt number, set by the retry step. */
  attempt: number;
}

/** A raw response. Header names are lower-case. */
export interface PipelineResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
  /** True when an earlier attempt of this request may have been processed by the service (create resolution). */
  earlierAttemptUncertain?: boolean;
  /** How many attempts were made. */
  attempts?: number;
}

/** The rest of the pipeline, as seen by a step. */
export type Next = (req: PipelineRequest) => Promise<PipelineResponse>;

/** One composable step (serialize/log/retry/sign/send are each one). */
export type PipelineStep = (req: PipelineRequest, next: Next) => Promise<PipelineResponse>;

/** Composes steps left-to-right around a terminal `send`. */
export function composeSteps(steps: PipelineStep[], terminal: Next): Next {
  return steps.reduceRight<Next>((next, step) => (req) => step(req, next), terminal);
}

/**
 * A network failure (no HTTP response). `sent: false` means the connection failed before any byte of
 * the request left (connect refused/timeout, DNS), so the service cannot have acted on it.
 */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly sent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TransportError";
  }
}
