import { isIP } from "node:net";

/** A validated account endpoint. */
export interface ParsedEndpoint {
  /** `scheme://host[:port]` — one keep-alive connection pool per origin. */
  origin: string;
  /** Path prefix (path-style emulator account segment, e.g. `/devbatch`), no trailing slash; `""` for real accounts. */
  basePath: string;
  /** Account name guessed from the endpoint (path segment, or the first host label). */
  accountName: string;
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || h === "0:0:0:0:0:0:0:1";
  return false;
}

/**
 * Validates an account endpoint: https for real accounts; plain http only for loopback hosts (the
 * emulator), so account keys and tokens never cross a network unencrypted.
 */
export function parseEndpoint(endpoint: string): ParsedEndpoint {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new TypeError(
      `Invalid Batch endpoint ${JSON.stringify(endpoint)}: expected a URL like https://<account>.<region>.batch.azure.com`,
    );
  }
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) {
      throw new TypeError(
        `Refusing plain http Batch endpoint ${url.origin}: http is allowed only for loopback hosts ` +
          `(127.0.0.0/8, ::1, localhost — the emulator). Use https://<account>.<region>.batch.azure.com`,
      );
    }
  } else if (url.protocol !== "https:") {
    throw new TypeError(`Unsupported Batch endpoint scheme ${url.protocol} in ${url.origin}: use https`);
  }
  if (url.search || url.hash)
    throw new TypeError(`The Batch endpoint must not contain a query or fragment: ${endpoint}`);
  const basePath = url.pathname.replace(/\/+$/, "");
  const firstSegment = basePath.split("/").filter(Boolean)[0];
  const accountName = firstSegment ?? url.hostname.split(".")[0];
  return { origin: url.origin, basePath, accountName };
}
