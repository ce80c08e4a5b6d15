/**
 * Stage 1 of the pipeline: the request context (URL split into account and sub-path, query
 * parameters, base URL of links in answers), built from the raw request line without `new URL()`.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Ctx, EmulatorState, QueryParams } from "./context";
import { CONTROL_PREFIX } from "./control";

/** Top-level Batch collections: a path starting with one of them has no account segment. */
const BARE_COLLECTIONS =
  /^(pools|jobs|jobschedules|certificates(\(.*)?|nodecounts|poolusagemetrics|supportedimages|applications)$/i;

/** The body of a request without one (shared: never written to). */
export const NO_BODY = Buffer.alloc(0);

/** Characters after which a query needs URLSearchParams' decoding: `%`, `+`, or a leading `?`. */
const NEEDS_DECODING = /[%+]|^\?/;

/**
 * The query parameters of a request, as `URLSearchParams.get` reads them (first value of a name).
 * Why not URLSearchParams itself: constructing one per request was ~4% of a GET (issue 16), and
 * a query without `%` or `+` (`api-version=...`, nearly all) reads the same undecoded. Any other
 * query is handed to URLSearchParams, so the decoding is exactly its own.
 */
export class RequestQuery implements QueryParams {
  private decoded: URLSearchParams | null | undefined;

  constructor(private readonly raw: string) {}

  /** The first value of `name`, or null. */
  get(name: string): string | null {
    if (this.decoded === undefined)
      this.decoded = NEEDS_DECODING.test(this.raw) ? new URLSearchParams(this.raw) : null;
    if (this.decoded) return this.decoded.get(name);
    const q = this.raw;
    for (let i = 0; i < q.length;) {
      let end = q.indexOf("&", i);
      if (end < 0) end = q.length;
      let eq = q.indexOf("=", i);
      if (eq < 0 || eq > end) eq = end;
      if (eq - i === name.length && q.startsWith(name, i)) return eq === end ? "" : q.slice(eq + 1, end);
      i = end + 1;
    }
    return null;
  }
}

/** decodeURIComponent, skipped when there is nothing to decode (it returns its input then). */
function decoded(s: string): string {
  return s.includes("%") ? decodeURIComponent(s) : s;
}

/** What the first path segment, Host and scheme make of a request: account, base URL, bare or not. */
interface Prefix {
  scheme: string;
  host: string;
  first: string;
  control: boolean;
  bare: boolean;
  account: string | undefined;
  base: string;
}

/**
 * The prefix of each emulator's previous request. Why: a client sends request after request to the
 * same endpoint, and reusing the very same `base` and `account` strings lets every map keyed by them
 * (GET bodies per base URL, accounts) find them by their cached hash instead of hashing new copies.
 */
const lastPrefix = new WeakMap<EmulatorState, Prefix>();

function prefixOf(
  state: EmulatorState,
  scheme: string,
  host: string,
  first: string,
  control: boolean,
): Prefix {
  const l = lastPrefix.get(state);
  if (l && l.first === first && l.host === host && l.scheme === scheme && l.control === control) return l;
  // Bare endpoint (`http://127.0.0.1:PORT/pools`): @azure/batch cannot keep a path in its endpoint, so
  // a first segment naming a Batch collection (and no account) means "account from the credentials".
  const bare = !!first && BARE_COLLECTIONS.test(first) && !state.accounts.has(first.toLowerCase());
  const account = first && !bare && !control ? decoded(first) : undefined;
  const base = bare ? `${scheme}://${host}` : `${scheme}://${host}/${account ?? ""}`;
  const p: Prefix = { scheme, host, first, control, bare, account, base };
  lastPrefix.set(state, p);
  return p;
}

/** Builds the request context (the body is read afterwards). */
export function createContext(req: IncomingMessage, res: ServerResponse, state: EmulatorState): Ctx {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? "" : url.slice(q + 1);
  const seg = rawPath.indexOf("/", 1);
  const first = seg < 0 ? rawPath.slice(1) : rawPath.slice(1, seg);
  const rest = seg < 0 ? "" : rawPath.slice(seg);
  let subPath = rest;
  try {
    subPath = decoded(rest);
  } catch {
    // keep raw; routing will fail with 404
  }
  const host = req.headers.host ?? "127.0.0.1";
  // Behind a TLS-terminating proxy (Azure SDKs send Bearer tokens over https only) links in answers
  // (odata.nextLink, url, odata.metadata) must say https, as the real service's do.
  const proto = req.headers["x-forwarded-proto"];
  const forwarded = proto === undefined ? "" : String(proto).split(",")[0]?.trim().toLowerCase();
  const scheme = forwarded === "https" ? "https" : "http";
  const control = rawPath.startsWith(CONTROL_PREFIX);
  const p = prefixOf(state, scheme, host, first, control);
  if (p.bare) {
    try {
      subPath = decoded(rawPath);
    } catch {
      subPath = rawPath;
    }
  }
  const { account, base, bare } = p;
  return {
    req,
    res,
    state,
    requestId: randomUUID(),
    started: performance.now(),
    now: Date.now(),
    method: (req.method ?? "GET").toUpperCase(),
    rawPath,
    rawQuery,
    query: new RequestQuery(rawQuery),
    account,
    subPath,
    base,
    bare,
    body: NO_BODY,
    params: [],
  };
}
