/**
 * JobSchedule through the real Pulumi CLI against the emulator: create, PATCH a recurrence,
 * remove metadata (PUT), disable, enable, destroy — with `preview --expect-no-changes` after
 * every `up`, the REST calls of each step counted by operation from the emulator's request log,
 * and no plaintext password in the state.
 */
import * as path from "path";
import { DEV_KEY, startEmulator } from "../../../emulator";
import { emulatorEnv, PulumiTestStack, REPO_ROOT, uniqueSuffix } from "../harness";
import { writeOperations } from "../helpers/cli";

jest.setTimeout(15 * 60_000);

const PASSWORD = "E2e-Registry-Pa55word";

/** The program: one JobSchedule whose arguments depend on the `e2e:step` config value. */
const PROGRAM = `
const pulumi = require("@pulumi/pulumi");
const { JobSchedule } = require(${JSON.stringify(path.join(REPO_ROOT, "dist", "sdk", "index.js"))});
const cfg = new pulumi.Config();
const step = cfg.require("step");
const recurrenceInterval = step === "create" ? "PT60M" : "PT2H";
const metadata = step === "create" || step === "patch" ? [{ name: "team", value: "data" }] : undefined;
const js = new JobSchedule("nightly", {
  id: cfg.require("scheduleId"),
  schedule: { recurrenceInterval, startWindow: "PT5M" },
  jobSpecification: {
    poolInfo: { poolId: "pool-1" },
    jobManagerTask: {
      id: "jm",
      commandLine: "/bin/true",
      containerSettings: { imageName: "app:1", registry: { registryServer: "https://r.example.io", username: "u", password: ${JSON.stringify(PASSWORD)} } },
    },
  },
  metadata,
  enabled: step !== "disable",
});
exports.state = js.state;
exports.recurrenceInterval = js.schedule.apply((s) => s.recurrenceInterval);
exports.hasMetadata = js.metadata.apply((m) => m !== undefined);
exports.url = js.url;
`;

describe("JobSchedule with the real Pulumi CLI", () => {
  test("create, PATCH recurrence, remove metadata (PUT), disable, enable, destroy", async () => {
    const em = await startEmulator({ port: 0, timings: "fast" });
    let stack: PulumiTestStack | undefined;
    const writes = (): string[] => writeOperations(em.requests());
    try {
      stack = await PulumiTestStack.create({
        program: { source: PROGRAM },
        project: "e2e",
        env: emulatorEnv({ endpoint: em.endpoint(), account: "devbatch", key: DEV_KEY }),
        config: { "e2e:scheduleId": `e2e-${uniqueSuffix()}`, "e2e:step": "create" },
      });
      const steps: Array<[string, string[], Record<string, unknown>]> = [
        [
          "create",
          ["JobSchedules_CreateJobSchedule"],
          { state: "active", recurrenceInterval: "PT1H", hasMetadata: true },
        ],
        ["patch", ["JobSchedules_UpdateJobSchedule"], { recurrenceInterval: "PT2H", hasMetadata: true }],
        ["removeMetadata", ["JobSchedules_ReplaceJobSchedule"], { hasMetadata: false }],
        ["disable", ["JobSchedules_DisableJobSchedule"], { state: "disabled" }],
        ["enable", ["JobSchedules_EnableJobSchedule"], { state: "active" }],
      ];
      for (const [step, expectedWrites, expectedOutputs] of steps) {
        await stack.setConfig({ "e2e:step": step });
        em.clearRequests();
        await stack.up();
        expect({ step, writes: writes() }).toEqual({ step, writes: expectedWrites });
        expect(await stack.outputs()).toMatchObject(expectedOutputs);
        em.clearRequests();
        await stack.preview({ expectNoChanges: true });
        expect(writes()).toEqual([]);
      }

      await stack.refresh({ expectNoChanges: true });
      const state = JSON.stringify(await stack.exportState());
      expect(state).not.toContain(PASSWORD);

      em.clearRequests();
      await stack.destroy();
      expect(writes()).toEqual(["JobSchedules_DeleteJobSchedule"]);
      expect(em.requests().at(-1)).toMatchObject({ operation: "JobSchedules_GetJobSchedule", status: 404 });
    } finally {
      await stack?.dispose();
      await em.stop();
    }
  });
});
