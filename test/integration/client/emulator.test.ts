import { startEmulator, type RunningEmulator } from "../../../emulator";
import {
  BatchClient,
  isConditionNotMet,
  isNotFound,
  waitFor,
  type BatchPool,
} from "../../../provider/client";
import { DEV_ACCOUNT } from "./scriptedServer";

// Unique ids per run so tests never collide with state left by other tests.
const uid = `${process.pid}-${Date.now().toString(36)}`;
const poolBody = (id: string) => ({
  id,
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: {
      publisher: "canonical",
      offer: "0001-com-ubuntu-server-jammy",
      sku: "22_04-lts",
      version: "latest",
    },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 0,
  metadata: [{ name: "owner", value: "client-test" }],
});

describe("BatchClient against the emulator", () => {
  let emu: RunningEmulator;
  let client: BatchClient;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, timings: "fast" });
    client = new BatchClient({
      endpoint: emu.endpoint(),
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: { initialDelayMs: 1, maxDelayMs: 10 },
    });
  });
  afterAll(async () => {
    await client?.close();
    await emu?.stop();
  });

  it("adds, gets, patches (with If-Match), lists and deletes pools", async () => {
    const id = `pool-${uid}`;
    expect(await client.pools.add(poolBody(id))).toMatchObject({ status: 201, adopted: false });
    expect(await client.pools.exists(id)).toBe(true);
    const got = await client.pools.get(id);
    expect(got.body).toMatchObject({ id, vmSize: "standard_d2s_v3" });
    expect(got.etag).toBeTruthy();

    await client.pools.patch(
      id,
      { metadata: [{ name: "owner", value: "patched" }] },
      { conditions: { ifMatch: got.etag } },
    );
    const after = await client.pools.get(id, { select: ["id", "metadata"] });
    expect(after.body.metadata).toEqual([{ name: "owner", value: "patched" }]);
    expect(after.etag).not.toBe(got.etag);

    // The first ETag is stale now.
    const stale = await client.pools
      .patch(id, { metadata: [] }, { conditions: { ifMatch: got.etag } })
      .catch((e: unknown) => e);
    expect(isConditionNotMet(stale)).toBe(true);

    const ids: string[] = [];
    for await (const p of client.pools.list({ filter: `startswith(id,'pool-${uid}')`, select: ["id"] }))
      ids.push(p.id!);
    expect(ids).toEqual([id]);

    await client.pools.delete(id);
    const gone = await waitFor(
      () => client.pools.tryGet(id).then((r) => r?.body),
      (p: BatchPool | undefined) => p === undefined,
      { timeoutMs: 20_000, intervalMs: 20, description: `pool "${id}" to be deleted` },
    );
    expect(gone).toBeUndefined();
    expect(await client.pools.exists(id)).toBe(false);
    const err = await client.pools.get(id).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
  });

  it("pages a list over 3+ pages with maxresults", async () => {
    const prefix = `pg-${uid}-`;
    const ids = Array.from({ length: 7 }, (_, i) => `${prefix}${i}`);
    for (const id of ids) await client.pools.add(poolBody(id));
    emu.clearRequests();
    const seen: string[] = [];
    for await (const p of client.pools.list({
      filter: `startswith(id,'${prefix}')`,
      maxResults: 2,
      select: "id",
    })) {
      seen.push(p.id!);
    }
    expect(seen.sort()).toEqual(ids.sort());
    expect(emu.requests().length).toBe(4);
    for (const id of ids) await client.pools.delete(id);
  });

  it("retries an injected 503 with Retry-After and succeeds", async () => {
    const id = `retry-${uid}`;
    await client.pools.add(poolBody(id));
    emu.addFault({ operation: "Pools_GetPool", status: 503, retryAfterMs: 30, times: 2 });
    try {
      expect((await client.pools.get(id)).body.id).toBe(id);
    } finally {
      emu.clearFaults();
    }
    await client.pools.delete(id);
  });
});
