import * as fs from "node:fs";
import { normalizeBySpec, redactSecrets, secretPaths } from "../../../provider/jobSchedule/specWalk";
import { shared } from "../../sharedDir";

const EXAMPLE = shared("batch-api/examples-typespec-source/JobSchedules_CreateJobSchedule_Complex.json");

function secretSpec(): Record<string, unknown> {
  return {
    poolInfo: {
      autoPoolSpecification: {
        poolLifetimeOption: "job",
        pool: {
          vmSize: "s",
          userAccounts: [{ name: "u", password: "pw-1" }],
          mountConfiguration: [
            {
              cifsMountConfiguration: {
                username: "u",
                source: "s",
                relativeMountPath: "m",
                password: "pw-2",
              },
            },
          ],
        },
      },
    },
    jobManagerTask: {
      id: "jm",
      commandLine: "x",
      containerSettings: { imageName: "i", registry: { password: "pw-3" } },
    },
  };
}

describe("spec walk", () => {
  test("finds every secret of a job specification by the spec's x-ms-secret", () => {
    expect(secretPaths(secretSpec(), "BatchJobSpecification").sort()).toEqual([
      "jobManagerTask.containerSettings.registry.password",
      "poolInfo.autoPoolSpecification.pool.mountConfiguration[0].cifsMountConfiguration.password",
      "poolInfo.autoPoolSpecification.pool.userAccounts[0].password",
    ]);
    expect(secretPaths({ poolInfo: { poolId: "p" } }, "BatchJobSpecification")).toEqual([]);
  });

  test("redacts secrets without touching the original", () => {
    const spec = secretSpec();
    const text = JSON.stringify(redactSecrets(spec, "BatchJobSpecification"));
    expect(text).not.toMatch(/pw-\d/);
    expect(text).toContain("[secret]");
    expect(JSON.stringify(spec)).toContain("pw-1");
  });

  test("normalisation is idempotent on the complex example and drops service defaults", () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")).parameters.jobSchedule;
    const once = normalizeBySpec(example, "BatchJobScheduleCreateOptions");
    expect(normalizeBySpec(once, "BatchJobScheduleCreateOptions")).toEqual(once);
    const pool = once.jobSpecification.poolInfo.autoPoolSpecification.pool;
    expect(pool.enableAutoScale).toBeUndefined(); // false is the default
    expect(pool.resizeTimeout).toBeUndefined(); // PT15M is the default
    expect(pool.targetDedicatedNodes).toBe(3);
    expect(once.jobSpecification.jobManagerTask.killJobOnCompletion).toBeUndefined();
    expect(once.jobSpecification.jobManagerTask.runExclusive).toBeUndefined();
  });

  test("server-style values normalise to what the user wrote", () => {
    const server = {
      priority: 0,
      maxParallelTasks: -1,
      allowTaskPreemption: false,
      usesTaskDependencies: false,
      onAllTasksComplete: "noaction",
      onTaskFailure: "noaction",
      constraints: { maxWallClockTime: "P10675199DT2H48M5.4775807S", maxTaskRetryCount: 0 },
      poolInfo: { poolId: "p" },
      commonEnvironmentSettings: [],
    };
    expect(normalizeBySpec(server, "BatchJobSpecification")).toEqual({ poolInfo: { poolId: "p" } });
  });
});
