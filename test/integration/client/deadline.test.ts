import { BatchClient, isBatchError } from "../../../provider/client";
import { DEV_ACCOUNT, startScriptedServer } from "./scriptedServer";

/** One attempt only, so the deadline's own error is what the caller sees. */
const once = { maxAttempts: 1 };

describe("BatchClient per-attempt deadline (scripted server)", () => {
  it("reports an attempt that outlives requestTimeoutMs as ETIMEDOUT, with or without a caller signal", async () => {
    const srv = await startScriptedServer([
      { delayMs: 400, then: { status: 200 } },
      { delayMs: 400, then: { status: 200 } },
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: once,
      requestTimeoutMs: 100,
    });
    try {
      for (const signal of [undefined, new AbortController().signal]) {
        const err = await client.pools.get("p1", { signal }).catch((e: unknown) => e);
        expect(isBatchError(err)).toBe(true);
        expect(err).toMatchObject({ status: 0, code: "ETIMEDOUT", operation: "Pools_GetPool" });
      }
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("rejects with the caller's abort reason, not a transport error, when the caller aborts", async () => {
    const srv = await startScriptedServer([{ delayMs: 400, then: { status: 200 } }]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: once,
    });
    try {
      const reason = new Error("caller gave up");
      const ac = new AbortController();
      setTimeout(() => ac.abort(reason), 50);
      await expect(client.pools.get("p1", { signal: ac.signal })).rejects.toBe(reason);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("a client closed before its first request fails that request as a transport error", async () => {
    const srv = await startScriptedServer([{ status: 200 }]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: once,
    });
    try {
      await client.close();
      const err = await client.pools.get("p1").catch((e: unknown) => e);
      expect(isBatchError(err)).toBe(true);
      expect(err).toMatchObject({ status: 0, operation: "Pools_GetPool" });
      expect(srv.seen).toHaveLength(0);
    } finally {
      await srv.stop();
    }
  });
});
