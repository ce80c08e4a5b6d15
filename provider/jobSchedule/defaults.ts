/**
 * Values the Batch service fills in when a property is omitted, by spec definition name and
 * property, taken from the descriptions in `spec/BatchService.json` ("The default value is …").
 *
 * Why: the service returns these on GET even though the user never wrote them. Dropping a
 * property whose value equals its default — on both the desired inputs and what the service
 * returns — makes "omitted" and "set to the default" the same thing, so `pulumi refresh` and
 * `pulumi preview` only show real drift. Durations are written canonically (see
 * `jobSchedule/duration.ts`); `MAX_TIMESPAN` is how the service spells "unlimited".
 */

/** .NET `TimeSpan.MaxValue` in canonical form: what the service returns for "no limit". */
export const MAX_TIMESPAN = "P10675199DT2H48M5.4775807S";

/** Default values keyed by spec definition, then by property. */
export const JOB_SCHEDULE_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  BatchJobScheduleConfiguration: { startWindow: MAX_TIMESPAN },
  BatchJobSpecification: {
    priority: 0,
    allowTaskPreemption: false,
    maxParallelTasks: -1,
    usesTaskDependencies: false,
    onAllTasksComplete: "noaction",
    onTaskFailure: "noaction",
  },
  BatchJobNetworkConfiguration: { skipWithdrawFromVNet: false },
  BatchJobConstraints: { maxTaskRetryCount: 0, maxWallClockTime: MAX_TIMESPAN },
  BatchTaskConstraints: { maxTaskRetryCount: 0, maxWallClockTime: MAX_TIMESPAN, retentionTime: "P7D" },
  BatchJobManagerTask: {
    requiredSlots: 1,
    killJobOnCompletion: true,
    runExclusive: true,
    allowLowPriorityNode: true,
  },
  BatchJobPreparationTask: {
    id: "jobpreparation",
    waitForSuccess: true,
    rerunOnNodeRebootAfterSuccess: true,
  },
  BatchJobReleaseTask: { id: "jobrelease", maxWallClockTime: "PT15M", retentionTime: "P7D" },
  BatchTaskContainerSettings: { workingDirectory: "taskWorkingDirectory" },
  AutoUserSpecification: { scope: "pool", elevationLevel: "nonadmin" },
  ContainerHostBatchBindMountEntry: { isReadOnly: false },
  OutputFileUploadConfig: { uploadCondition: "taskcompletion" },
  BatchAutoPoolSpecification: { keepAlive: false },
  BatchPoolSpecification: {
    taskSlotsPerNode: 1,
    resizeTimeout: "PT15M",
    enableAutoScale: false,
    enableInterNodeCommunication: false,
    targetNodeCommunicationMode: "default",
  },
  BatchTaskSchedulingPolicy: { nodeFillType: "spread" },
  BatchStartTask: { maxTaskRetryCount: 0, waitForSuccess: true },
  UserAccount: { elevationLevel: "nonadmin" },
  BatchVmImageReference: { version: "latest" },
};
