import { createHmac } from "node:crypto";

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
  let s = req.method.toUpperCase() + "\n";
  for (const name of STANDARD_HEADERS) {
    s += (h[name] ?? "") + "\n";
  }
  const ocp = Object.keys(h)
    .filter((k) => k.startsWith("ocp-") && h[k] !== "")
    .sort();
  for (const k of ocp) s += `${k}:${h[k].replace(/\s+/g, " ").trim()}\n`;
  const url = typeof req.url === "string" ? new URL(req.url) : req.url;
  s += `/${accountName}${url.pathname || "/"}`;
  const params = new Map<string, string[]>();
  for (const [k, v] of url.searchParams) {
    const name = k.toLowerCase();
    params.set(name, [...(params.get(name) ?? []), v]);
  }
  for (const name of [...params.keys()].sort()) s += `\n${name}:${params.get(name)!.join(",")}`;
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
