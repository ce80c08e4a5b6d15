/** Shared inputs for the JobSchedule unit tests. */
import type { JobScheduleInputs } from "../../../provider/jobSchedule/types";

/** A minimal valid schedule on an existing pool. */
export function baseInputs(overrides: Partial<JobScheduleInputs> = {}): JobScheduleInputs {
  return {
    jobScheduleId: "nightly",
    schedule: { recurrenceInterval: "PT1H" },
    jobSpecification: {
      poolInfo: { poolId: "pool-1" },
      jobManagerTask: { id: "jm", commandLine: "/bin/true" },
    },
    metadata: [{ name: "team", value: "data" }],
    enabled: true,
    ...overrides,
  };
}
