import { BatchClient, isBatchError } from "../../../provider/client";
import { batchError, DEV_ACCOUNT, startScriptedServer } from "./scriptedServer";

const fast = { initialDelayMs: 1, maxDelayMs: 5 };
const pool = { id: "p1" };

describe("BatchClient retries (scripted server)", () => {
  it("honours Retry-After on 429 (measured) and signs each attempt afresh", async () => {
    const srv = await startScriptedServer([
      { status: 429, headers: { "retry-after": "1" }, body: batchError("TooManyRequests", "Slow down.") },
      { status: 200, body: pool },
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
    });
    try {
      const res = await client.pools.get("p1");
      expect(res.body).toEqual(pool);
      expect(srv.seen).toHaveLength(2);
      const gap = srv.seen[1].at - srv.seen[0].at;
      expect(gap).toBeGreaterThanOrEqual(990);
      expect(gap).toBeLessThan(2500);
      // ocp-date has 1 s resolution and ≥1 s passed: a fresh date means a fresh signature.
      expect(srv.seen[1].headers["ocp-date"]).not.toBe(srv.seen[0].headers["ocp-date"]);
      expect(srv.seen[1].headers.authorization).not.toBe(srv.seen[0].headers.authorization);
      // Same logical request: same client-request-id on every attempt.
      expect(srv.seen[1].headers["client-request-id"]).toBe(srv.seen[0].headers["client-request-id"]);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("retries 503 then succeeds, using retry-after-ms", async () => {
    const srv = await startScriptedServer([
      { status: 503, headers: { "retry-after-ms": "120" }, body: batchError("ServerBusy", "Busy.") },
      { status: 503, headers: { "x-ms-retry-after-ms": "60" }, body: batchError("ServerBusy", "Busy.") },
      { status: 200, body: pool },
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
    });
    try {
      expect((await client.pools.get("p1")).body).toEqual(pool);
      expect(srv.seen).toHaveLength(3);
      expect(srv.seen[1].at - srv.seen[0].at).toBeGreaterThanOrEqual(115);
      expect(srv.seen[2].at - srv.seen[1].at).toBeGreaterThanOrEqual(55);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("gives up after maxAttempts with the last error", async () => {
    const srv = await startScriptedServer([
      { status: 500, body: batchError("InternalServerError", "Oops.") },
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: { ...fast, maxAttempts: 3 },
    });
    try {
      await expect(client.pools.get("p1")).rejects.toMatchObject({
        status: 500,
        code: "InternalServerError",
      });
      expect(srv.seen).toHaveLength(3);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("retries a GET after a connection reset and after a client-side timeout", async () => {
    const srv = await startScriptedServer([
      { reset: true },
      { delayMs: 400, then: { status: 200 } },
      { status: 200, body: pool },
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
      requestTimeoutMs: 150,
    });
    try {
      expect((await client.pools.get("p1")).body).toEqual(pool);
      expect(srv.seen).toHaveLength(3);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("reports an unreachable endpoint as a BatchError with status 0", async () => {
    const srv = await startScriptedServer([{ status: 200 }]);
    const endpoint = srv.endpoint;
    await srv.stop(); // nothing listens on that port any more
    const client = new BatchClient({
      endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: { ...fast, maxAttempts: 2 },
    });
    try {
      const err = await client.pools.get("p1").catch((e: unknown) => e);
      expect(isBatchError(err)).toBe(true);
      expect(err).toMatchObject({ status: 0, code: "ECONNREFUSED", operation: "Pools_GetPool" });
      expect((err as Error).message).toContain('Batch Pools_GetPool on pool "p1" failed: ECONNREFUSED');
    } finally {
      await client.close();
    }
  });

  describe("POST actions (resize) are retried only when the service surely did not act", () => {
    it("retries 429 and 503 with Retry-After", async () => {
      const srv = await startScriptedServer([
        { status: 429, headers: { "retry-after-ms": "1" } },
        { status: 503, headers: { "retry-after": "0" } },
        { status: 202 },
      ]);
      const client = new BatchClient({
        endpoint: srv.endpoint,
        auth: { kind: "sharedKey", ...DEV_ACCOUNT },
        retry: fast,
      });
      try {
        expect((await client.pools.resize("p1", { targetDedicatedNodes: 3 })).status).toBe(202);
        expect(srv.seen).toHaveLength(3);
      } finally {
        await client.close();
        await srv.stop();
      }
    });

    it("does not retry 500, 503 without Retry-After, or a reset after sending", async () => {
      const srv = await startScriptedServer([
        { status: 500, body: batchError("InternalServerError", "Oops.") },
        { status: 503, body: batchError("ServerBusy", "Busy.") },
        { reset: true },
        { status: 202 },
      ]);
      const client = new BatchClient({
        endpoint: srv.endpoint,
        auth: { kind: "sharedKey", ...DEV_ACCOUNT },
        retry: fast,
      });
      try {
        await expect(client.pools.resize("p1", { targetDedicatedNodes: 3 })).rejects.toMatchObject({
          status: 500,
        });
        await expect(client.pools.stopResize("p1")).rejects.toMatchObject({ status: 503 });
        await expect(
          client.pools.enableAutoScale("p1", { autoScaleFormula: "$TargetDedicatedNodes=1;" }),
        ).rejects.toMatchObject({
          status: 0,
        });
        expect(srv.seen).toHaveLength(3);
      } finally {
        await client.close();
        await srv.stop();
      }
    });
  });
});
