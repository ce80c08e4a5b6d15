/**
 * The SharedKey string-to-sign as Batch computes it, and the variants of it a legitimate client may
 * have signed. Kept apart from auth.ts (which checks dates and signatures) because building this
 * string is most of a verification, so it carries the caches that make a repeated request cheap.
 */
import type { IncomingHttpHeaders } from "node:http";

/** The parts of a request that a SharedKey signature covers. */
export interface SignedRequest {
  method: string;
  /** Raw URL path as sent (including the account segment for path-style endpoints), no query. */
  path: string;
  /** Raw query string without `?` (may be empty). */
  query: string;
  headers: IncomingHttpHeaders;
  /** Length of the received body, used when no Content-Length header was sent (chunked). */
  bodyLength: number;
}

const STANDARD_HEADERS = [
  "content-encoding",
  "content-language",
  "content-length",
  "content-md5",
  "content-type",
  "date",
  "if-modified-since",
  "if-match",
  "if-none-match",
  "if-unmodified-since",
  "range",
] as const;

/** A header's value as signed: repeated values joined with commas, absent as empty. */
export function header(h: IncomingHttpHeaders, name: string): string {
  const v = h[name];
  return Array.isArray(v) ? v.join(",") : (v ?? "");
}

/** Canonicalized `ocp-*` headers: lower-cased names sorted, `name:value\n` each (empty values skipped). */
export function canonicalizedHeaders(h: IncomingHttpHeaders): string {
  // A loop, not map/filter chains: this runs on every request (issue 16).
  const names: string[] = [];
  for (const k of Object.keys(h)) {
    const lower = k.toLowerCase();
    if (lower.startsWith("ocp-")) names.push(lower);
  }
  if (names.length > 1) names.sort();
  let out = "";
  for (const k of names) {
    const v = header(h, k);
    if (v !== "") out += `${k}:${v}\n`;
  }
  return out;
}

/** Query parameters decoded (first value wins, as the SDK's parser does), names optionally lower-cased. */
function parseQuery(query: string, lowerNames: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of query.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? "" : part.slice(eq + 1);
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "));
      } catch {
        return s;
      }
    };
    const name = lowerNames ? dec(rawName).toLowerCase() : dec(rawName);
    if (!out.has(name)) out.set(name, dec(rawValue));
  }
  return out;
}

/** Canonicalized resource: `/account/path` then `\nname:value` per query parameter sorted by name. */
export function canonicalizedResource(
  account: string,
  path: string,
  query: string,
  lowerNames = true,
): string {
  const params = parseQuery(query, lowerNames);
  let out = `/${account}${path}`;
  for (const name of [...params.keys()].sort()) out += `\n${name}:${params.get(name)}`;
  return out;
}

/**
 * Canonicalized resources by account, path, query and name casing. Why: a client sends the same few
 * URLs over and over (polls, retries, a benchmark), and splitting, decoding and sorting the query was
 * a fifth of the verifier's time (issue 16). The value is a pure function of the key.
 */
const resources = new Map<string, string>();
const MAX_RESOURCES = 1024;

/** The last resource looked up: a repeated request compares four values instead of hashing a key. */
let lastResource = { account: "", path: "", query: "", lowerNames: true, resource: "" };

function cachedResource(account: string, path: string, query: string, lowerNames: boolean): string {
  const l = lastResource;
  if (l.path === path && l.query === query && l.account === account && l.lowerNames === lowerNames)
    return l.resource;
  const key = `${lowerNames ? "l" : "s"}${account}\n${path}\n${query}`;
  let out = resources.get(key);
  if (out === undefined) {
    out = canonicalizedResource(account, path, query, lowerNames);
    if (resources.size >= MAX_RESOURCES) resources.delete(resources.keys().next().value as string);
    resources.set(key, out);
  }
  lastResource = { account, path, query, lowerNames, resource: out };
  return out;
}

/** The SharedKey string-to-sign with an explicit Content-Length line value. */
export function stringToSign(
  r: SignedRequest,
  account: string,
  contentLength: string,
  path = r.path,
  lowerNames = true,
): string {
  const std = STANDARD_HEADERS.map((n) => (n === "content-length" ? contentLength : header(r.headers, n)));
  return `${r.method.toUpperCase()}\n${std.join("\n")}\n${canonicalizedHeaders(r.headers)}${canonicalizedResource(account, path, r.query, lowerNames)}`;
}

/**
 * The string-to-sign split around its variable parts: `before` + Content-Length + `after` +
 * canonicalized resource is exactly {@link stringToSign}. Built once per request, so trying another
 * variant costs a concatenation, not re-reading every header.
 */
function signingParts(r: SignedRequest): { before: string; after: string } {
  const h = r.headers;
  // A loop over the fixed list (no map/join): this runs on every request (issue 16).
  let after = "";
  for (let i = 3; i < STANDARD_HEADERS.length; i++) after += `\n${header(h, STANDARD_HEADERS[i])}`;
  return {
    before: `${r.method.toUpperCase()}\n${header(h, "content-encoding")}\n${header(h, "content-language")}\n`,
    after: `${after}\n${canonicalizedHeaders(h)}`,
  };
}

/**
 * The variants a legitimate client may have signed: Content-Length as sent (clients sign "0" for an
 * empty POST while the 2015+ convention signs an empty line), the path raw or percent-decoded, and
 * query names as sent or lower-cased. A tampered value matches none of them.
 */
export function* candidates(r: SignedRequest, account: string): Generator<string> {
  const sentLength = header(r.headers, "content-length");
  const lengths =
    sentLength && sentLength !== "0" ? [sentLength] : r.bodyLength > 0 ? [String(r.bodyLength)] : ["", "0"];
  let decodedPath = r.path;
  if (r.path.includes("%"))
    try {
      decodedPath = decodeURIComponent(r.path);
    } catch {
      // keep raw
    }
  const paths = decodedPath === r.path ? [r.path] : [r.path, decodedPath];
  const names = /[A-Z]/.test(r.query.replace(/=[^&]*/g, "")) ? [true, false] : [true];
  const { before, after } = signingParts(r);
  // Lazily: the first variant is what most clients sign, so the others are rarely built.
  for (const l of lengths)
    for (const p of paths)
      for (const n of names) yield `${before}${l}${after}${cachedResource(account, p, r.query, n)}`;
}

/** What the first variant's string-to-sign is made of, and that string, for the previous request. */
let lastFirst: { inputs: string[]; toSign: string } | undefined;

/**
 * Everything {@link firstCandidate}'s string is a function of: method, account, path, query,
 * Content-Length line, the other standard headers, each `ocp-*` name (lower-cased, sorted) and value.
 */
function firstInputs(r: SignedRequest, account: string, length: string): string[] {
  const h = r.headers;
  const inputs = [r.method, account, r.path, r.query, length];
  for (let i = 0; i < STANDARD_HEADERS.length; i++) if (i !== 2) inputs.push(header(h, STANDARD_HEADERS[i]));
  const ocp: string[] = [];
  for (const k of Object.keys(h)) {
    const lower = k.toLowerCase();
    if (lower.startsWith("ocp-")) ocp.push(lower);
  }
  if (ocp.length > 1) ocp.sort();
  for (const k of ocp) inputs.push(k, header(h, k));
  return inputs;
}

function sameInputs(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The variant most clients sign (Content-Length as sent or of the body, path raw, names lower-cased).
 * A request made of the same inputs as the previous one gets the previous string itself: comparing
 * ~20 short values is cheaper than building the ~300 characters again and comparing those (issue 16).
 */
export function firstCandidate(r: SignedRequest, account: string): string {
  const sentLength = header(r.headers, "content-length");
  const length = sentLength && sentLength !== "0" ? sentLength : r.bodyLength > 0 ? String(r.bodyLength) : "";
  const inputs = firstInputs(r, account, length);
  if (lastFirst && sameInputs(inputs, lastFirst.inputs)) return lastFirst.toSign;
  const { before, after } = signingParts(r);
  const toSign = `${before}${length}${after}${cachedResource(account, r.path, r.query, true)}`;
  lastFirst = { inputs, toSign };
  return toSign;
}
