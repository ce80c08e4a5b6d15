/**
 * Pool through the real Pulumi CLI against the emulator: create, update the start task in place
 * (PATCH), remove metadata (updateproperties), resize, switch to autoscale, destroy — with
 * `preview --expect-no-changes` after every `up`, the REST writes of each step counted by
 * operation, the `batch:Pool` type token, and no plaintext user password in the state.
 */
import * as path from "path";
import { DEV_KEY, startEmulator } from "../../../emulator";
import { emulatorEnv, PulumiTestStack, REPO_ROOT, uniqueSuffix } from "../harness";
import { writeOperations } from "../helpers/cli";

jest.setTimeout(15 * 60_000);

const PASSWORD = "E2e-User-Pa55word";

/** One Pool whose arguments depend on the `e2e:step` config value. */
const PROGRAM = `
const pulumi = require("@pulumi/pulumi");
const { Pool } = require(${JSON.stringify(path.join(REPO_ROOT, "dist", "sdk", "index.js"))});
const cfg = new pulumi.Config();
const step = cfg.require("step");
const after = (s) => ["create", "startTask", "removeMetadata", "resize", "autoscale"].indexOf(step) >= ["create", "startTask", "removeMetadata", "resize", "autoscale"].indexOf(s);
const pool = new Pool("render", {
  id: cfg.require("poolId"),
  vmSize: "Standard_D2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  startTask: { commandLine: after("startTask") ? "/bin/sh -c 'echo v2'" : "/bin/sh -c 'echo v1'" },
  metadata: after("removeMetadata") ? undefined : [{ name: "team", value: "render" }],
  userAccounts: [{ name: "worker", password: ${JSON.stringify(PASSWORD)} }],
  ...(after("autoscale")
    ? { enableAutoScale: true, autoScaleFormula: "$TargetDedicatedNodes = 1;", autoScaleEvaluationInterval: "PT5M" }
    : { targetDedicatedNodes: after("resize") ? 2 : 1 }),
});
exports.allocationState = pool.allocationState;
exports.currentDedicatedNodes = pool.currentDedicatedNodes;
exports.enableAutoScale = pool.enableAutoScale;
exports.hasMetadata = pool.metadata.apply((m) => m !== undefined);
`;

describe("Pool with the real Pulumi CLI", () => {
  test("create, PATCH start task, remove metadata, resize, autoscale, destroy", async () => {
    const em = await startEmulator({ port: 0, timings: "fast" });
    let stack: PulumiTestStack | undefined;
    const writes = (): string[] => writeOperations(em.requests());
    try {
      stack = await PulumiTestStack.create({
        program: { source: PROGRAM },
        project: "e2e",
        env: {
          ...emulatorEnv({ endpoint: em.endpoint(), account: "devbatch", key: DEV_KEY }),
          AZURE_BATCH_POLL_INTERVAL_MS: "50",
        },
        config: { "e2e:poolId": `e2e-${uniqueSuffix()}`, "e2e:step": "create" },
      });
      const steps: Array<[string, string[], Record<string, unknown>]> = [
        [
          "create",
          ["Pools_CreatePool"],
          { allocationState: "steady", currentDedicatedNodes: 1, hasMetadata: true },
        ],
        ["startTask", ["Pools_UpdatePool"], { hasMetadata: true }],
        ["removeMetadata", ["Pools_ReplacePoolProperties"], { hasMetadata: false }],
        ["resize", ["Pools_ResizePool"], { currentDedicatedNodes: 2, allocationState: "steady" }],
        ["autoscale", ["Pools_EnablePoolAutoScale"], { enableAutoScale: true }],
      ];
      for (const [step, expectedWrites, expectedOutputs] of steps) {
        await stack.setConfig({ "e2e:step": step });
        em.clearRequests();
        const up = await stack.up();
        if (process.env.E2E_DEBUG) console.log(up.stdout, JSON.stringify(em.requests()));
        expect({ step, writes: writes() }).toEqual({ step, writes: expectedWrites });
        expect(await stack.outputs()).toMatchObject(expectedOutputs);
        em.clearRequests();
        await stack.preview({ expectNoChanges: true });
        expect(writes()).toEqual([]);
      }

      await stack.refresh({ expectNoChanges: true });
      const state = await stack.exportState();
      const text = JSON.stringify(state);
      expect(text).not.toContain(PASSWORD);
      expect(text).toContain("pulumi-nodejs:dynamic/batch:Pool");

      em.clearRequests();
      await stack.destroy();
      expect(writes()).toEqual(["Pools_DeletePool"]);
    } finally {
      await stack?.dispose();
      await em.stop();
    }
  });
});
