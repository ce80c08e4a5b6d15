/**
 * Interrupted and contested pool updates against the emulator over real HTTP:
 * - a write that was applied but whose answer was lost leaves a stale ETag in state; the rerun
 *   (same plan, same stale ETag) converges without `pulumi refresh`;
 * - a change made by someone else since the state was read stops the update with a message
 *   naming `pulumi refresh`, and nothing of it is overwritten — also for `updateproperties`,
 *   which Batch cannot make conditional.
 */
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import { BatchClient } from "../../../provider/client";
import { resetStackConfig } from "../../../provider/core/config";
import * as pool from "../../../provider/pool";

type Rec = Record<string, unknown>;
let emulator: RunningEmulator;
let client: BatchClient;
const savedEnv = { ...process.env };
let counter = 0;

beforeAll(async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  emulator = await startEmulator({ port: 0, timings: "fast" });
  resetStackConfig();
  process.env.AZURE_BATCH_ENDPOINT = emulator.endpoint();
  process.env.AZURE_BATCH_ACCOUNT = DEV_ACCOUNT;
  process.env.AZURE_BATCH_ACCESS_KEY = DEV_KEY;
  process.env.AZURE_BATCH_POLL_INTERVAL_MS = "20";
  client = new BatchClient({
    endpoint: emulator.endpoint(),
    auth: { kind: "sharedKey", accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
  });
});
afterAll(async () => {
  process.env = savedEnv;
  await client?.close();
  await emulator?.stop();
});

async function createPool(): Promise<{ inputs: Rec; state: Rec; id: string }> {
  const r = await pool.check(
    {},
    {
      poolId: `reconcile-${process.pid}-${++counter}`,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
        nodeAgentSKUId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 0,
      startTask: { commandLine: "/bin/sh -c 'echo a'" },
      metadata: [{ name: "team", value: "render" }],
    },
  );
  expect(r.failures).toEqual([]);
  const inputs = r.inputs as Rec;
  const { id, outs } = await pool.create(inputs);
  return { inputs, state: outs as Rec, id };
}

function writes(): string[] {
  return emulator
    .requests()
    .map((r) => r.operation ?? `${r.method} ${r.path}`)
    .filter((o) => o !== "Pools_GetPool");
}

describe("Pool updates after a lost answer or a concurrent change", () => {
  test("a PATCH applied but unanswered: the rerun with the stale ETag succeeds without a write", async () => {
    const { inputs, state, id } = await createPool();
    const news = { ...inputs, metadata: [{ name: "team", value: "post" }] };
    // The earlier run's PATCH reached the service; its answer (and the new ETag) did not come back.
    await client.pools.patch(id, { metadata: news.metadata } as never);
    emulator.clearRequests();
    const { outs } = await pool.update(id, state, news);
    expect(writes()).toEqual(["Pools_UpdatePool"]); // answered 412, then reconciled by a read
    expect((outs as Rec).metadata).toEqual(news.metadata);
    expect((await pool.diff(id, outs as Rec, news)).changes).toBe(false);
  });

  test("a two-property update half applied: the rerun finishes only what it was changing", async () => {
    const { inputs, state, id } = await createPool();
    const news = {
      ...inputs,
      metadata: [{ name: "team", value: "post" }],
      startTask: { ...(inputs.startTask as Rec), commandLine: "/bin/sh -c 'echo b'" },
    };
    await client.pools.patch(id, { metadata: news.metadata } as never);
    const { outs } = await pool.update(id, state, news);
    expect((outs as Rec).startTask).toMatchObject({ commandLine: "/bin/sh -c 'echo b'" });
    expect((outs as Rec).metadata).toEqual(news.metadata);
  });

  test("someone else changed another property: the update stops and names pulumi refresh", async () => {
    const { inputs, state, id } = await createPool();
    await client.pools.patch(id, { startTask: { commandLine: "/bin/sh -c 'someone else'" } } as never);
    const news = { ...inputs, metadata: [{ name: "team", value: "post" }] };
    await expect(pool.update(id, state, news)).rejects.toThrow(/startTask.*pulumi refresh/s);
    const live = (await client.pools.get(id)).body as Rec;
    expect(live.startTask).toMatchObject({ commandLine: "/bin/sh -c 'someone else'" });
  });

  test("updateproperties is guarded by a read of the ETag just before it", async () => {
    const { inputs, state, id } = await createPool();
    await client.pools.patch(id, { startTask: { commandLine: "/bin/sh -c 'someone else'" } } as never);
    const { metadata: _m, ...news } = inputs; // a removal: planned as updateproperties
    emulator.clearRequests();
    await expect(pool.update(id, state, news)).rejects.toThrow(/pulumi refresh/);
    expect(writes()).toEqual([]);
    const live = (await client.pools.get(id)).body as Rec;
    expect(live.startTask).toMatchObject({ commandLine: "/bin/sh -c 'someone else'" });
    expect(live.metadata).toEqual([{ name: "team", value: "render" }]);
  });

  test("updateproperties on an unchanged pool still runs (one write)", async () => {
    const { inputs, state, id } = await createPool();
    const { metadata: _m, ...news } = inputs;
    emulator.clearRequests();
    await pool.update(id, state, news);
    expect(writes()).toEqual(["Pools_ReplacePoolProperties"]);
  });
});

describe("Pool create after an interrupted run", () => {
  test("the pool exists exactly as declared: the rerun takes it over; different: a clear error", async () => {
    const { inputs, id } = await createPool();
    emulator.clearRequests();
    const { outs } = await pool.create(inputs);
    expect(writes()).toEqual(["Pools_CreatePool"]); // the 409, then reads only
    expect((await pool.diff(id, outs as Rec, inputs)).changes).toBe(false);
    await expect(pool.create({ ...inputs, metadata: [{ name: "team", value: "other" }] })).rejects.toThrow(
      /already exists.*differs.*metadata.*adopt: true/s,
    );
  });
});
