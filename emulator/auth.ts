/**
 * Authentication: SharedKey verification exactly as Batch computes it, plus an optional dev Bearer token.
 * Written independently of the client's signer so each checks the other.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Account } from "./config";
import { authenticationFailed, invalidAuthenticationInfo } from "./errors";

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

function header(h: IncomingHttpHeaders, name: string): string {
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

/** Decoded account keys by their base64 form: decoding once per key, not once per request. */
const decodedKeys = new Map<string, Buffer>();

function decodedKey(key: string): Buffer {
  let k = decodedKeys.get(key);
  if (!k) {
    k = Buffer.from(key, "base64");
    // Accounts are few and fixed per emulator; the bound only guards against churn.
    if (decodedKeys.size >= 64) decodedKeys.clear();
    decodedKeys.set(key, k);
  }
  return k;
}

/** HMAC-SHA256 of the string-to-sign with the base64-decoded key, base64-encoded. */
export function computeSignature(key: string, toSign: string): string {
  return createHmac("sha256", decodedKey(key)).update(toSign, "utf8").digest("base64");
}

/**
 * Signatures recently verified, by key and string-to-sign: a client repeating a request (polls,
 * retries, a benchmark) is verified by comparing strings instead of recomputing the HMAC. Sound
 * because the HMAC is a pure function of the key and the string-to-sign, and replay protection is
 * the date check, which runs before every lookup. Holds signatures, never keys.
 */
const verified = new Map<string, { key: string; signature: string }>();
const MAX_VERIFIED = 1024;

/** The last signature looked up: a client repeating a request is answered without hashing its string-to-sign. */
let lastVerified = { key: "", toSign: "", signature: "" };

function signatureOf(key: string, toSign: string): string {
  if (toSign === lastVerified.toSign && key === lastVerified.key) return lastVerified.signature;
  const hit = verified.get(toSign);
  if (hit && hit.key === key) {
    lastVerified = { key, toSign, signature: hit.signature };
    return hit.signature;
  }
  const signature = computeSignature(key, toSign);
  // Map order is insertion order: drop the oldest when full.
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value as string);
  verified.set(toSign, { key, signature });
  return signature;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Constant-time equality of a computed signature (base64, ASCII) and the one sent: the time taken
 * depends on the lengths only. Why not {@link safeEqual}: two Buffer copies per request for 44
 * characters (issue 16).
 */
function sameSignature(computed: string, given: string): boolean {
  if (computed.length !== given.length) return false;
  let diff = 0;
  for (let i = 0; i < computed.length; i++) diff |= computed.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}

/**
 * The variants a legitimate client may have signed: Content-Length as sent (clients sign "0" for an
 * empty POST while the 2015+ convention signs an empty line), the path raw or percent-decoded, and
 * query names as sent or lower-cased. A tampered value matches none of them.
 */
function* candidates(r: SignedRequest, account: string): Generator<string> {
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

/** The variant most clients sign (Content-Length as sent or of the body, path raw, names lower-cased). */
function firstCandidate(r: SignedRequest, account: string): string {
  const sentLength = header(r.headers, "content-length");
  const length = sentLength && sentLength !== "0" ? sentLength : r.bodyLength > 0 ? String(r.bodyLength) : "";
  const { before, after } = signingParts(r);
  return `${before}${length}${after}${cachedResource(account, r.path, r.query, true)}`;
}

/**
 * Batch refuses a signed request dated more than 15 minutes from its clock, so that a captured
 * request cannot be replayed later (403 AuthenticationFailed).
 */
function checkDate(date: string, now: number, maxSkewMs: number): void {
  const at = parsedDate(date);
  if (Number.isNaN(at))
    throw authenticationFailed(`The date '${date}' of the request is not an HTTP date (RFC 1123).`);
  if (Math.abs(now - at) > maxSkewMs)
    throw authenticationFailed(
      `Request date header too old or too far in the future: '${date}'. The ocp-date or Date header must be within 15 minutes of the server's time; send the current time.`,
    );
}

/** The last date parsed: clients send the same second's date on many requests (Date.parse is not free). */
let lastDate = { text: "", at: NaN };

function parsedDate(date: string): number {
  if (date !== lastDate.text) lastDate = { text: date, at: Date.parse(date) };
  return lastDate.at;
}

/**
 * Verifies the Authorization header of a request for `account`. Throws 403 AuthenticationFailed
 * (SharedKey) or 401 InvalidAuthenticationInfo (Bearer); returns normally when authenticated.
 */
export function authenticate(
  r: SignedRequest,
  account: Account,
  devToken?: string,
  clock?: { now: number; maxSkewMs: number },
): void {
  const auth = header(r.headers, "authorization");
  if (!auth) throw authenticationFailed("The Authorization header is missing.");
  if (/^bearer /i.test(auth)) {
    const token = auth.slice(7).trim();
    if (devToken && safeEqual(token, devToken)) return;
    throw invalidAuthenticationInfo(
      devToken ? "The Bearer token is not valid." : "Bearer tokens are not enabled (no devToken configured).",
    );
  }
  const m = /^SharedKey ([^:]+):(.+)$/.exec(auth);
  if (!m)
    throw authenticationFailed("The Authorization header is not of the form 'SharedKey account:signature'.");
  if (m[1] !== account.name && m[1].toLowerCase() !== account.name.toLowerCase())
    throw authenticationFailed(
      `The account name in the Authorization header does not match the account '${account.name}'.`,
    );
  const date = header(r.headers, "ocp-date") || header(r.headers, "date");
  if (!date) throw authenticationFailed("The request has neither an ocp-date nor a Date header.");
  if (clock) checkDate(date, clock.now, clock.maxSkewMs);
  const given = m[2].trim();
  // The first variant without the generator: what nearly every request matches.
  if (sameSignature(signatureOf(account.key, firstCandidate(r, m[1])), given)) return;
  for (const s of candidates(r, m[1])) if (sameSignature(signatureOf(account.key, s), given)) return;
  throw authenticationFailed(
    "The MAC signature found in the HTTP request is not the same as any computed signature.",
  );
}
