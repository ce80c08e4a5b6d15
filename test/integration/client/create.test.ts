import { BatchClient, isBatchError } from "../../../provider/client";
import { batchError, DEV_ACCOUNT, startScriptedServer, type Step } from "./scriptedServer";

const fast = { initialDelayMs: 1, maxDelayMs: 5 };
const sent = {
  id: "web",
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 1,
  userAccounts: [{ name: "admin", password: "Sup3rS3cret!" }],
};

/** A tiny pool store: POST /pools creates (409 PoolExists if present), GET returns it. */
function poolStore(after: (stored: Record<string, unknown>) => Step | undefined = () => undefined): Step {
  const pools = new Map<string, Record<string, unknown>>();
  return (r) => {
    if (r.method === "POST" && r.url.startsWith("/devbatch/pools?")) {
      const body = JSON.parse(r.body) as Record<string, unknown>;
      if (pools.has(String(body.id)))
        return { status: 409, body: batchError("PoolExists", "The specified pool already exists.") };
      const { userAccounts: _omit, ...rest } = body;
      pools.set(String(body.id), {
        ...rest,
        userAccounts: [{ name: "admin", elevationLevel: "nonadmin" }],
        state: "active",
      });
      return after(pools.get(String(body.id))!) ?? { status: 201 };
    }
    const id = decodeURIComponent(r.url.split("?")[0].split("/")[3] ?? "");
    const p = pools.get(id);
    return p
      ? { status: 200, body: p }
      : { status: 404, body: batchError("PoolNotFound", "The specified pool does not exist.") };
  };
}

describe("create (POST add) after an uncertain attempt", () => {
  it("adopts the pool when the retry gets 409 PoolExists and the pool matches what was sent", async () => {
    let first = true;
    const srv = await startScriptedServer([
      poolStore(() => {
        if (!first) return undefined;
        first = false;
        return { reset: true }; // processed, then the connection drops before the answer
      }),
    ]);
    const lines: string[] = [];
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
      logger: (l) => lines.push(l),
    });
    try {
      const res = await client.pools.add(sent);
      expect(res.adopted).toBe(true);
      expect(res.status).toBe(201);
      expect(srv.seen.map((r) => r.method)).toEqual(["POST", "POST", "GET"]);
      expect(lines.join("\n")).not.toContain("Sup3rS3cret!");
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("throws an explained 409 when the existing pool differs from what was sent", async () => {
    let first = true;
    const srv = await startScriptedServer([
      poolStore((stored) => {
        stored.vmSize = "standard_a1"; // someone else's pool with the same id
        if (!first) return undefined;
        first = false;
        return { status: 500, body: batchError("InternalServerError", "Oops.") };
      }),
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
    });
    try {
      const err = await client.pools.add(sent).catch((e: unknown) => e);
      expect(isBatchError(err)).toBe(true);
      expect(err).toMatchObject({ status: 409, code: "PoolExists", operation: "Pools_CreatePool" });
      expect((err as Error).message).toMatch(/differs from what was sent \(vmSize\)/);
      expect((err as Error).message).not.toContain("Sup3rS3cret!");
      expect(srv.seen.map((r) => r.method)).toEqual(["POST", "POST", "GET"]);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("a plain 409 (no uncertain attempt) is thrown without reading back", async () => {
    const srv = await startScriptedServer([
      { status: 409, body: batchError("PoolExists", "The specified pool already exists.") },
    ]);
    const client = new BatchClient({
      endpoint: srv.endpoint,
      auth: { kind: "sharedKey", ...DEV_ACCOUNT },
      retry: fast,
    });
    try {
      await expect(client.pools.add(sent)).rejects.toMatchObject({ status: 409, code: "PoolExists" });
      expect(srv.seen).toHaveLength(1);
    } finally {
      await client.close();
      await srv.stop();
    }
  });

  it("a clean create reports adopted: false", async () => {
    const srv = await startScriptedServer([poolStore()]);
    const client = new BatchClient({ endpoint: srv.endpoint, auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
    try {
      expect(await client.pools.add(sent)).toMatchObject({ status: 201, adopted: false });
      expect(srv.seen).toHaveLength(1);
    } finally {
      await client.close();
      await srv.stop();
    }
  });
});
