import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

/** The parts of a request that Batch's SharedKey signature covers. Header names are case-insensitive. */
export interface SignableRequest {
  method: string;
  /** Full request URL (the path is used as sent, percent-encoding included). */
  url: URL | string;
  headers: Record<string, string | undefined>;
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
];

/**
 * Builds Batch's SharedKey string-to-sign:
 * `VERB\n` + the standard headers above one per line (Content-Length exactly as sent, "0" included:
 * Microsoft's Batch signers do so, unlike Storage's empty-when-zero rule) + the `ocp-*`
 * headers lower-cased, sorted, as `name:value\n` + the canonicalized resource `/account/urlpath`
 * followed by the query parameters, lower-cased names, sorted, values decoded, as `\nname:value`
 * (repeated names joined with `,`).
 */
export function sharedKeyStringToSign(req: SignableRequest, accountName: string): string {
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) h[k.toLowerCase()] = String(v);
  const url = typeof req.url === "string" ? new URL(req.url) : req.url;
  return stringToSign(req.method, url, h, accountName);
}

/** {@link sharedKeyStringToSign} for headers whose names are already lower case and values defined. */
function stringToSign(method: string, url: URL, h: Record<string, string>, accountName: string): string {
  let s = method.toUpperCase() + "\n";
  for (const name of STANDARD_HEADERS) s += (h[name] ?? "") + "\n";
  const ocp: string[] = [];
  for (const k in h) if (k.startsWith("ocp-") && h[k] !== "") ocp.push(k);
  ocp.sort();
  for (const k of ocp) s += `${k}:${h[k].replace(/\s+/g, " ").trim()}\n`;
  s += `/${accountName}${url.pathname || "/"}`;
  const params = new Map<string, string>();
  for (const [k, v] of url.searchParams) {
    const name = k.toLowerCase();
    const prev = params.get(name);
    params.set(name, prev === undefined ? v : `${prev},${v}`);
  }
  for (const name of [...params.keys()].sort()) s += `\n${name}:${params.get(name)}`;
  return s;
}

/** HMAC-SHA256 of `stringToSign` with the base64-decoded account key, base64-encoded. */
export function hmacSha256Base64(accountKey: string, stringToSign: string): string {
  return createHmac("sha256", Buffer.from(accountKey, "base64"))
    .update(stringToSign, "utf8")
    .digest("base64");
}

/** The `Authorization` header value `SharedKey account:signature` for a request. */
export function sharedKeyAuthorization(
  req: SignableRequest,
  accountName: string,
  accountKey: string,
): string {
  return `SharedKey ${accountName}:${hmacSha256Base64(accountKey, sharedKeyStringToSign(req, accountName))}`;
}

/**
 * A SharedKey signer for one account: the key is decoded once (not per request), and the request's
 * header names must already be lower case with no undefined values, as the pipeline's are, so they
 * are not copied again. Returns the `Authorization` header value.
 */
export function sharedKeySigner(
  accountName: string,
  accountKey: string,
): (method: string, url: URL, headers: Record<string, string>) => string {
  const key: KeyObject = createSecretKey(Buffer.from(accountKey, "base64"));
  const prefix = `SharedKey ${accountName}:`;
  return (method, url, headers) =>
    prefix +
    createHmac("sha256", key)
      .update(stringToSign(method, url, headers, accountName), "utf8")
      .digest("base64");
}
