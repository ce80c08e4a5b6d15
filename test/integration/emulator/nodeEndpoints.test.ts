import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, start, uid, until } from "./helpers";

describe("emulator: a node's inbound endpoints", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(async () => {
    await emu.stop();
  });

  const nodesOf = (id: string) =>
    until(async () => {
      const pool = await call(emu, "GET", `/pools/${id}`);
      if (pool.body?.allocationState !== "steady") return undefined;
      return (await call(emu, "GET", `/pools/${id}/nodes`)).body.value as {
        endpointConfiguration: { inboundEndpoints: Record<string, unknown>[] };
      }[];
    });

  it("are the pool's inbound NAT pools when it declares some (no default SSH rule)", async () => {
    const id = uid("nat");
    const natPool = {
      name: "TestEndpointConfig",
      protocol: "udp",
      backendPort: 64444,
      frontendPortRangeStart: 60000,
      frontendPortRangeEnd: 61000,
    };
    const body = poolBody(id, {
      targetDedicatedNodes: 1,
      networkConfiguration: { endpointConfiguration: { inboundNATPools: [natPool] } },
    });
    expect((await call(emu, "POST", "/pools", body)).status).toBe(201);
    const nodes = await nodesOf(id);
    expect(nodes).toHaveLength(1);
    const endpoints = nodes[0]?.endpointConfiguration.inboundEndpoints ?? [];
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0]).toMatchObject({ name: "TestEndpointConfig.0", protocol: "udp", backendPort: 64444 });
    const port = Number(endpoints[0]?.frontendPort);
    expect(port).toBeGreaterThanOrEqual(60000);
    expect(port).toBeLessThanOrEqual(61000);
  });

  it("are the default SSH rule otherwise", async () => {
    const id = uid("ssh");
    expect((await call(emu, "POST", "/pools", poolBody(id, { targetDedicatedNodes: 1 }))).status).toBe(201);
    const nodes = await nodesOf(id);
    expect(nodes[0]?.endpointConfiguration.inboundEndpoints).toEqual([
      expect.objectContaining({ name: "SSHRule.0", protocol: "tcp", backendPort: 22 }),
    ]);
  });
});
