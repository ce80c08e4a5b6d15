import type { AccessToken, TokenCredential } from "@azure/core-auth";

/**
 * Caches an Entra ID access token and refreshes it `refreshMarginMs` before it expires. Concurrent
 * callers share one in-flight `getToken` so a burst of requests costs one token request.
 */
export class TokenCache {
  private token?: AccessToken;
  private pending?: Promise<AccessToken>;

  constructor(
    private readonly credential: TokenCredential,
    private readonly scope: string,
    private readonly refreshMarginMs = 120_000,
  ) {}

  /** A valid token, from cache when it is not within the refresh margin of its expiry. */
  async get(): Promise<string> {
    const t = this.token;
    if (t && t.expiresOnTimestamp - this.refreshMarginMs > Date.now()) return t.token;
    this.pending ??= this.fetch().finally(() => (this.pending = undefined));
    return (await this.pending).token;
  }

  private async fetch(): Promise<AccessToken> {
    const t = await this.credential.getToken(this.scope);
    if (!t) throw new Error(`The credential returned no token for scope ${this.scope}`);
    this.token = t;
    return t;
  }
}
