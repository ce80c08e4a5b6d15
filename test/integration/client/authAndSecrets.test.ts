import type { AccessToken, TokenCredential } from "@azure/identity";
import { BATCH_SCOPE, BatchClient } from "../../../provider/client";
import { batchError, DEV_ACCOUNT, startScriptedServer } from "./scriptedServer";

describe("auth and secrets (scripted server)", () => {
  it("uses a TokenCredential with the Batch scope, caching and refreshing the token", async () => {
    const calls: string[] = [];
    const credential: TokenCredential = {
      async getToken(scopes): Promise<AccessToken> {
        calls.push(String(scopes));
        // Valid for 3.5 s with a 2 s refresh margin: usable for ~1.5 s, room for the first request to
        // load undici (done on the first send) on a busy machine.
        return { token: `tok-${calls.length}`, expiresOnTimestamp: Date.now() + 3500 };
      },
    };
    const srv = await startScriptedServer([{ status: 200, body: { id: "p" } }]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "tokenCredential", credential, refreshMarginMs: 2000 },
    });
    try {
      await Promise.all([client.pools.get("p"), client.pools.get("p"), client.pools.get("p")]);
      await client.pools.get("p");
      expect(calls).toEqual([BATCH_SCOPE]);
      await new Promise((r) => setTimeout(r, 1600));
      await client.pools.get("p");
      expect(calls).toHaveLength(2);
      expect(srv.seen.map((r) => r.headers.authorization)).toEqual([
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
      ]);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("never puts the account key, a signature or a body password into log lines or errors", async () => {
    const password = "Pa55w0rd-very-secret";
    const srv = await startScriptedServer([
      (r) => ({
        status: 400,
        // A hostile/echoing server: the error text repeats the request body.
        body: batchError(
          "InvalidPropertyValue",
          `Bad request body ${r.body} auth ${String(r.headers.authorization)}`,
        ),
      }),
    ]);
    const lines: string[] = [];
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      logger: (l) => lines.push(l),
    });
    try {
      const err = (await client.pools
        .add({
          id: "p",
          vmSize: "standard_d2s_v3",
          userAccounts: [{ name: "u", password }],
          mountConfiguration: [
            {
              azureFileShareConfiguration: {
                accountName: "sa",
                accountKey: "c2VjcmV0S2V5",
                azureFileUrl: "u",
                relativeMountPath: "m",
              },
            },
          ],
        })
        .catch((e: unknown) => e)) as Error;
      const signature = String(srv.seen[0].headers.authorization).split(":")[1];
      const everything = [...lines, err.message, String(err.stack), JSON.stringify(err)].join("\n");
      expect(lines.length).toBeGreaterThan(0);
      for (const secret of [password, DEV_ACCOUNT.accountKey, signature, "c2VjcmV0S2V5"]) {
        expect(everything).not.toContain(secret);
      }
      expect(err.message).toContain("400 InvalidPropertyValue");
    } finally {
      await client.close();
      await srv.stop();
    }
  });
});
