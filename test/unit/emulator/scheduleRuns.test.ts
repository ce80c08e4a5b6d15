import { advanceRuns, durationMs, endJobs, jobsOf } from "../../../emulator/model/scheduleRuns";
import { MemoryStore } from "../../../emulator/store/MemoryStore";
import type { Entity } from "../../../emulator/store/Store";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const MIN = 60_000;
const base = "https://acct.region.batch.azure.com";

function schedule(extra: Entity = {}): Entity {
  return {
    id: "nightly",
    creationTime: new Date(T0).toISOString(),
    state: "active",
    jobSpecification: { poolInfo: { poolId: "p" }, priority: 5 },
    executionInfo: {},
    ...extra,
  };
}

describe("a job schedule's runs", () => {
  test("durations read as the service reads them", () => {
    expect(durationMs("PT1M")).toBe(MIN);
    expect(durationMs("P1DT2H")).toBe(26 * 60 * MIN);
    expect(durationMs("PT01H00M00S")).toBe(60 * MIN);
    expect(durationMs("P")).toBeNaN();
    expect(durationMs(undefined)).toBeNaN();
  });

  test("the first job at once, the next due one interval later, none while the previous is active", () => {
    const store = new MemoryStore();
    const s = schedule({ schedule: { recurrenceInterval: "PT10M" } });
    advanceRuns(store, "a", base, s, T0);
    expect(s.executionInfo).toEqual({
      nextRunTime: new Date(T0 + 10 * MIN).toISOString(),
      recentJob: { id: "nightly:job-1", url: `${base}/jobs/nightly:job-1` },
    });
    const [job] = jobsOf(store, "a", "nightly");
    expect(job).toMatchObject({
      id: "nightly:job-1",
      state: "active",
      priority: 5,
      poolInfo: { poolId: "p" },
    });
    expect(job.executionInfo).toEqual({ startTime: new Date(T0).toISOString(), poolId: "p" });
    // 35 minutes on: three runs fell due, but job-1 is still active, so none ran.
    expect(advanceRuns(store, "a", base, s, T0 + 35 * MIN)).toBe(true);
    expect(jobsOf(store, "a", "nightly")).toHaveLength(1);
    expect((s.executionInfo as Entity).nextRunTime).toBe(new Date(T0 + 40 * MIN).toISOString());
    // Once it completed, the next due run creates job-2 at its due time.
    job.state = "completed";
    advanceRuns(store, "a", base, s, T0 + 41 * MIN);
    const jobs = jobsOf(store, "a", "nightly");
    expect(jobs.map((j) => j.id)).toEqual(["nightly:job-1", "nightly:job-2"]);
    expect(jobs[1].creationTime).toBe(new Date(T0 + 40 * MIN).toISOString());
    expect((s.executionInfo as Entity).recentJob).toEqual({
      id: "nightly:job-2",
      url: `${base}/jobs/nightly:job-2`,
    });
  });

  test("doNotRunUntil delays the first run; without an interval the schedule runs once", () => {
    const store = new MemoryStore();
    const at = new Date(T0 + 5 * MIN).toISOString();
    const s = schedule({ schedule: { doNotRunUntil: at } });
    advanceRuns(store, "a", base, s, T0);
    expect(s.executionInfo).toEqual({ nextRunTime: at });
    expect(jobsOf(store, "a", "nightly")).toHaveLength(0);
    advanceRuns(store, "a", base, s, T0 + 6 * MIN);
    expect(jobsOf(store, "a", "nightly")).toHaveLength(1);
    expect(s.executionInfo).toEqual({
      recentJob: { id: "nightly:job-1", url: `${base}/jobs/nightly:job-1` },
    });
    expect(advanceRuns(store, "a", base, s, T0 + 600 * MIN)).toBe(false);
  });

  test("a disabled schedule creates no job; terminating completes its jobs, deleting removes them", () => {
    const store = new MemoryStore();
    const s = schedule({ state: "disabled", schedule: { recurrenceInterval: "PT1M" } });
    advanceRuns(store, "a", base, s, T0 + 3 * MIN);
    expect(jobsOf(store, "a", "nightly")).toHaveLength(0);
    s.state = "active";
    advanceRuns(store, "a", base, s, T0 + 4 * MIN);
    expect(jobsOf(store, "a", "nightly")).toHaveLength(1);
    endJobs(store, "a", s, T0 + 5 * MIN, false);
    expect(jobsOf(store, "a", "nightly")[0]).toMatchObject({
      state: "completed",
      executionInfo: {
        terminateReason: "JobScheduleTerminated",
        endTime: new Date(T0 + 5 * MIN).toISOString(),
      },
    });
    endJobs(store, "a", s, T0 + 6 * MIN, true);
    expect(jobsOf(store, "a", "nightly")).toHaveLength(0);
  });
});
