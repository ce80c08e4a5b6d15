import type { AccessToken, TokenCredential } from "@azure/identity";
import { TokenCache } from "../../../provider/client/auth/tokenCache";
import { BATCH_SCOPE } from "../../../provider/client";

/** A fake credential handing out numbered tokens that expire `lifetimeMs` after issue. */
function fakeCredential(lifetimeMs: number) {
  const calls: string[] = [];
  const credential: TokenCredential = {
    async getToken(scopes): Promise<AccessToken> {
      calls.push(Array.isArray(scopes) ? scopes.join(" ") : scopes);
      await new Promise((r) => setTimeout(r, 5));
      return { token: `t${calls.length}`, expiresOnTimestamp: Date.now() + lifetimeMs };
    },
  };
  return { credential, calls };
}

describe("TokenCache", () => {
  it("caches, shares one in-flight request, and refreshes within the margin", async () => {
    const { credential, calls } = fakeCredential(300);
    const cache = new TokenCache(credential, BATCH_SCOPE, 200);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(["t1", "t1", "t1"]);
    expect(await cache.get()).toBe("t1");
    expect(calls).toEqual([BATCH_SCOPE]);
    await new Promise((r) => setTimeout(r, 120)); // now inside the 200 ms refresh margin
    expect(await cache.get()).toBe("t2");
    expect(calls).toHaveLength(2);
  });
});
