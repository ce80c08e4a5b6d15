/**
 * The Pool provider against the emulator over real HTTP: each kind of update makes exactly the
 * expected REST calls (counted from the emulator's request log), the read-back equals the inputs,
 * and a diff right after an update reports no change.
 */
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import * as pool from "../../../provider/pool";
import { resetStackConfig } from "../../../provider/core/config";

type Rec = Record<string, unknown>;
let emulator: RunningEmulator;
const savedEnv = { ...process.env };
let counter = 0;

beforeAll(async () => {
  // Progress lines go to stderr for the CLI; keep test output quiet.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  emulator = await startEmulator({ port: 0, timings: "fast" });
  resetStackConfig();
  process.env.AZURE_BATCH_ENDPOINT = emulator.endpoint();
  process.env.AZURE_BATCH_ACCOUNT = DEV_ACCOUNT;
  process.env.AZURE_BATCH_ACCESS_KEY = DEV_KEY;
  process.env.AZURE_BATCH_POLL_INTERVAL_MS = "20";
});
afterAll(async () => {
  process.env = savedEnv;
  await emulator?.stop();
});

/** Program inputs for a fresh pool with a unique id. */
function program(overrides: Rec = {}): Rec {
  return {
    poolId: `pool-${process.pid}-${++counter}`,
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: {
      imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    },
    targetDedicatedNodes: 1,
    startTask: { commandLine: "/bin/sh -c 'echo a'" },
    metadata: [{ name: "team", value: "render" }],
    ...overrides,
  };
}

async function checked(news: Rec): Promise<Rec> {
  const r = await pool.check({}, news);
  expect(r.failures).toEqual([]);
  return r.inputs as Rec;
}

/** REST operations made while running fn (GETs included, listed separately). */
async function calls(fn: () => Promise<unknown>): Promise<{ writes: string[]; reads: number }> {
  emulator.clearRequests();
  await fn();
  const ops = emulator.requests().map((r) => r.operation ?? `${r.method} ${r.path}`);
  return {
    writes: ops.filter((o) => o !== "Pools_GetPool"),
    reads: ops.filter((o) => o === "Pools_GetPool").length,
  };
}

/** Picks the input keys of `inputs` from `state` (the read-back must equal the inputs). */
function inputsPart(state: Rec, inputs: Rec): Rec {
  return Object.fromEntries(Object.keys(inputs).map((k) => [k, state[k]]));
}

async function createPool(overrides: Rec = {}): Promise<{ inputs: Rec; state: Rec; id: string }> {
  const inputs = await checked(program(overrides));
  const { id, outs } = await pool.create(inputs);
  return { inputs, state: outs as Rec, id };
}

async function updateAndVerify(id: string, state: Rec, news: Rec, expected: string[]): Promise<Rec> {
  const inputs = await checked(news);
  const d = await pool.diff(id, state, inputs);
  expect(d).toMatchObject({ changes: true, replaces: [] });
  let outs: Rec = {};
  const made = await calls(async () => {
    outs = (await pool.update(id, state, inputs)).outs as Rec;
  });
  expect(made.writes).toEqual(expected);
  expect(inputsPart(outs, inputs)).toEqual(inputs);
  expect((await pool.diff(id, outs, inputs)).changes).toBe(false);
  return outs;
}

describe("Pool provider against the emulator", () => {
  test("create waits for steady; read-back equals the inputs; no diff afterwards", async () => {
    const { inputs, state, id } = await createPool();
    expect(state).toMatchObject({ allocationState: "steady", currentDedicatedNodes: 1, state: "active" });
    expect(inputsPart(state, inputs)).toEqual(inputs);
    expect((await pool.diff(id, state, inputs)).changes).toBe(false);
    const r = await pool.read(id, state);
    expect(r.props).toEqual(state);
    expect(r.inputs).toEqual(inputs);
  });

  test("start task changed: exactly one PATCH", async () => {
    const { inputs, state, id } = await createPool();
    await updateAndVerify(id, state, { ...inputs, startTask: { commandLine: "/bin/sh -c 'echo b'" } }, [
      "Pools_UpdatePool",
    ]);
  });

  test("metadata removed: exactly one updateproperties", async () => {
    const { inputs, state, id } = await createPool();
    const { metadata: _m, ...news } = inputs;
    await updateAndVerify(id, state, news, ["Pools_ReplacePoolProperties"]);
  });

  test("resize: exactly one resize (then waits for steady)", async () => {
    const { inputs, state, id } = await createPool();
    const outs = await updateAndVerify(id, state, { ...inputs, targetDedicatedNodes: 2 }, [
      "Pools_ResizePool",
    ]);
    expect(outs).toMatchObject({ currentDedicatedNodes: 2, allocationState: "steady" });
  });

  test("switch to autoscale and back", async () => {
    const { inputs, state, id } = await createPool();
    const { targetDedicatedNodes: _t, targetLowPriorityNodes: _l, resizeTimeout: _r, ...rest } = inputs;
    const auto = { ...rest, enableAutoScale: true, autoScaleFormula: "$TargetDedicatedNodes = 1;" };
    const autoState = await updateAndVerify(id, state, auto, ["Pools_EnablePoolAutoScale"]);
    const { autoScaleFormula: _f, autoScaleEvaluationInterval: _i, ...fixedBase } = await checked(auto);
    await updateAndVerify(id, autoState, { ...fixedBase, enableAutoScale: false, targetDedicatedNodes: 1 }, [
      "Pools_DisablePoolAutoScale",
      "Pools_ResizePool",
    ]);
  });

  test("vmSize on a pool with nodes: replacement of exactly vmSize; on an empty pool: one PATCH", async () => {
    const busy = await createPool();
    expect(await pool.diff(busy.id, busy.state, { ...busy.inputs, vmSize: "standard_d4s_v3" })).toMatchObject(
      {
        changes: true,
        replaces: ["vmSize"],
        deleteBeforeReplace: true,
      },
    );
    const empty = await createPool({ targetDedicatedNodes: 0 });
    await updateAndVerify(empty.id, empty.state, { ...empty.inputs, vmSize: "standard_d4s_v3" }, [
      "Pools_UpdatePool",
    ]);
  });

  test("existing pool: clear error without adopt; with adopt the difference is applied", async () => {
    const { inputs } = await createPool();
    await expect(pool.create({ ...inputs, metadata: [{ name: "x", value: "y" }] })).rejects.toThrow(
      /adopt: true/,
    );
    let outs: Rec = {};
    const made = await calls(async () => {
      outs = (await pool.create({ ...inputs, metadata: [{ name: "x", value: "y" }], adopt: true }))
        .outs as Rec;
    });
    // Adopting looks first, so the only write is the difference.
    expect(made.writes).toEqual(["Pools_UpdatePool"]);
    expect(outs.metadata).toEqual([{ name: "x", value: "y" }]);
    const again = await calls(async () => {
      await pool.create({ ...inputs, metadata: [{ name: "x", value: "y" }], adopt: true });
    });
    expect(again.writes).toEqual([]);
  });

  test("delete waits until gone; read of a deleted pool reports it gone; delete again is fine", async () => {
    const { state, id } = await createPool();
    await pool.delete(id, state);
    expect(await pool.read(id, state)).toEqual({ id: "", props: {} });
    await pool.delete(id, state);
  });

  test("no endpoint: a clear error naming the config key", async () => {
    const saved = process.env.AZURE_BATCH_ENDPOINT;
    delete process.env.AZURE_BATCH_ENDPOINT;
    try {
      await expect(pool.read("x", {})).rejects.toThrow(/azure-batch:endpoint/);
    } finally {
      process.env.AZURE_BATCH_ENDPOINT = saved;
    }
  });
});
