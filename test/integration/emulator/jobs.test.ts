/** Jobs a job schedule creates, over real HTTP: list, list of a schedule, get, with the service's defaults. */
import type { RunningEmulator } from "../../../emulator";
import { call, start, uid, until } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await start();
});
afterAll(async () => {
  await emu?.stop();
});

const scheduleBody = (id: string, schedule: Record<string, unknown>) => ({
  id,
  schedule,
  jobSpecification: { poolInfo: { poolId: "pool-a" }, onAllTasksComplete: "terminatejob" },
});

test("a new schedule's first job, as the service reports it", async () => {
  const id = uid("runs");
  expect(
    (await call(emu, "POST", "/jobschedules", scheduleBody(id, { recurrenceInterval: "P1D" }))).status,
  ).toBe(201);
  const s = await call(emu, "GET", `/jobschedules/${id}`);
  const jobId = `${id}:job-1`;
  expect(s.body.executionInfo.recentJob).toEqual({ id: jobId, url: `${emu.endpoint()}/jobs/${jobId}` });
  expect(Date.parse(s.body.executionInfo.nextRunTime) - Date.parse(s.body.creationTime)).toBe(86_400_000);

  const job = await call(emu, "GET", `/jobs/${encodeURIComponent(jobId)}`);
  expect(job.status).toBe(200);
  expect(job.body).toMatchObject({
    id: jobId,
    state: "active",
    priority: 0,
    maxParallelTasks: -1,
    allowTaskPreemption: false,
    usesTaskDependencies: false,
    onAllTasksComplete: "terminatejob",
    onTaskFailure: "noaction",
    constraints: { maxWallClockTime: "P10675199DT2H48M5.4775807S", maxTaskRetryCount: 0 },
    poolInfo: { poolId: "pool-a" },
    executionInfo: { poolId: "pool-a" },
  });
  expect(job.headers.etag).toBeDefined();

  const ofSchedule = await call(emu, "GET", `/jobschedules/${id}/jobs`);
  expect(ofSchedule.body.value.map((j: { id: string }) => j.id)).toEqual([jobId]);
  const all = await call(emu, "GET", "/jobs");
  expect(all.body.value.map((j: { id: string }) => j.id)).toContain(jobId);

  // Deleting the schedule deletes its jobs.
  expect((await call(emu, "DELETE", `/jobschedules/${id}`)).status).toBe(202);
  await until(async () => (await call(emu, "GET", `/jobschedules/${id}`)).status === 404);
  const gone = await call(emu, "GET", `/jobs/${encodeURIComponent(jobId)}`);
  expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: "JobNotFound" });
});

test("doNotRunUntil ahead: no job until then, nextRunTime says when", async () => {
  const id = uid("later");
  const at = new Date(Date.now() + 1500).toISOString();
  await call(emu, "POST", "/jobschedules", scheduleBody(id, { doNotRunUntil: at }));
  const before = await call(emu, "GET", `/jobschedules/${id}`);
  expect(before.body.executionInfo).toEqual({ nextRunTime: at });
  expect((await call(emu, "GET", `/jobschedules/${id}/jobs`)).body.value).toEqual([]);
  const after = await until(async () => {
    const r = await call(emu, "GET", `/jobschedules/${id}/jobs`);
    return r.body.value.length > 0 ? r : false;
  }, 5000);
  expect(after.body.value[0].id).toBe(`${id}:job-1`);
  // Run once (no recurrenceInterval): no next run.
  expect((await call(emu, "GET", `/jobschedules/${id}`)).body.executionInfo.nextRunTime).toBeUndefined();
});

test("unknown job and schedule answer 404 with Batch's codes", async () => {
  const job = await call(emu, "GET", "/jobs/no-such-job");
  expect({ status: job.status, code: job.body.code }).toEqual({ status: 404, code: "JobNotFound" });
  const s = await call(emu, "GET", "/jobschedules/no-such-schedule/jobs");
  expect({ status: s.status, code: s.body.code }).toEqual({ status: 404, code: "JobScheduleNotFound" });
});
