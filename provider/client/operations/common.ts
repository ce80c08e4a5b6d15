import type { ActionOptions, BatchResponse, GetOptions, ListOptions, RequestConditions } from "../options";
import type { OperationSpec, PipelineResponse } from "../pipeline/types";

/** What operation groups need from the client: run one operation and check its status. */
export interface OperationRunner {
  /** Runs the operation; resolves for `expected` statuses, throws {@link BatchError} otherwise. */
  call<T>(spec: OperationSpec, expected: number[]): Promise<BatchResponse<T>>;
  /** Runs the operation and returns the raw response whatever its status. */
  raw(spec: OperationSpec): Promise<PipelineResponse>;
}

/** Percent-encodes one path segment (ids may contain characters like `#` that must not leak into the URL). */
export function seg(id: string): string {
  if (typeof id !== "string" || id.length === 0) {
    throw new TypeError(`Expected a non-empty id string, got ${JSON.stringify(id)}`);
  }
  return encodeURIComponent(id);
}

function httpDate(v: string | Date | undefined): string | undefined {
  if (v === undefined) return undefined;
  return v instanceof Date ? v.toUTCString() : v;
}

/** Conditional headers (only for operations whose spec lists them). */
export function conditionHeaders(c: RequestConditions | undefined): Record<string, string | undefined> {
  if (!c) return {};
  return {
    "if-match": c.ifMatch,
    "if-none-match": c.ifNoneMatch,
    "if-modified-since": httpDate(c.ifModifiedSince),
    "if-unmodified-since": httpDate(c.ifUnmodifiedSince),
  };
}

function csv(v: string[] | string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.join(",") : v;
}

/** `$select` / `$expand` query parameters of a read. */
export function readQuery(o: GetOptions | undefined): Record<string, string | undefined> {
  return { $select: csv(o?.select), $expand: csv(o?.expand) };
}

/** Query parameters of a list. */
export function listQuery(o: ListOptions | undefined): Record<string, string | number | undefined> {
  return { $filter: o?.filter, $select: csv(o?.select), $expand: csv(o?.expand), maxresults: o?.maxResults };
}

/** Common spec fields (timeout, signal, conditions) of an action call. */
export function actionFields(
  o: ActionOptions | undefined,
  withConditions: boolean,
): Pick<OperationSpec, "timeoutSeconds" | "signal" | "headers"> {
  return {
    timeoutSeconds: o?.timeoutSeconds,
    signal: o?.signal,
    headers: withConditions ? conditionHeaders(o?.conditions) : undefined,
  };
}
