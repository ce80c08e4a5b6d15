import * as fs from "node:fs";
import { checkJobSchedule } from "../../../provider/jobSchedule/check";
import { UNKNOWN } from "../../../provider/jobSchedule/specWalk";
import { baseInputs } from "./fixtures";
import { shared } from "../../sharedDir";

const EXAMPLE = shared("batch-api/examples-typespec-source/JobSchedules_CreateJobSchedule_Complex.json");

function failuresOf(news: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(checkJobSchedule(news).failures.map((f) => [f.property, f.reason]));
}

describe("checkJobSchedule", () => {
  test("valid inputs pass and are normalised", () => {
    const news = {
      ...baseInputs({ enabled: undefined }),
      schedule: { recurrenceInterval: "PT60M", doNotRunUntil: "2030-01-01T00:00:00Z" },
      jobSpecification: {
        priority: 0,
        poolInfo: { poolId: "p" },
        jobManagerTask: {
          id: "jm",
          commandLine: "x",
          killJobOnCompletion: true,
          userIdentity: { autoUser: { elevationLevel: "nonAdmin", scope: "task" } },
        },
      },
      metadata: [],
    };
    const { inputs, failures } = checkJobSchedule(news as never);
    expect(failures).toEqual([]);
    expect(inputs).toEqual({
      jobScheduleId: "nightly",
      enabled: true,
      schedule: { recurrenceInterval: "PT1H", doNotRunUntil: "2030-01-01T00:00:00.000Z" },
      jobSpecification: {
        poolInfo: { poolId: "p" },
        jobManagerTask: { id: "jm", commandLine: "x", userIdentity: { autoUser: { scope: "task" } } },
      },
    });
  });

  test("the spec's complex example passes", () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")).parameters.jobSchedule;
    expect(checkJobSchedule(example).failures).toEqual([]);
  });

  test.each([
    [{ jobScheduleId: "bad id!" }, "id", /letters, digits, hyphens and underscores/],
    [{ jobScheduleId: "x".repeat(65) }, "id", /at most 64/],
    [{ jobScheduleId: "" }, "id", /required/],
    [
      { schedule: { recurrenceInterval: "PT30S" } },
      "schedule.recurrenceInterval",
      /minimum of 1 minute; use "PT1M"/,
    ],
    [{ schedule: { startWindow: "5 minutes" } }, "schedule.startWindow", /not an ISO-8601 duration/],
    [{ schedule: { recurrenceInterval: "P1M" } }, "schedule.recurrenceInterval", /days instead/],
    [
      { schedule: { doNotRunUntil: "2030-01-02T00:00:00Z", doNotRunAfter: "2030-01-01T00:00:00Z" } },
      "schedule.doNotRunAfter",
      /later than schedule.doNotRunUntil/,
    ],
    [{ schedule: { doNotRunUntil: "tomorrow" } }, "schedule.doNotRunUntil", /ISO-8601 UTC date-time/],
    [{ jobSpecification: { poolInfo: {} } }, "jobSpecification.poolInfo", /exactly one of poolId/],
    [
      {
        jobSpecification: { poolInfo: { poolId: "p", autoPoolSpecification: { poolLifetimeOption: "job" } } },
      },
      "jobSpecification.poolInfo",
      /keep exactly one/,
    ],
    [
      { jobSpecification: { poolInfo: { poolId: "p" }, priority: 5000 } },
      "jobSpecification.priority",
      /-1000 to 1000/,
    ],
    [
      { jobSpecification: { poolInfo: { poolId: "p" }, maxParallelTasks: 0 } },
      "jobSpecification.maxParallelTasks",
      /-1/,
    ],
    [
      { jobSpecification: { poolInfo: { poolId: "p" }, onTaskFailure: "explode" } },
      "jobSpecification.onTaskFailure",
      /one of/,
    ],
    [
      { jobSpecification: { poolInfo: { poolId: "p" }, prioritty: 1 } },
      "jobSpecification.prioritty",
      /check its spelling/,
    ],
    [
      { jobSpecification: { poolInfo: { poolId: "p" }, jobManagerTask: { id: "x" } } },
      "jobSpecification.jobManagerTask.commandLine",
      /required; add it/,
    ],
    [{ metadata: [{ name: "a" }] }, "metadata[0].value", /required/],
    [{ enabled: "yes" }, "enabled", /true or false/],
    [{ schedule: undefined }, "schedule", /required/],
  ])("%j fails on %s", (change, property, reason) => {
    const failures = failuresOf({ ...baseInputs(), ...change });
    expect(failures[property]).toMatch(reason);
  });

  test("the schedule id travels as jobScheduleId; a bare id is accepted as an alias", () => {
    expect(checkJobSchedule({ ...baseInputs(), jobScheduleId: "from-sdk" }).inputs.jobScheduleId).toBe(
      "from-sdk",
    );
    const { jobScheduleId: _j, ...withoutSdkName } = baseInputs();
    const { inputs } = checkJobSchedule({ ...withoutSdkName, id: "alias" });
    expect(inputs.jobScheduleId).toBe("alias");
    expect(inputs.id).toBeUndefined();
  });

  test("unknown values during preview are not failures", () => {
    const news = {
      ...baseInputs(),
      jobScheduleId: UNKNOWN,
      schedule: { recurrenceInterval: UNKNOWN },
      jobSpecification: { poolInfo: { poolId: UNKNOWN } },
      metadata: UNKNOWN,
    };
    const { failures, inputs } = checkJobSchedule(news);
    expect(failures).toEqual([]);
    expect(inputs.jobScheduleId).toBe(UNKNOWN);
  });

  test("secret values never appear in failure messages", () => {
    const news = {
      ...baseInputs(),
      jobSpecification: {
        poolInfo: { poolId: "p" },
        jobManagerTask: {
          id: "jm",
          commandLine: "x",
          containerSettings: { registry: { password: "hunter2-secret" } },
        },
      },
    };
    const { failures } = checkJobSchedule(news);
    expect(failures.length).toBeGreaterThan(0); // imageName is missing
    expect(JSON.stringify(failures)).not.toContain("hunter2-secret");
  });
});
