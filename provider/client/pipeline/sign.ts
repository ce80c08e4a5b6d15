import type { TokenCredential } from "@azure/core-auth";
import { sharedKeyAuthorization } from "../auth/sharedKey";
import { TokenCache } from "../auth/tokenCache";
import { BATCH_SCOPE, type BatchAuth } from "../options";
import type { PipelineStep } from "./types";

/**
 * Signing step, run once per attempt (it sits inside the retry loop): sets a fresh `ocp-date` and
 * the `Authorization` header (SharedKey signature, or a cached Entra ID bearer token).
 */
export function signStep(auth: BatchAuth, now: () => Date = () => new Date()): PipelineStep {
  const authorize = authorizer(auth);
  return async (req, next) => {
    const headers: Record<string, string> = { ...req.headers, "ocp-date": now().toUTCString() };
    headers["authorization"] = await authorize(req.method, req.url, headers);
    return next({ ...req, headers });
  };
}

type Authorizer = (method: string, url: URL, headers: Record<string, string>) => Promise<string>;

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
      return async (method, url, headers) =>
        sharedKeyAuthorization({ method, url, headers }, auth.accountName, auth.accountKey);
    }
    case "bearer":
      if (!auth.token) throw new TypeError("auth.bearer needs a non-empty token");
      return async () => `Bearer ${auth.token}`;
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
