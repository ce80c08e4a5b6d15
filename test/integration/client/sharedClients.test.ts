/**
 * Provider calls share one client per account within a provider process: a refresh's hundred
 * parallel reads reuse keep-alive connections (and, with Entra ID, one token) instead of opening
 * one per call. Connections are counted with undici's own `undici:client:connected` diagnostics channel.
 */
import * as diagnostics from "node:diagnostics_channel";
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import { closeSharedClients, withClient } from "../../../provider/core/connect";
import { captureStackConfig, resetStackConfig } from "../../../provider/core/config";
import type { BatchClient } from "../../../provider/client";

let emu: RunningEmulator;
let connections = 0;
const onConnected = () => void connections++;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timings: "fast" });
  diagnostics.subscribe("undici:client:connected", onConnected);
});

afterAll(async () => {
  diagnostics.unsubscribe("undici:client:connected", onConnected);
  await closeSharedClients();
  await emu?.stop();
});

/** Drains a list (the pools of the account). */
async function countPools(client: BatchClient): Promise<number> {
  let n = 0;
  for await (const _ of client.pools.list()) n++;
  return n;
}

const account = () => ({ endpoint: emu.endpoint(), accountName: DEV_ACCOUNT, accountKey: DEV_KEY });

test("100 parallel calls on one account share one client and at most its 16 connections", async () => {
  connections = 0;
  const clients = new Set<BatchClient>();
  const statuses = await Promise.all(
    Array.from({ length: 100 }, () =>
      withClient(account(), async (client) => {
        clients.add(client);
        return countPools(client);
      }),
    ),
  );
  expect(statuses).toHaveLength(100);
  expect(clients.size).toBe(1);
  expect(connections).toBeGreaterThan(0);
  expect(connections).toBeLessThanOrEqual(16);
  // A later call within the idle window reuses the client and its open connections.
  const before = connections;
  await withClient(account(), async (client) => {
    expect(clients.has(client)).toBe(true);
    await countPools(client);
  });
  expect(connections).toBe(before);
});

test("another key on the same endpoint gets its own client (a key is never shared across identities)", async () => {
  const seen: BatchClient[] = [];
  await withClient(account(), async (c) => void seen.push(c));
  const other = { ...account(), accountKey: Buffer.from("another key").toString("base64") };
  await withClient(other, async (c) => void seen.push(c));
  expect(seen[0]).not.toBe(seen[1]);
});

test("closeSharedClients closes them: the next call opens a new client", async () => {
  let first: BatchClient | undefined;
  await withClient(account(), async (c) => void (first = c));
  await closeSharedClients();
  await withClient(account(), async (c) => {
    expect(c).not.toBe(first);
    expect(await countPools(c)).toBeGreaterThanOrEqual(0);
  });
});

test("a call resolves its connection afresh when the environment or the stack config changed", async () => {
  const saved = { ...process.env };
  const seen: BatchClient[] = [];
  try {
    process.env.AZURE_BATCH_ENDPOINT = emu.endpoint();
    process.env.AZURE_BATCH_ACCOUNT = DEV_ACCOUNT;
    process.env.AZURE_BATCH_ACCESS_KEY = DEV_KEY;
    await withClient(undefined, async (c) => void seen.push(c));
    await withClient(undefined, async (c) => void seen.push(c));
    // The same environment: the same client.
    expect(seen[1]).toBe(seen[0]);
    process.env.AZURE_BATCH_ACCESS_KEY = Buffer.from("another key").toString("base64");
    await withClient(undefined, async (c) => void seen.push(c));
    expect(seen[2]).not.toBe(seen[0]);
    // A stack config endpoint wins over the environment's; its key is the environment's (same account).
    captureStackConfig({ get: (k) => (k === "azure-batch:endpoint" ? `${emu.endpoint()}/` : undefined) });
    process.env.AZURE_BATCH_ACCESS_KEY = DEV_KEY;
    await withClient(undefined, async (c) => {
      seen.push(c);
      expect(await countPools(c)).toBeGreaterThanOrEqual(0);
    });
    // It resolves to the first call's endpoint and identity again, so it gets that call's client back.
    expect(seen[3]).not.toBe(seen[2]);
    expect(seen[3]).toBe(seen[0]);
    // Without an endpoint anywhere the call fails with the message naming the settings, every time.
    resetStackConfig();
    delete process.env.AZURE_BATCH_ENDPOINT;
    for (let i = 0; i < 2; i++) {
      await expect(withClient(undefined, async () => 0)).rejects.toThrow(
        /No Azure Batch endpoint configured/,
      );
    }
  } finally {
    resetStackConfig();
    process.env = saved;
  }
});
