/**
 * Authentication: SharedKey verification exactly as Batch computes it, plus an optional dev Bearer token.
 * Written independently of the client's signer so each checks the other.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Account } from "./config";
import { authenticationFailed, invalidAuthenticationInfo } from "./errors";
import { candidates, firstCandidate, header, type SignedRequest } from "./stringToSign";

export type { SignedRequest } from "./stringToSign";
export { canonicalizedHeaders, canonicalizedResource, stringToSign } from "./stringToSign";

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
