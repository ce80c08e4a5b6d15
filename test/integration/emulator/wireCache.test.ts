/**
 * The cached GET bodies (emulator/wireCache.ts) are never stale: after every kind of change, a
 * request-driven one (PATCH, resize, stopresize, delete, re-create, reset) or a timer-driven one
 * (allocation done, nodes joined, deletion finished), and per request variant ($select, the base
 * URL the request was sent to), a GET answers what an uncached GET would.
 */
import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, start, uid, until } from "./helpers";

describe("emulator GET body cache", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    // An allocation long enough to GET the pool (cached) several times while it is resizing.
    emu = await start({ timings: { poolResizeMs: 400, poolStopResizeMs: 400, poolDeleteMs: 400 } });
  });
  afterAll(async () => {
    await emu.stop();
  });

  const get = (id: string, query = "", headers?: Record<string, string>) =>
    call(emu, "GET", `/pools/${id}${query}`, undefined, { headers });
  const steady = (id: string) =>
    until(async () => {
      const g = await get(id);
      return g.body?.allocationState === "steady" ? g : undefined;
    });

  it("answers a repeated GET with the same bytes and a PATCH's change right after it", async () => {
    const id = uid("wc");
    expect(
      (await call(emu, "POST", "/pools", poolBody(id, { metadata: [{ name: "a", value: "1" }] }))).status,
    ).toBe(201);
    const first = await get(id);
    const second = await get(id);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    const patch = await call(emu, "PATCH", `/pools/${id}`, { metadata: [{ name: "a", value: "2" }] });
    expect(patch.status).toBe(200);
    const after = await get(id);
    expect(after.body.metadata).toEqual([{ name: "a", value: "2" }]);
    expect(after.headers.etag).toBe(patch.headers.etag);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(after.body.eTag).toBe(after.headers.etag);
  });

  it("shows timer-driven transitions (allocation done, nodes joined) that keep the ETag", async () => {
    const id = uid("wc");
    await call(emu, "POST", "/pools", poolBody(id, { targetDedicatedNodes: 2 }));
    const resizing = await get(id);
    expect(resizing.body.allocationState).toBe("resizing");
    expect(resizing.body.currentDedicatedNodes).toBe(0);
    expect((await get(id)).body.allocationState).toBe("resizing");
    const done = await steady(id);
    expect(done.body.currentDedicatedNodes).toBe(2);
    expect(done.headers.etag).toBe(resizing.headers.etag);
    expect(done.body.allocationStateTransitionTime).not.toBe(resizing.body.allocationStateTransitionTime);
  });

  it("shows resize and stopresize (which keeps the ETag) at once", async () => {
    const id = uid("wc");
    await call(emu, "POST", "/pools", poolBody(id));
    await steady(id);
    expect((await call(emu, "POST", `/pools/${id}/resize`, { targetDedicatedNodes: 3 })).status).toBe(202);
    const resizing = await get(id);
    expect(resizing.body).toMatchObject({ allocationState: "resizing", targetDedicatedNodes: 3 });
    expect((await call(emu, "POST", `/pools/${id}/stopresize`)).status).toBe(202);
    const stopping = await get(id);
    expect(stopping.body.allocationState).toBe("stopping");
    expect(stopping.headers.etag).toBe(resizing.headers.etag);
    const stopped = await steady(id);
    expect(stopped.body.resizeErrors?.[0]?.code).toBe("ResizeStopped");
  });

  it("applies $select per request, whatever was cached before", async () => {
    const id = uid("wc");
    await call(emu, "POST", "/pools", poolBody(id));
    const full = await get(id);
    const some = await get(id, "?$select=id,state");
    expect(Object.keys(some.body).sort()).toEqual(["id", "odata.metadata", "state"]);
    const other = await get(id, "?$select=vmSize");
    expect(Object.keys(other.body).sort()).toEqual(["odata.metadata", "vmSize"]);
    expect((await get(id)).text).toBe(full.text);
    expect((await get(id, "?$select=id,state")).text).toBe(some.text);
  });

  it("answers with the base URL the request was sent to (odata.metadata, url)", async () => {
    const id = uid("wc");
    await call(emu, "POST", "/pools", poolBody(id));
    const direct = await get(id);
    const port = new URL(emu.url).port;
    const viaName = await get(id, "", { host: `batch.example.test:${port}` });
    expect(direct.body.url).toBe(`${emu.endpoint()}/pools/${id}`);
    expect(viaName.body["odata.metadata"]).toBe(
      `http://batch.example.test:${port}/devbatch/$metadata#pools/@Element`,
    );
    expect(viaName.body.url).toBe(`http://batch.example.test:${port}/devbatch/pools/${id}`);
    expect((await get(id)).text).toBe(direct.text);
  });

  it("follows a delete to its end, a re-create under the same id and a reset", async () => {
    const id = uid("wc");
    await call(emu, "POST", "/pools", poolBody(id));
    await get(id);
    expect((await call(emu, "DELETE", `/pools/${id}`)).status).toBe(202);
    expect((await get(id)).body.state).toBe("deleting");
    await until(async () => (await get(id)).status === 404);
    await call(emu, "POST", "/pools", poolBody(id, { vmSize: "standard_d4s_v3" }));
    expect((await get(id)).body.vmSize).toBe("standard_d4s_v3");
    await fetch(`${emu.url}/_emulator/reset`, { method: "POST" });
    expect((await get(id)).status).toBe(404);
  });
});
