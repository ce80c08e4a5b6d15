import { redactText } from "./redact";

/** Fields used to build a {@link BatchError}. */
export interface BatchErrorInit {
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  status: number;
  /** Batch error code (e.g. `PoolNotSteady`), or a transport code (e.g. `ECONNRESET`). */
  code: string;
  /** Batch's `message.value` text. */
  batchMessage?: string;
  /** Batch's `values` key/value details. */
  values?: Record<string, string>;
  /** Batch `request-id` response header. */
  requestId?: string;
  /** The `client-request-id` the client sent. */
  clientRequestId?: string;
  /** Spec operation id, e.g. `Pools_UpdatePool`. */
  operation: string;
  /** Human description of the target, e.g. `pool "p1"`. */
  target?: string;
  /** Extra advice appended to the message. */
  hint?: string;
  /** Underlying error (network failures). */
  cause?: unknown;
}

/**
 * The one error type of the client. `.message` is written for a person:
 * `Batch Pools_UpdatePool on pool "p1" failed: 409 PoolNotSteady: <text> (request-id …)`.
 * It never contains credentials or request bodies.
 */
export class BatchError extends Error {
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** Batch error code, or a transport code for network failures. */
  readonly code: string;
  /** Batch's message text. */
  readonly batchMessage?: string;
  /** Batch's additional details as a key/value map. */
  readonly values: Record<string, string>;
  /** Batch `request-id`. */
  readonly requestId?: string;
  /** The `client-request-id` sent. */
  readonly clientRequestId?: string;
  /** Spec operation id. */
  readonly operation: string;
  /** Human description of the target object. */
  readonly target?: string;

  constructor(init: BatchErrorInit) {
    super(BatchError.format(init), init.cause !== undefined ? { cause: init.cause } : undefined);
    this.name = "BatchError";
    this.status = init.status;
    this.code = init.code;
    // Servers may echo request fragments; the structured fields get the same redaction as the message.
    this.batchMessage = init.batchMessage === undefined ? undefined : redactText(init.batchMessage);
    this.values = Object.fromEntries(Object.entries(init.values ?? {}).map(([k, v]) => [k, redactText(v)]));
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.operation = init.operation;
    this.target = init.target;
  }

  private static format(i: BatchErrorInit): string {
    const on = i.target ? ` on ${i.target}` : "";
    const head = i.status ? `${i.status} ${i.code}` : i.code;
    const text = i.batchMessage ? `: ${firstLine(i.batchMessage)}` : "";
    const details = Object.entries(i.values ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
    const ids = [
      i.requestId ? `request-id ${i.requestId}` : "",
      i.clientRequestId ? `client-request-id ${i.clientRequestId}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    const msg =
      `Batch ${i.operation}${on} failed: ${head}${text}` +
      (details ? ` [${details}]` : "") +
      (i.hint ? `. ${i.hint}` : "") +
      (ids ? ` (${ids})` : "");
    return redactText(msg);
  }
}

function firstLine(s: string): string {
  // Batch messages end with "\nRequestId:...\nTime:..." which the ids already cover.
  return s.split("\n")[0].trim();
}

/** Type guard for {@link BatchError}, robust across module copies (checks the name and fields). */
export function isBatchError(e: unknown): e is BatchError {
  return (
    e instanceof BatchError ||
    (e instanceof Error &&
      e.name === "BatchError" &&
      typeof (e as BatchError).status === "number" &&
      typeof (e as BatchError).code === "string")
  );
}

/** True for a Batch 404 (any *NotFound code). */
export function isNotFound(e: unknown): e is BatchError {
  return isBatchError(e) && e.status === 404;
}

/** True for a Batch 409 conflict, optionally with a given code (e.g. `PoolExists`, `PoolBeingDeleted`). */
export function isConflict(e: unknown, code?: string): e is BatchError {
  return isBatchError(e) && e.status === 409 && (code === undefined || e.code === code);
}

/** True for 412 ConditionNotMet: the object changed since its ETag was read. */
export function isConditionNotMet(e: unknown): e is BatchError {
  return isBatchError(e) && e.status === 412;
}

/** Advice attached to 412 errors. */
export const CONDITION_NOT_MET_HINT =
  "The object changed on the Batch service since it was read (its ETag no longer matches); " +
  "run `pulumi refresh` and retry";

interface BatchErrorBody {
  code?: unknown;
  message?: { value?: unknown } | unknown;
  values?: unknown;
  "odata.error"?: BatchErrorBody;
}

/**
 * Builds a {@link BatchError} from an HTTP error response. Accepts Batch's JSON error body
 * (`{code, message: {lang, value}, values: [{key, value}]}`, also inside `odata.error`) and falls back
 * to the HTTP status text for empty or non-JSON bodies (HEAD requests, proxies).
 */
export function errorFromResponse(args: {
  status: number;
  bodyText: string;
  operation: string;
  target?: string;
  requestId?: string;
  clientRequestId?: string;
}): BatchError {
  let parsed: BatchErrorBody | undefined;
  try {
    parsed = args.bodyText ? (JSON.parse(args.bodyText) as BatchErrorBody) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed && parsed["odata.error"]) parsed = parsed["odata.error"];
  const msg = parsed?.message;
  let batchMessage: string | undefined;
  if (typeof msg === "string") batchMessage = msg;
  else if (msg && typeof msg === "object" && typeof (msg as { value?: unknown }).value === "string") {
    batchMessage = (msg as { value: string }).value;
  } else if (!parsed && args.bodyText && args.bodyText.length < 300) batchMessage = args.bodyText;
  const values: Record<string, string> = {};
  if (Array.isArray(parsed?.values)) {
    for (const v of parsed.values as { key?: unknown; value?: unknown }[]) {
      if (v && typeof v.key === "string") values[v.key] = String(v.value ?? "");
    }
  }
  let code = typeof parsed?.code === "string" ? parsed.code : defaultCode(args.status);
  let hint: string | undefined;
  if (args.status === 412) {
    code = typeof parsed?.code === "string" ? parsed.code : "ConditionNotMet";
    hint = CONDITION_NOT_MET_HINT;
  }
  return new BatchError({ ...args, code, batchMessage, values, hint });
}

function defaultCode(status: number): string {
  switch (status) {
    case 400:
      return "BadRequest";
    case 401:
      return "AuthenticationFailed";
    case 403:
      return "Forbidden";
    case 404:
      return "NotFound";
    case 409:
      return "Conflict";
    case 412:
      return "ConditionNotMet";
    case 429:
      return "TooManyRequests";
    default:
      return status >= 500 ? "ServerError" : `Http${status}`;
  }
}
