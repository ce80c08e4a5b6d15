/**
 * Per-request context passed through the pipeline, the shared emulator state handlers use, and the
 * shapes of handlers and routes. A leaf module: it imports only types of other leaves (config, faults,
 * request log, store), never the router or a handler, so dependencies point one way
 * (pipeline → router → handlers → model/store).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Account, Timings } from "./config";
import type { FaultInjector } from "./faults";
import type { RequestLog } from "./requestLog";
import type { Entity, Store } from "./store/Store";

/** State shared by all requests of one running emulator. */
export interface EmulatorState {
  store: Store;
  timings: Timings;
  /** Accounts by lower-cased name. */
  accounts: Map<string, Account>;
  devToken?: string;
  /** The accounts' subscription: ARM ids (subnetId, virtualMachineImageId) elsewhere are refused. */
  subscriptionId?: string;
  /** Largest accepted distance (ms) of a request's ocp-date/Date from the clock; undefined = no check. */
  maxClockSkewMs?: number;
  log: RequestLog;
  faults: FaultInjector;
}

/** The query parameters of a request: what handlers read of them. */
export interface QueryParams {
  /** The first value of a parameter (decoded), or null when absent. */
  get(name: string): string | null;
}

/** Everything known about the request being handled. */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  state: EmulatorState;
  requestId: string;
  /** performance.now() at arrival, for durationMs. */
  started: number;
  /** Wall-clock time of the request (ms); every state-machine evaluation in this request uses it. */
  now: number;
  method: string;
  /** Raw path as sent, e.g. `/devbatch/pools/p1`. */
  rawPath: string;
  /** Raw query string without `?`. */
  rawQuery: string;
  /** Query parameters (decoded as URLSearchParams does). */
  query: QueryParams;
  /** Account name from the first path segment (as sent), if any. */
  account?: string;
  /** Percent-decoded path after the account segment, e.g. `/pools/p1`. */
  subPath: string;
  /** Scheme (https when X-Forwarded-Proto says so) :// host:port (Host header) + `/account`: base of URLs in responses. */
  base: string;
  /** The request used a bare endpoint (no account segment; the account comes from the credentials). */
  bare: boolean;
  body: Buffer;
  /** Parsed JSON body (set by the validation stage). */
  json?: unknown;
  route?: Route;
  params: string[];
}

/** What a handler returns; the pipeline turns it into the HTTP response. */
export interface HandlerResult {
  status: number;
  /** JSON body. */
  body?: unknown;
  /** Raw text body (e.g. the RDP file). */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** The object the response is about: its ETag / Last-Modified become response headers. */
  entity?: Entity;
  /** Send DataServiceId (the entity URL) — create/update operations. */
  dataServiceId?: string;
}

/** A request handler for one operation. */
export type Handler = (ctx: Ctx) => HandlerResult;

/** One routed operation. */
export interface Route {
  method: string;
  pattern: RegExp;
  /** Spec operationId (Nodes_GetRemoteDesktop is not in the 2024-07-01 spec; named after the seed doc). */
  operation: string;
  handler: Handler;
  /** Spec definition validating the request body, if the operation takes one. */
  body?: string;
  /** The spec marks the body optional (e.g. reboot options): an empty body is `{}`. */
  bodyOptional?: boolean;
  /** Whether the spec declares If-Match & co. for this operation (filled from the spec). */
  conditional?: boolean;
}
