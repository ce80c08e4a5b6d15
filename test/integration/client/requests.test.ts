import {
  BATCH_API_VERSION,
  BatchClient,
  isBatchError,
  isConditionNotMet,
  sharedKeyAuthorization,
} from "../../../provider/client";
import { batchError, DEV_ACCOUNT, startScriptedServer } from "./scriptedServer";

const fast = { initialDelayMs: 1, maxDelayMs: 5 };

describe("BatchClient requests (scripted server)", () => {
  it("sends api-version, ids, ocp-date, content type and a valid SharedKey signature", async () => {
    const srv = await startScriptedServer([{ status: 200, body: { id: "p1" } }, { status: 202 }]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
      timeoutSeconds: 20,
    });
    try {
      const got = await client.pools.get("p1", { select: ["id", "state"] });
      expect(got.body).toEqual({ id: "p1" });
      expect(got.requestId).toBe("rid-1");
      await client.pools.resize("p1", { targetDedicatedNodes: 2 }, { conditions: { ifMatch: '"e1"' } });
      for (const r of srv.seen) {
        const url = new URL(r.url, srv.url);
        expect(url.searchParams.get("api-version")).toBe(BATCH_API_VERSION);
        expect(url.searchParams.get("timeOut")).toBe("20");
        expect(r.headers["client-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
        expect(r.headers["return-client-request-id"]).toBe("true");
        expect(new Date(String(r.headers["ocp-date"])).toUTCString()).toBe(r.headers["ocp-date"]);
        const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, String(v)]));
        expect(r.headers.authorization).toBe(
          sharedKeyAuthorization(
            { method: r.method, url: srv.url + r.url, headers },
            "devbatch",
            DEV_ACCOUNT.accountKey,
          ),
        );
      }
      expect(srv.seen[0].url).toContain("/devbatch/pools/p1?");
      expect(new URL(srv.seen[0].url, srv.url).searchParams.get("$select")).toBe("id,state");
      expect(srv.seen[1].method).toBe("POST");
      expect(srv.seen[1].headers["content-type"]).toBe("application/json; odata=minimalmetadata");
      expect(srv.seen[1].headers["if-match"]).toBe('"e1"');
      expect(JSON.parse(srv.seen[1].body)).toEqual({ targetDedicatedNodes: 2 });
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("turns a Batch error body into a BatchError with every field", async () => {
    const srv = await startScriptedServer([
      {
        status: 409,
        body: batchError("PoolNotSteady", "The specified pool is not in steady state.", {
          Reason: "resizing",
        }),
      },
    ]);
    const client = new BatchClient({ endpoint: srv.endpoint, auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
    try {
      const err = await client.pools.patch("p1", { metadata: [] }).catch((e: unknown) => e);
      expect(isBatchError(err)).toBe(true);
      expect(err).toMatchObject({
        status: 409,
        code: "PoolNotSteady",
        operation: "Pools_UpdatePool",
        values: { Reason: "resizing" },
        requestId: "rid-1",
        clientRequestId: srv.seen[0].headers["client-request-id"],
      });
      expect((err as Error).message).toMatch(
        /^Batch Pools_UpdatePool on pool "p1" failed: 409 PoolNotSteady: The specified pool is not in steady state\. \[Reason=resizing\] \(request-id rid-1/,
      );
      expect(srv.seen).toHaveLength(1); // a 409 is final
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("sends If-Match and reports 412 on a stale ETag as ConditionNotMet with advice", async () => {
    let etag = '"0x1"';
    const srv = await startScriptedServer([
      () => ({ status: 200, headers: { etag }, body: { id: "p1" } }),
      () => {
        etag = '"0x2"'; // someone else changes the pool
        return { status: 200, headers: { etag } };
      },
      (r) =>
        r.headers["if-match"] === etag
          ? { status: 200, headers: { etag } }
          : {
              status: 412,
              body: batchError(
                "ConditionNotMet",
                "The condition specified using HTTP conditional header(s) is not met.",
              ),
            },
    ]);
    const client = new BatchClient({ endpoint: srv.endpoint, auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
    try {
      const read = await client.pools.get("p1");
      expect(read.etag).toBe('"0x1"');
      await client.pools.patch("p1", { metadata: [{ name: "by", value: "other" }] });
      const err = await client.pools
        .patch("p1", { metadata: [] }, { conditions: { ifMatch: read.etag } })
        .catch((e: unknown) => e);
      expect(isConditionNotMet(err)).toBe(true);
      expect((err as Error).message).toContain("run `pulumi refresh`");
      expect(srv.seen[2].headers["if-match"]).toBe('"0x1"');
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("pages over odata.nextLink (4 pages), keeping api-version and auth on every page", async () => {
    const page = (n: number, next?: string) => ({
      status: 200,
      body: { value: [{ id: `p${n}a` }, { id: `p${n}b` }], ...(next ? { "odata.nextLink": next } : {}) },
    });
    let base = "";
    const srv = await startScriptedServer([
      () => page(1, `${base}/devbatch/pools?api-version=${BATCH_API_VERSION}&maxresults=2&$skiptoken=a`),
      () => page(2, `${base}/devbatch/pools?maxresults=2&$skiptoken=b`), // a link without api-version
      () => page(3, `${base}/devbatch/pools?api-version=${BATCH_API_VERSION}&maxresults=2&$skiptoken=c`),
      () => page(4),
    ]);
    base = srv.url;
    const client = new BatchClient({ endpoint: srv.endpoint, auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
    try {
      const ids: string[] = [];
      for await (const p of client.pools.list({ maxResults: 2, filter: "startswith(id,'p')" }))
        ids.push(p.id!);
      expect(ids).toEqual(["p1a", "p1b", "p2a", "p2b", "p3a", "p3b", "p4a", "p4b"]);
      expect(srv.seen).toHaveLength(4);
      const first = new URL(srv.seen[0].url, srv.url);
      expect(first.searchParams.get("$filter")).toBe("startswith(id,'p')");
      expect(first.searchParams.get("maxresults")).toBe("2");
      for (const r of srv.seen) {
        expect(new URL(r.url, srv.url).searchParams.get("api-version")).toBe(BATCH_API_VERSION);
        expect(r.headers.authorization).toMatch(/^SharedKey devbatch:/);
      }
      expect(new URL(srv.seen[2].url, srv.url).searchParams.get("$skiptoken")).toBe("b");
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("refuses to follow a nextLink to another host", async () => {
    const srv = await startScriptedServer([
      { status: 200, body: { value: [{ id: "a" }], "odata.nextLink": "https://evil.example.com/pools?x=1" } },
    ]);
    const client = new BatchClient({ endpoint: srv.endpoint, auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
    try {
      const ids: string[] = [];
      await expect(
        (async () => {
          for await (const p of client.pools.list()) ids.push(p.id!);
        })(),
      ).rejects.toThrow(/refusing to follow a link to https:\/\/evil\.example\.com/);
      expect(ids).toEqual(["a"]);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("exists() maps HEAD 200/404 to booleans", async () => {
    const srv = await startScriptedServer([{ status: 200 }, { status: 404 }]);
    const client = new BatchClient({ endpoint: srv.endpoint, auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
    try {
      expect(await client.pools.exists("a")).toBe(true);
      expect(await client.pools.exists("b")).toBe(false);
      expect(srv.seen.map((r) => r.method)).toEqual(["HEAD", "HEAD"]);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("refuses plain http to a non-loopback host before any request", () => {
    expect(
      () =>
        new BatchClient({
          endpoint: "http://mybatch.westeurope.batch.azure.com",
          auth: { kind: "bearer", token: "t" },
        }),
    ).toThrow(/http is allowed only for loopback hosts/);
  });
});
