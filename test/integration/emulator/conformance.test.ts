import { BatchServiceModels } from "@azure/batch";
import type { RunningEmulator } from "../../../emulator";
import { sdkClient, start, uid, until, vmConfig } from "./helpers";

/** Microsoft's @azure/batch 10.2 (api-version 2022-10-01.16.0, SharedKey) runs unchanged against the emulator. */
describe("@azure/batch conformance", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(async () => {
    await emu.stop();
  });

  it("runs a pool lifecycle: add, exists, get, patch, updateProperties, resize, list, nodes, delete", async () => {
    const client = sdkClient(emu);
    const id = uid("sdkpool");
    await client.pool.add({
      id,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: vmConfig,
      targetDedicatedNodes: 1,
    });
    expect((await client.pool.exists(id)).body).toBe(true);
    expect((await client.pool.exists(`${id}-nope`)).body).toBe(false);
    const steady = await until(async () => {
      const p = await client.pool.get(id);
      return p.allocationState === "steady" ? p : undefined;
    });
    expect(steady.currentDedicatedNodes).toBe(1);
    await client.pool.patch(id, { metadata: [{ name: "env", value: "dev" }] });
    expect((await client.pool.get(id)).metadata).toEqual([{ name: "env", value: "dev" }]);
    await client.pool.updateProperties(id, {
      certificateReferences: [],
      applicationPackageReferences: [],
      metadata: [],
    });
    expect((await client.pool.get(id)).metadata).toBeUndefined();
    await client.pool.resize(id, { targetDedicatedNodes: 2 });
    await until(async () => (await client.pool.get(id)).currentDedicatedNodes === 2);
    const nodes = await client.computeNode.list(id);
    expect(nodes.length).toBe(2);
    const node = await client.computeNode.get(id, nodes[0].id as string);
    // A node just allocated by the resize may still be `creating` (the recorded order is
    // creating → starting → idle); which node the list gives first is not specified.
    expect(["creating", "starting", "idle"]).toContain(node.state);
    const login = await client.computeNode.getRemoteLoginSettings(id, nodes[0].id as string);
    expect(login.remoteLoginIPAddress).toBe("127.0.0.1");
    const list = await client.pool.list({ poolListOptions: { filter: `id eq '${id}'` } });
    expect(list.map((p) => p.id)).toEqual([id]);
    await client.pool.deleteMethod(id);
    await until(async () => !(await client.pool.exists(id)).body);
    const ops = new Set(emu.requests().map((r) => r.operation));
    for (const op of [
      "Pools_CreatePool",
      "Pools_PoolExists",
      "Pools_UpdatePool",
      "Pools_ReplacePoolProperties",
      "Pools_ResizePool",
      "Nodes_ListNodes",
      "Pools_DeletePool",
    ])
      expect(ops).toContain(op);
  });

  it("pages with odata.nextLink through listNext", async () => {
    const client = sdkClient(emu);
    const prefix = uid("page");
    for (let i = 0; i < 7; i++)
      await client.pool.add({
        id: `${prefix}-${i}`,
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: vmConfig,
        targetDedicatedNodes: 0,
      });
    const ids: string[] = [];
    let page = await client.pool.list({
      poolListOptions: { filter: `startswith(id,'${prefix}')`, maxResults: 3 },
    });
    ids.push(...page.map((p) => p.id as string));
    let pages = 1;
    while (page.odatanextLink) {
      page = await client.pool.listNext(page.odatanextLink);
      ids.push(...page.map((p) => p.id as string));
      pages++;
    }
    expect(pages).toBe(3);
    expect(ids).toEqual([...Array(7).keys()].map((i) => `${prefix}-${i}`));
  });

  it("runs a job schedule lifecycle", async () => {
    const client = sdkClient(emu);
    const id = uid("sdkjs");
    await client.jobSchedule.add({
      id,
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "p" } },
    });
    expect((await client.jobSchedule.exists(id)).body).toBe(true);
    await client.jobSchedule.patch(id, { metadata: [{ name: "a", value: "b" }] });
    expect((await client.jobSchedule.get(id)).metadata).toEqual([{ name: "a", value: "b" }]);
    await client.jobSchedule.update(id, {
      schedule: { recurrenceInterval: "PT2H" },
      jobSpecification: { poolInfo: { poolId: "q" } },
    });
    const after = await client.jobSchedule.get(id);
    expect(after.metadata).toBeUndefined();
    expect(after.schedule?.recurrenceInterval).toBe("PT2H");
    await client.jobSchedule.disable(id);
    expect((await client.jobSchedule.get(id)).state).toBe("disabled");
    await client.jobSchedule.enable(id);
    expect((await client.jobSchedule.get(id)).state).toBe("active");
    expect((await client.jobSchedule.list()).some((j) => j.id === id)).toBe(true);
    await client.jobSchedule.terminate(id);
    await until(async () => (await client.jobSchedule.get(id)).state === "completed");
    await client.jobSchedule.deleteMethod(id);
    await until(async () => !(await client.jobSchedule.exists(id)).body);
  });

  it("runs a certificate lifecycle including deletefailed and cancelDeletion", async () => {
    const client = sdkClient(emu);
    const thumbprint =
      "0123456789abcdef0123456789abcdef0123" +
      Math.floor(Math.random() * 0xffff)
        .toString(16)
        .padStart(4, "0");
    const cert: BatchServiceModels.CertificateAddParameter = {
      thumbprint,
      thumbprintAlgorithm: "sha1",
      data: Buffer.from("not really a certificate").toString("base64"),
      certificateFormat: "pfx",
      password: "s3cret!",
    };
    await client.certificate.add(cert);
    const got = await client.certificate.get("sha1", thumbprint);
    expect(got.state).toBe("active");
    expect(JSON.stringify(got)).not.toContain("s3cret");
    const poolId = uid("certpool");
    await client.pool.add({
      id: poolId,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: vmConfig,
      targetDedicatedNodes: 0,
      certificateReferences: [{ thumbprint, thumbprintAlgorithm: "sha1" }],
    });
    await client.certificate.deleteMethod("sha1", thumbprint);
    const failed = await until(async () => {
      const c = await client.certificate.get("sha1", thumbprint);
      return c.state === "deletefailed" ? c : undefined;
    });
    expect(failed.deleteCertificateError?.values).toEqual([{ name: "Pools", value: poolId }]);
    await client.certificate.cancelDeletion("sha1", thumbprint);
    expect((await client.certificate.get("sha1", thumbprint)).state).toBe("active");
    expect((await client.certificate.list()).some((c) => c.thumbprint === thumbprint)).toBe(true);
    await client.pool.deleteMethod(poolId);
    await until(async () => !(await client.pool.exists(poolId)).body);
    await client.certificate.deleteMethod("sha1", thumbprint);
    await until(async () => {
      try {
        await client.certificate.get("sha1", thumbprint);
        return false;
      } catch (e) {
        return (e as { statusCode?: number; code?: string }).code === "CertificateNotFound";
      }
    });
  });

  it("surfaces Batch errors through the SDK", async () => {
    const client = sdkClient(emu);
    await expect(client.pool.get(uid("missing"))).rejects.toMatchObject({
      statusCode: 404,
      code: "PoolNotFound",
    });
    const bad = sdkClient(emu, "devbatch", Buffer.from("wrong key").toString("base64"));
    await expect(bad.pool.list()).rejects.toMatchObject({ statusCode: 403, code: "AuthenticationFailed" });
  });
});
