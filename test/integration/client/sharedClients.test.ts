/**
 * Provider calls share one client per account within a provider process: a refresh's hundred
 * parallel reads reuse keep-alive connections (and, with Entra ID, one token) instead of opening
 * one per call. Connections are counted with undici's own `undici:client:connected` diagnostics channel.
 */
import * as diagnostics from "node:diagnostics_channel";
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import { closeSharedClients, withClient } from "../../../provider/core/connect";
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
