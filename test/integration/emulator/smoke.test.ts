import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, start, uid, until } from "./helpers";

describe("emulator smoke", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(async () => {
    await emu.stop();
  });

  it("creates, reads and deletes a pool over signed HTTP", async () => {
    const id = uid("smoke");
    const c = await call(emu, "POST", "/pools", poolBody(id, { targetDedicatedNodes: 2 }));
    expect(c.status).toBe(201);
    expect(c.headers.etag).toMatch(/^0x[0-9A-F]+$/);
    expect(c.headers.dataserviceid).toBe(`${emu.endpoint()}/pools/${id}`);
    const steady = await until(async () => {
      const g = await call(emu, "GET", `/pools/${id}`);
      return g.body.allocationState === "steady" ? g : undefined;
    });
    expect(steady.body.currentDedicatedNodes).toBe(2);
    expect((await call(emu, "DELETE", `/pools/${id}`)).status).toBe(202);
    await until(async () => (await call(emu, "GET", `/pools/${id}`)).status === 404);
    const ops = emu.requests().map((r) => r.operation);
    expect(ops).toContain("Pools_CreatePool");
    expect(ops).toContain("Pools_DeletePool");
  });
});
