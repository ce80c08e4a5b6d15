import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, sleep, start, uid, until } from "./helpers";

describe("emulator semantics over HTTP", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    // Deletions last a second: the assertions made while an object is "deleting" must not race a
    // loaded CI machine; every other transition keeps the fast timings.
    emu = await start({
      devToken: "dev-token",
      timings: { poolDeleteMs: 1000, jobScheduleDeleteMs: 1000, certificateDeleteMs: 1000 },
    });
  });
  afterAll(async () => {
    await emu.stop();
  });

  const steady = (id: string) =>
    until(async () => {
      const g = await call(emu, "GET", `/pools/${id}`);
      return g.body?.allocationState === "steady" ? g : undefined;
    });

  it("uses Batch's error format with RequestId and Time", async () => {
    const r = await call(emu, "GET", `/pools/${uid("none")}`);
    expect(r.status).toBe(404);
    expect(r.body["odata.metadata"]).toBe(
      `${emu.endpoint()}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
    );
    expect(r.body.code).toBe("PoolNotFound");
    expect(r.body.message.lang).toBe("en-US");
    expect(r.body.message.value).toMatch(
      new RegExp(`\\nRequestId:${r.headers["request-id"]}\\nTime:\\d{4}-`),
    );
  });

  it("validates bodies against the spec and names the property", async () => {
    const missing = await call(emu, "POST", "/pools", { id: uid("p") });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe("MissingRequiredProperty");
    expect(missing.body.values).toContainEqual({ key: "PropertyName", value: "vmSize" });
    const nested = await call(
      emu,
      "POST",
      "/pools",
      poolBody(uid("p"), { virtualMachineConfiguration: { imageReference: {} } }),
    );
    expect(nested.body.code).toBe("MissingRequiredProperty");
    expect(nested.body.values).toContainEqual({ key: "PropertyName", value: "nodeAgentSKUId" });
    const timeout = await call(emu, "POST", "/pools", poolBody(uid("p"), { resizeTimeout: "PT1M" }));
    expect(timeout.body.code).toBe("InvalidPropertyValue");
    expect(timeout.body.values).toContainEqual({ key: "PropertyName", value: "resizeTimeout" });
    const enumBad = await call(
      emu,
      "POST",
      "/pools",
      poolBody(uid("p"), { targetNodeCommunicationMode: "fast" }),
    );
    expect(enumBad.body.code).toBe("InvalidPropertyValue");
    const unknown = await call(emu, "POST", "/pools", poolBody(uid("p"), { colour: "blue" }));
    expect(unknown.body.code).toBe("InvalidRequestBody");
    expect(unknown.body.values).toContainEqual({ key: "PropertyName", value: "colour" });
    const notJson = await call(emu, "POST", "/pools", "{oops");
    expect(notJson.body.code).toBe("InvalidRequestBody");
  });

  it("rejects unknown and missing api-versions", async () => {
    const bad = await call(emu, "GET", "/pools", undefined, { apiVersion: "2019-01-01.8.0" });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("UnsupportedRequestVersion");
    const none = await call(emu, "GET", "/pools", undefined, { apiVersion: null });
    expect(none.body.code).toBe("MissingRequiredQueryParameter");
    expect((await call(emu, "GET", "/pools", undefined, { apiVersion: "2022-10-01.16.0" })).status).toBe(200);
  });

  it("rejects bad credentials over HTTP", async () => {
    expect(
      (await call(emu, "GET", "/pools", undefined, { key: Buffer.from("x").toString("base64") })).body.code,
    ).toBe("AuthenticationFailed");
    expect((await call(emu, "GET", "/pools", undefined, { noAuth: true })).status).toBe(403);
    expect((await call(emu, "GET", "/pools", undefined, { account: "nosuch" })).status).toBe(403);
    expect(
      (await call(emu, "GET", "/pools", undefined, { headers: { authorization: "Bearer dev-token" } }))
        .status,
    ).toBe(200);
    expect(
      (await call(emu, "GET", "/pools", undefined, { headers: { authorization: "Bearer nope" } })).status,
    ).toBe(401);
  });

  it("echoes client-request-id only when asked, and sends ETag/Last-Modified/DataServiceId", async () => {
    const id = uid("hdr");
    const crid = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";
    const c = await call(emu, "POST", "/pools", poolBody(id), {
      headers: { "client-request-id": crid, "return-client-request-id": "true" },
    });
    expect(c.headers["client-request-id"]).toBe(crid);
    expect(c.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.headers["last-modified"]).toMatch(/GMT$/);
    expect(c.headers.dataserviceid).toContain(`/pools/${id}`);
    const g = await call(emu, "GET", `/pools/${id}`, undefined, { headers: { "client-request-id": crid } });
    expect(g.headers["client-request-id"]).toBeUndefined();
    expect(g.headers.etag).toBe(g.body.eTag);
  });

  it("runs the pool allocation, resize, stopresize, removenodes and delete state machines", async () => {
    const id = uid("sm");
    await call(emu, "POST", "/pools", poolBody(id, { targetDedicatedNodes: 2, targetLowPriorityNodes: 1 }));
    expect((await call(emu, "GET", `/pools/${id}`)).body.allocationState).toBe("resizing");
    expect((await call(emu, "POST", `/pools/${id}/resize`, { targetDedicatedNodes: 1 })).body.code).toBe(
      "PoolBeingResized",
    );
    const s = await steady(id);
    expect([s.body.currentDedicatedNodes, s.body.currentLowPriorityNodes]).toEqual([2, 1]);
    const nodes = (await call(emu, "GET", `/pools/${id}/nodes`)).body.value;
    expect(nodes).toHaveLength(3);
    await until(
      async () => (await call(emu, "GET", `/pools/${id}/nodes/${nodes[0].id}`)).body.state === "idle",
    );
    const rdp = await call(emu, "GET", `/pools/${id}/nodes/${nodes[0].id}/rdp`);
    expect(rdp.headers["content-type"]).toBe("application/octet-stream");
    expect(rdp.text).toMatch(/^full address:s:127\.0\.0\.1:\d+\r\nprompt for credentials:i:1/);
    const login = await call(emu, "GET", `/pools/${id}/nodes/${nodes[0].id}/remoteloginsettings`);
    expect(login.body).toEqual({ remoteLoginIPAddress: "127.0.0.1", remoteLoginPort: expect.any(Number) });
    expect((await call(emu, "GET", `/pools/${id}/nodes/nope`)).body.code).toBe("NodeNotFound");
    // empty-only properties are refused on a pool with nodes
    const patch = await call(emu, "PATCH", `/pools/${id}`, { vmSize: "standard_d4s_v3" });
    expect(patch.status).toBe(409);
    expect(patch.body.values).toContainEqual({ key: "PropertyName", value: "vmSize" });
    // removenodes
    expect((await call(emu, "POST", `/pools/${id}/removenodes`, { nodeList: [nodes[0].id] })).status).toBe(
      202,
    );
    const afterRemove = await steady(id);
    expect(afterRemove.body.currentDedicatedNodes + afterRemove.body.currentLowPriorityNodes).toBe(2);
    // resize then stop
    expect(
      (await call(emu, "POST", `/pools/${id}/resize`, { targetDedicatedNodes: 5, resizeTimeout: "PT4M" }))
        .body.code,
    ).toBe("InvalidPropertyValue");
    expect((await call(emu, "POST", `/pools/${id}/resize`, { targetDedicatedNodes: 5 })).status).toBe(202);
    expect((await call(emu, "POST", `/pools/${id}/stopresize`)).status).toBe(202);
    expect((await call(emu, "GET", `/pools/${id}`)).body.allocationState).toBe("stopping");
    const stopped = await steady(id);
    expect(stopped.body.resizeErrors[0].code).toBe("ResizeStopped");
    // delete
    expect((await call(emu, "DELETE", `/pools/${id}`)).status).toBe(202);
    const deleting = await call(emu, "GET", `/pools/${id}`);
    expect(deleting.body.state).toBe("deleting");
    expect((await call(emu, "PATCH", `/pools/${id}`, { metadata: [] })).body.code).toBe("PoolBeingDeleted");
    expect((await call(emu, "POST", "/pools", poolBody(id))).body.code).toBe("PoolExists");
    await until(async () => (await call(emu, "HEAD", `/pools/${id}`)).status === 404);
  });

  it("patches only given properties; updateproperties replaces everything", async () => {
    const id = uid("upd");
    await call(
      emu,
      "POST",
      "/pools",
      poolBody(id, { metadata: [{ name: "a", value: "1" }], startTask: { commandLine: "echo hi" } }),
    );
    await call(emu, "PATCH", `/pools/${id}`, { displayName: "renamed" });
    let p = (await call(emu, "GET", `/pools/${id}`)).body;
    expect(p.metadata).toEqual([{ name: "a", value: "1" }]);
    expect(p.displayName).toBe("renamed");
    expect(
      (
        await call(emu, "POST", `/pools/${id}/updateproperties`, {
          applicationPackageReferences: [],
          metadata: [],
        })
      ).status,
    ).toBe(204);
    p = (await call(emu, "GET", `/pools/${id}`)).body;
    expect(p.metadata).toBeUndefined();
    expect(p.startTask).toBeUndefined();
    expect((await call(emu, "POST", `/pools/${id}/updateproperties`, { metadata: [] })).body.code).toBe(
      "MissingRequiredProperty",
    );
  });

  it("enforces autoscale rules and evaluates formulas", async () => {
    const id = uid("auto");
    await call(emu, "POST", "/pools", poolBody(id));
    await steady(id);
    expect(
      (
        await call(emu, "POST", `/pools/${id}/evaluateautoscale`, {
          autoScaleFormula: "$TargetDedicatedNodes=1",
        })
      ).body.code,
    ).toBe("AutoScaleNotEnabled");
    expect(
      (
        await call(emu, "POST", `/pools/${id}/enableautoscale`, {
          autoScaleFormula: "$TargetDedicatedNodes = (",
        })
      ).body.code,
    ).toBe("AutoScalingFormulaSyntaxError");
    expect(
      (
        await call(emu, "POST", `/pools/${id}/enableautoscale`, {
          autoScaleFormula: "$TargetDedicatedNodes = max(1, 2)",
          autoScaleEvaluationInterval: "PT5M",
        })
      ).status,
    ).toBe(200);
    const p = await steady(id);
    expect(p.body.enableAutoScale).toBe(true);
    expect(p.body.currentDedicatedNodes).toBe(2);
    expect(p.body.autoScaleRun.results).toBe(
      "$TargetDedicatedNodes=2;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    expect((await call(emu, "POST", `/pools/${id}/resize`, { targetDedicatedNodes: 1 })).body.code).toBe(
      "AutoScaleEnabled",
    );
    const ev = await call(emu, "POST", `/pools/${id}/evaluateautoscale`, {
      autoScaleFormula: "$TargetDedicatedNodes = 3",
    });
    expect(ev.body.results).toBe(
      "$TargetDedicatedNodes=3;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    expect((await call(emu, "POST", `/pools/${id}/disableautoscale`)).status).toBe(200);
    expect((await call(emu, "GET", `/pools/${id}`)).body.enableAutoScale).toBe(false);
  });

  it("honours If-Match / If-None-Match / If-Modified-Since / If-Unmodified-Since (412 ConditionNotMet, 304 on an unchanged GET, 400 when mixed)", async () => {
    const id = uid("cond");
    await call(emu, "POST", "/pools", poolBody(id));
    const g = await call(emu, "GET", `/pools/${id}`);
    const etag = g.headers.etag;
    expect(
      (await call(emu, "PATCH", `/pools/${id}`, { metadata: [] }, { headers: { "if-match": "0x1" } })).body
        .code,
    ).toBe("ConditionNotMet");
    const ok = await call(
      emu,
      "PATCH",
      `/pools/${id}`,
      { metadata: [{ name: "k", value: "v" }] },
      { headers: { "if-match": etag } },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).not.toBe(etag);
    expect(
      (await call(emu, "GET", `/pools/${id}`, undefined, { headers: { "if-none-match": ok.headers.etag } }))
        .status,
    ).toBe(304);
    expect(
      (
        await call(emu, "GET", `/pools/${id}`, undefined, {
          headers: { "if-match": ok.headers.etag, "if-modified-since": new Date().toUTCString() },
        })
      ).status,
    ).toBe(400);
    expect(
      (await call(emu, "GET", `/pools/${id}`, undefined, { headers: { "if-none-match": etag } })).status,
    ).toBe(200);
    const past = new Date(Date.now() - 3600_000).toUTCString();
    const future = new Date(Date.now() + 3600_000).toUTCString();
    expect(
      (await call(emu, "GET", `/pools/${id}`, undefined, { headers: { "if-modified-since": future } }))
        .status,
    ).toBe(304);
    expect(
      (await call(emu, "GET", `/pools/${id}`, undefined, { headers: { "if-modified-since": past } })).status,
    ).toBe(200);
    expect(
      (await call(emu, "DELETE", `/pools/${id}`, undefined, { headers: { "if-unmodified-since": past } }))
        .status,
    ).toBe(412);
    expect(
      (await call(emu, "DELETE", `/pools/${id}`, undefined, { headers: { "if-unmodified-since": future } }))
        .status,
    ).toBe(202);
  });

  it("supports $select, $filter and paging over 3+ pages with absolute nextLinks", async () => {
    const prefix = uid("pg");
    for (let i = 0; i < 7; i++)
      await call(emu, "POST", "/pools", poolBody(`${prefix}-${i}`, { vmSize: i % 2 ? "small" : "large" }));
    const sel = await call(emu, "GET", `/pools/${prefix}-0?$select=id,vmSize`);
    expect(Object.keys(sel.body).filter((k) => !k.startsWith("odata"))).toEqual(["id", "vmSize"]);
    const filtered = await call(
      emu,
      "GET",
      `/pools?$filter=${encodeURIComponent(`startswith(id,'${prefix}') and vmSize eq 'small'`)}`,
    );
    expect(filtered.body.value.map((p: { id: string }) => p.id)).toEqual(
      [1, 3, 5].map((i) => `${prefix}-${i}`),
    );
    const seen: string[] = [];
    let next: string | undefined =
      `/pools?maxresults=2&$select=id&$filter=${encodeURIComponent(`startswith(id,'${prefix}')`)}`;
    let pages = 0;
    while (next) {
      const r = await call(emu, "GET", next);
      expect(r.status).toBe(200);
      seen.push(...r.body.value.map((p: { id: string }) => p.id));
      pages++;
      const link = r.body["odata.nextLink"] as string | undefined;
      if (link) expect(link.startsWith(`${emu.endpoint()}/pools?`)).toBe(true);
      next = link ? link.slice(emu.endpoint().length) : undefined;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual([...Array(7).keys()].map((i) => `${prefix}-${i}`));
    expect((await call(emu, "GET", "/pools?$filter=id%20like%20'x'")).body.code).toBe(
      "InvalidQueryParameterValue",
    );
    expect((await call(emu, "GET", "/pools?maxresults=0")).status).toBe(400);
  });

  it("runs job schedule states and errors", async () => {
    const id = uid("js");
    const body = {
      id,
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "p" } },
    };
    expect((await call(emu, "POST", "/jobschedules", body)).status).toBe(201);
    expect((await call(emu, "POST", "/jobschedules", body)).body.code).toBe("JobScheduleExists");
    expect((await call(emu, "POST", "/jobschedules", { id: uid("js") })).body.code).toBe(
      "MissingRequiredProperty",
    );
    expect((await call(emu, "POST", `/jobschedules/${id}/disable`)).status).toBe(204);
    expect((await call(emu, "GET", `/jobschedules/${id}`)).body).toMatchObject({
      state: "disabled",
      previousState: "active",
    });
    expect((await call(emu, "POST", `/jobschedules/${id}/enable`)).status).toBe(204);
    const put = await call(emu, "PUT", `/jobschedules/${id}`, {
      id,
      state: "completed",
      jobSpecification: { poolInfo: { poolId: "q" } },
    });
    expect(put.status).toBe(200);
    expect((await call(emu, "GET", `/jobschedules/${id}`)).body.jobSpecification.poolInfo.poolId).toBe("q");
    expect((await call(emu, "POST", `/jobschedules/${id}/terminate`)).status).toBe(202);
    expect((await call(emu, "POST", `/jobschedules/${id}/enable`)).body.code).toBe(
      "JobScheduleBeingTerminated",
    );
    await until(async () => (await call(emu, "GET", `/jobschedules/${id}`)).body.state === "completed");
    expect((await call(emu, "PATCH", `/jobschedules/${id}`, { metadata: [] })).body.code).toBe(
      "JobScheduleCompleted",
    );
    expect((await call(emu, "DELETE", `/jobschedules/${id}`)).status).toBe(202);
    expect((await call(emu, "GET", `/jobschedules/${id}`)).body.state).toBe("deleting");
    expect((await call(emu, "DELETE", `/jobschedules/${id}`)).body.code).toBe("JobScheduleBeingDeleted");
    await until(
      async () => (await call(emu, "GET", `/jobschedules/${id}`)).body.code === "JobScheduleNotFound",
    );
    expect((await call(emu, "HEAD", `/jobschedules/${id}`)).status).toBe(404);
  });

  it("runs certificate states, errors and never returns secrets", async () => {
    const tp =
      "ab".repeat(19) +
      Math.floor(Math.random() * 255)
        .toString(16)
        .padStart(2, "0");
    const cert = {
      thumbprint: tp,
      thumbprintAlgorithm: "sha1",
      data: Buffer.from("x").toString("base64"),
      certificateFormat: "pfx",
      password: "hunter2",
    };
    expect((await call(emu, "POST", "/certificates", cert)).status).toBe(201);
    expect((await call(emu, "POST", "/certificates", cert)).body.code).toBe("CertificateExists");
    const path = `/certificates(thumbprintAlgorithm=sha1,thumbprint=${tp})`;
    const got = await call(emu, "GET", path);
    expect(got.body.state).toBe("active");
    expect(got.text).not.toContain("hunter2");
    expect(got.body.data).toBeUndefined();
    expect((await call(emu, "POST", `${path}/canceldelete`)).body.code).toBe("CertificateStateActive");
    expect((await call(emu, "DELETE", path)).status).toBe(202);
    expect((await call(emu, "GET", path)).body.state).toBe("deleting");
    expect((await call(emu, "DELETE", path)).body.code).toBe("CertificateBeingDeleted");
    await until(async () => (await call(emu, "GET", path)).body.code === "CertificateNotFound");
    expect(JSON.stringify(emu.requests())).not.toContain("hunter2");
  });

  it("injects faults, logs operations and resets state through the control API", async () => {
    const id = uid("fault");
    await call(emu, "POST", "/pools", poolBody(id));
    const f = await fetch(`${emu.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ operation: "Pools_GetPool", status: 503, retryAfterSeconds: 2, times: 1 }),
    });
    expect(f.status).toBe(201);
    const busy = await call(emu, "GET", `/pools/${id}`);
    expect(busy.status).toBe(503);
    expect(busy.body.code).toBe("ServerBusy");
    expect(busy.headers["retry-after"]).toBe("2");
    expect((await call(emu, "GET", `/pools/${id}`)).status).toBe(200);
    emu.addFault({ method: "GET", path: "^/pools/", latencyMs: 50, times: 1 });
    const t = Date.now();
    expect((await call(emu, "GET", `/pools/${id}`)).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(45);
    emu.addFault({ path: "^/pools$", reset: true, times: 1 });
    await expect(call(emu, "GET", "/pools")).rejects.toThrow();
    await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });
    const log = (await (await fetch(`${emu.url}/_emulator/requests`)).json()) as {
      operation: string;
      status: number;
    }[];
    expect(log.filter((e) => e.operation === "Pools_GetPool" && e.status === 503)).toHaveLength(1);
    expect(log[0]).toEqual(
      expect.objectContaining({
        method: expect.any(String),
        path: expect.any(String),
        account: "devbatch",
        durationMs: expect.any(Number),
      }),
    );
    expect((await fetch(`${emu.url}/_emulator/requests`, { method: "DELETE" })).status).toBe(204);
    expect(emu.requests()).toHaveLength(0);
    expect(((await (await fetch(`${emu.url}/_emulator/health`)).json()) as { status: string }).status).toBe(
      "ok",
    );
    expect((await fetch(`${emu.url}/_emulator/reset`, { method: "POST" })).status).toBe(204);
    expect((await call(emu, "GET", `/pools/${id}`)).status).toBe(404);
    await sleep(0);
  });
});
