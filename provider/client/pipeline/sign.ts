import type { TokenCredential } from "@azure/core-auth";
import { sharedKeySigner } from "../auth/sharedKey";
import { TokenCache } from "../auth/tokenCache";
import { BATCH_SCOPE, type BatchAuth } from "../options";
import type { PipelineStep } from "./types";

/**
 * Signing step, run once per attempt (it sits inside the retry loop): sets a fresh `ocp-date` and
 * the `Authorization` header (SharedKey signature, or a cached Entra ID bearer token).
 */
export function signStep(auth: BatchAuth, now?: () => Date): PipelineStep {
  const authorize = authorizer(auth);
  const date = now ? () => now().toUTCString() : httpDateNow;
  return async (req, next) => {
    const headers: Record<string, string> = { ...req.headers, "ocp-date": date() };
    const a = authorize(req.method, req.url, headers);
    headers["authorization"] = typeof a === "string" ? a : await a;
    return next({ ...req, headers });
  };
}

let cachedSecond = NaN;
let cachedDate = "";

/**
 * The current time as an HTTP date. The format has whole seconds, so the string is built once per
 * second rather than once per request; each attempt still carries the time it was signed.
 */
export function httpDateNow(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== cachedSecond) {
    cachedDate = new Date(second * 1000).toUTCString();
    cachedSecond = second;
  }
  return cachedDate;
}

/** Returns the `Authorization` value; synchronously when no I/O is needed (SharedKey, fixed bearer). */
type Authorizer = (method: string, url: URL, headers: Record<string, string>) => string | Promise<string>;

function authorizer(auth: BatchAuth): Authorizer {
  switch (auth.kind) {
    case "sharedKey": {
      if (!auth.accountName || !auth.accountKey) {
        throw new TypeError(
          "auth.sharedKey needs accountName and accountKey (the base64 key of the Batch account)",
        );
      }
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(auth.accountKey)) {
        throw new TypeError(
          "auth.accountKey must be the base64 account key shown by `az batch account keys list`",
        );
      }
      return sharedKeySigner(auth.accountName, auth.accountKey);
    }
    case "bearer":
      if (!auth.token) throw new TypeError("auth.bearer needs a non-empty token");
      return () => `Bearer ${auth.token}`;
    case "tokenCredential": {
      let cache: TokenCache | undefined;
      return async () => {
        cache ??= new TokenCache(
          auth.credential ?? (await defaultCredential()),
          auth.scope ?? BATCH_SCOPE,
          auth.refreshMarginMs ?? 120_000,
        );
        return `Bearer ${await cache.get()}`;
      };
    }
    default:
      throw new TypeError(`Unknown auth kind ${JSON.stringify((auth as { kind?: unknown }).kind)}`);
  }
}

async function defaultCredential(): Promise<TokenCredential> {
  // Loaded lazily: @azure/identity is heavy and not needed for SharedKey or the emulator.
  const { DefaultAzureCredential } = await import("@azure/identity");
  return new DefaultAzureCredential();
}
