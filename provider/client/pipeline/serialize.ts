import { randomUUID } from "node:crypto";
import type { ParsedEndpoint } from "../endpoint";
import type { OperationSpec, PipelineRequest } from "./types";

/** Client-wide inputs of serialization. */
export interface SerializeContext {
  endpoint: ParsedEndpoint;
  apiVersion: string;
  defaultTimeoutSeconds?: number;
  userAgent: string;
}

/** The content type Batch expects for JSON request bodies. */
export const BATCH_JSON_CONTENT_TYPE = "application/json; odata=minimalmetadata";

/**
 * First step: turns an {@link OperationSpec} into a wire request — URL with `api-version` and `timeOut`,
 * the JSON body, `client-request-id` (fresh uuid), `return-client-request-id`, content headers.
 * Auth headers and `ocp-date` are added later by the sign step, once per attempt.
 */
export function serializeRequest(spec: OperationSpec, ctx: SerializeContext): PipelineRequest {
  let url: URL;
  const timeout = spec.timeoutSeconds ?? ctx.defaultTimeoutSeconds;
  if (spec.url) {
    url = new URL(spec.url, ctx.endpoint.origin);
    // Never send credentials to another host than the configured endpoint.
    if (url.origin !== ctx.endpoint.origin) {
      throw new TypeError(
        `Batch ${spec.operation}: refusing to follow a link to ${url.origin}, which is not the account endpoint ${ctx.endpoint.origin}`,
      );
    }
    addQuery(url.searchParams, spec.query, ctx.apiVersion, timeout);
  } else {
    // The query is built apart and the URL parsed once: every searchParams.set on a URL re-serializes it.
    const params = new URLSearchParams();
    addQuery(params, spec.query, ctx.apiVersion, timeout);
    const qs = params.size ? `?${params.toString()}` : "";
    url = new URL(ctx.endpoint.basePath + spec.path + qs, ctx.endpoint.origin);
  }

  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": ctx.userAgent,
    "client-request-id": randomUUID(),
    "return-client-request-id": "true",
  };
  const extra = spec.headers;
  if (extra)
    for (const k in extra) {
      const v = extra[k];
      if (v !== undefined) headers[k.toLowerCase()] = v;
    }
  let body: string | undefined;
  if (spec.body !== undefined) {
    body = JSON.stringify(spec.body);
    headers["content-type"] = BATCH_JSON_CONTENT_TYPE;
    headers["content-length"] = String(Buffer.byteLength(body));
  } else if (spec.method === "POST" || spec.method === "PUT" || spec.method === "PATCH") {
    // Declared explicitly so what is signed is what is sent.
    headers["content-length"] = "0";
  }
  return {
    operation: spec.operation,
    target: spec.target,
    method: spec.method,
    url,
    headers,
    body,
    retryMode: spec.retryMode,
    signal: spec.signal,
    attempt: 1,
  };
}

/** The operation's query parameters, then `api-version` and `timeOut` unless already there. */
function addQuery(
  params: URLSearchParams,
  query: OperationSpec["query"],
  apiVersion: string,
  timeout: number | undefined,
): void {
  if (query)
    for (const k in query) {
      const v = query[k];
      if (v !== undefined && v !== "") params.set(k, String(v));
    }
  if (!params.has("api-version")) params.set("api-version", apiVersion);
  if (timeout !== undefined && !params.has("timeOut")) params.set("timeOut", String(timeout));
}
