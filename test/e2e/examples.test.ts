/**
 * The quickstart (examples/quickstart) through the real Pulumi CLI against the emulator, one stack
 * shared by every step to keep CLI time down:
 *
 * 1. `up`, then `preview --expect-no-changes`;
 * 2. `getRemoteDesktop` for a node of the quickstart pool, from this test process (explicit
 *    `batchAccount`): a valid .rdp naming the node's remote-login address and port;
 * 3. drift: pool metadata and schedule recurrence changed out of band through the REST API →
 *    `preview --refresh --expect-no-changes` fails naming exactly those two properties → `up
 *    --refresh` repairs them with one PATCH each → `preview --refresh --expect-no-changes` passes;
 * 4. deletion out of band: the job schedule deleted through the REST API → `refresh` drops it
 *    from state → `up` recreates it with one create.
 */
import { BatchClient } from "../../provider/client";
import { getRemoteDesktop } from "../../sdk";
import {
  sourceProgram,
  emulatorEnv,
  PulumiTestStack,
  startTestEmulator,
  uniqueSuffix,
  type TestEmulator,
} from "./harness";
import { diffsOf, listAll, waitUntil, writesOf } from "./helpers/cli";

jest.setTimeout(10 * 60_000);

const PROJECT = "pulumi-azure-batch-quickstart";
const POOL_TYPE = "pulumi-nodejs:dynamic/batch:Pool";
const SCHEDULE_TYPE = "pulumi-nodejs:dynamic/batch:JobSchedule";

let emu: TestEmulator;
let client: BatchClient;
let stack: PulumiTestStack;
const poolId = `qs-${uniqueSuffix()}`;
const scheduleId = `${poolId}-nightly`;

beforeAll(async () => {
  emu = await startTestEmulator();
  client = new BatchClient({
    endpoint: emu.endpoint,
    auth: { kind: "sharedKey", accountName: emu.account, accountKey: emu.key },
  });
  stack = await PulumiTestStack.create({
    program: sourceProgram("examples/quickstart"),
    project: PROJECT,
    stackPrefix: "quickstart",
    config: { [`${PROJECT}:poolId`]: poolId },
    env: { ...emulatorEnv(emu), AZURE_BATCH_POLL_INTERVAL_MS: "50" },
  });
});

afterAll(async () => {
  await stack?.dispose();
  await client?.close();
  await emu?.stop();
});

describe("quickstart with the real Pulumi CLI", () => {
  test("up, then preview --expect-no-changes", async () => {
    await stack.up();
    const outputs = await stack.outputs();
    expect(outputs).toMatchObject({
      certificateState: "active",
      poolAllocationState: "steady",
      poolDedicatedNodes: 2,
      jobScheduleId: scheduleId,
      jobScheduleState: "active",
    });
    emu.emulator.clearRequests();
    await stack.preview({ expectNoChanges: true });
    expect(writesOf(emu.emulator.requests())).toEqual([]);
  });

  test("getRemoteDesktop: a valid .rdp for a node of the quickstart pool", async () => {
    const nodes = await listAll(client.nodes.list(poolId));
    expect(nodes).toHaveLength(2);
    const node = nodes[0];
    const login = (await client.nodes.getRemoteLoginSettings(poolId, node.id as string)).body;
    const rdp = await getRemoteDesktop({
      poolId,
      nodeId: node.id as string,
      batchAccount: { endpoint: emu.endpoint, accountName: emu.account, accountKey: emu.key },
    });
    expect(rdp.rdpFile).toContain(`full address:s:${login.remoteLoginIPAddress}:${login.remoteLoginPort}`);
    expect(rdp.rdpFile).toMatch(/^full address:s:[\d.]+:\d+\r\n/);
    expect(["service", "remoteLoginSettings"]).toContain(rdp.source);
  });

  test("drift: out-of-band changes are reported exactly and repaired with one PATCH each", async () => {
    await client.pools.patch(poolId, { metadata: [{ name: "owner", value: "someone-else" }] });
    await client.jobSchedules.patch(scheduleId, { schedule: { recurrenceInterval: "PT2H" } });

    const drift = await stack.preview({ refresh: true, expectNoChanges: true, allowFailure: true });
    if (process.env.E2E_DEBUG) console.log(drift.stdout, drift.stderr);
    // 7 = ExitNoChanges in the CLI's exit-code taxonomy: "changes were proposed", not a broken run.
    expect(drift.code).toBe(7);
    expect(drift.stdout + drift.stderr).toContain("no changes were expected");
    // Every resource line with a diff, and nothing else: the pool's metadata, the schedule's schedule.
    expect(diffsOf(drift.stdout)).toEqual({
      [`${POOL_TYPE} quickstart-pool`]: ["~metadata"],
      [`${SCHEDULE_TYPE} quickstart-schedule`]: ["~schedule"],
    });

    emu.emulator.clearRequests();
    await stack.run(["up", "--yes", "--skip-preview", "--refresh", "--stack", stack.stackName]);
    expect(writesOf(emu.emulator.requests())).toEqual(["JobSchedules_UpdateJobSchedule", "Pools_UpdatePool"]);
    expect((await client.pools.get(poolId)).body.metadata).toEqual([{ name: "owner", value: "quickstart" }]);
    expect((await client.jobSchedules.get(scheduleId)).body.schedule?.recurrenceInterval).toBe("PT1H");

    await stack.preview({ refresh: true, expectNoChanges: true });
  });

  test("deletion out of band: refresh drops the schedule, up recreates it", async () => {
    await client.jobSchedules.delete(scheduleId);
    await waitUntil(async () => (await client.jobSchedules.tryGet(scheduleId)) === undefined, 30_000);

    // The drift gate sees the deletion too: a create, and no other change.
    const gate = await stack.preview({ refresh: true, expectNoChanges: true, allowFailure: true });
    if (process.env.E2E_DEBUG) console.log(gate.stdout);
    expect(gate.code).toBe(7);
    expect(gate.stdout).toMatch(/\+\s+pulumi-nodejs:dynamic\/batch:JobSchedule quickstart-schedule create/);
    expect(diffsOf(gate.stdout)).toEqual({});

    await stack.refresh();
    const types = ((await stack.exportState()).deployment.resources ?? []).map((r) => r.type);
    expect(types).toContain(POOL_TYPE);
    expect(types).not.toContain(SCHEDULE_TYPE);

    emu.emulator.clearRequests();
    await stack.up();
    expect(writesOf(emu.emulator.requests())).toEqual(["JobSchedules_CreateJobSchedule"]);
    expect((await client.jobSchedules.get(scheduleId)).body.state).toBe("active");
    await stack.preview({ expectNoChanges: true });
  });
});
