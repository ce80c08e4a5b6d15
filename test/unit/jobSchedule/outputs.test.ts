/**
 * A read builds a schedule's inputs and outputs from one normalisation of the live schedule
 * (`jobScheduleState`); they must be exactly what the separate builders give, and share no object.
 */
import {
  inputsFromService,
  jobScheduleState,
  outputsFromService,
} from "../../../provider/jobSchedule/outputs";
import type { BatchJobSchedule } from "../../../provider/client/models";
import type { JobScheduleInputs } from "../../../provider/jobSchedule/types";

/** A GET of the real service (pysdk job-schedules recording), with a container registry added. */
function live(): BatchJobSchedule {
  return {
    id: "batch_schedule_3a802288",
    url: "https://acct.eastasia.batch.azure.com/jobschedules/batch_schedule_3a802288",
    eTag: "0x8DBAED6F7336C7A",
    lastModified: "2023-09-06T12:44:09.6633978Z",
    creationTime: "2023-09-06T12:44:09.6633978Z",
    state: "active",
    stateTransitionTime: "2023-09-06T12:44:09.6633978Z",
    schedule: { startWindow: "PT1H", recurrenceInterval: "P1D" },
    jobSpecification: {
      priority: 0,
      maxParallelTasks: -1,
      allowTaskPreemption: false,
      usesTaskDependencies: false,
      onAllTasksComplete: "terminatejob",
      onTaskFailure: "noaction",
      constraints: { maxWallClockTime: "P10675199DT2H48M5.4775807S", maxTaskRetryCount: 2 },
      poolInfo: { poolId: "pool_id" },
      jobManagerTask: {
        id: "jm",
        commandLine: "/bin/true",
        containerSettings: { imageName: "app:1", registry: { registryServer: "r.io", username: "u" } },
      },
    },
    executionInfo: {
      nextRunTime: "2023-09-07T12:44:09.6633978Z",
      recentJob: {
        id: "batch_schedule_3a802288:job-1",
        url: "https://acct/jobs/batch_schedule_3a802288:job-1",
      },
    },
  } as unknown as BatchJobSchedule;
}

/** What the program declared: the registry password is write-only (the GET does not return it). */
const prior: Partial<JobScheduleInputs> = {
  jobScheduleId: "batch_schedule_3a802288",
  schedule: { startWindow: "PT60M", recurrenceInterval: "P1D" },
  jobSpecification: {
    onAllTasksComplete: "terminatejob",
    constraints: { maxTaskRetryCount: 2 },
    poolInfo: { poolId: "pool_id" },
    jobManagerTask: {
      id: "jm",
      commandLine: "/bin/true",
      containerSettings: {
        imageName: "app:1",
        registry: { registryServer: "r.io", username: "u", password: "pw" },
      },
    },
  },
} as unknown as Partial<JobScheduleInputs>;

test("jobScheduleState gives what inputsFromService and outputsFromService give", () => {
  const state = jobScheduleState(live(), prior, "0xHEADER");
  expect(state.inputs).toEqual(inputsFromService(live(), prior));
  expect(state.outputs).toEqual(outputsFromService(live(), prior, "0xHEADER"));
  // The body's ETag wins over the header; the write-only password comes back from the prior inputs.
  expect(state.outputs.eTag).toBe("0x8DBAED6F7336C7A");
  const registry = (s: { jobSpecification?: unknown }) =>
    (s.jobSpecification as { jobManagerTask: { containerSettings: { registry: Record<string, unknown> } } })
      .jobManagerTask.containerSettings.registry;
  expect(registry(state.inputs).password).toBe("pw");
  expect(registry(state.outputs).password).toBe("pw");
});

test("the inputs and outputs of one read share no object", () => {
  const state = jobScheduleState(live(), prior);
  (state.inputs.jobSpecification as { poolInfo: { poolId: string } }).poolInfo.poolId = "changed";
  expect((state.outputs.jobSpecification as { poolInfo: { poolId: string } }).poolInfo.poolId).toBe(
    "pool_id",
  );
});
