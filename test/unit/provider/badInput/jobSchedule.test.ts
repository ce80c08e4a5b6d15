/**
 * Bad job schedule inputs, each refused by the JobSchedule provider's `check` before any REST call,
 * naming the property and the fix, without quoting a secret (see corpus.ts).
 */
import { check } from "../../../../provider/jobSchedule/index";
import { UNKNOWN } from "../../../../provider/core/planner";
import { type BadCase, clone, expectRejected, SECRET, set } from "./corpus";

const BASE = {
  jobScheduleId: "bad-input-schedule",
  schedule: { recurrenceInterval: "PT1H" },
  jobSpecification: { poolInfo: { poolId: "render" } },
};

const JS = "jobSpecification";
const AUTO = `${JS}.poolInfo.autoPoolSpecification`;
const AUTO_POOL = {
  poolLifetimeOption: "job",
  pool: {
    vmSize: "Standard_D2s_v3",
    virtualMachineConfiguration: {
      imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    },
  },
};
const autoPool = (pool: Record<string, unknown>) => ({
  autoPoolSpecification: { ...AUTO_POOL, pool: { ...AUTO_POOL.pool, ...pool } },
});

const CASES: BadCase[] = [
  set("no poolInfo", `${JS}.poolInfo`, undefined),
  set("empty poolInfo", `${JS}.poolInfo`, {}),
  set("poolInfo with both poolId and autoPoolSpecification", `${JS}.poolInfo`, {
    poolId: "p",
    ...autoPool({}),
  }),
  set(
    "auto pool without virtualMachineConfiguration",
    `${JS}.poolInfo`,
    { autoPoolSpecification: { ...AUTO_POOL, pool: { vmSize: "Standard_D2s_v3" } } },
    `${AUTO}.pool.virtualMachineConfiguration`,
  ),
  set(
    "auto pool without poolLifetimeOption",
    `${JS}.poolInfo`,
    { autoPoolSpecification: { pool: AUTO_POOL.pool } },
    `${AUTO}.poolLifetimeOption`,
  ),
  set(
    "autoPoolIdPrefix over 20 characters",
    `${JS}.poolInfo`,
    { autoPoolSpecification: { ...AUTO_POOL, autoPoolIdPrefix: "p".repeat(21) } },
    `${AUTO}.autoPoolIdPrefix`,
  ),
  set(
    "auto pool taskSlotsPerNode 0",
    `${JS}.poolInfo`,
    autoPool({ taskSlotsPerNode: 0 }),
    `${AUTO}.pool.taskSlotsPerNode`,
  ),
  set(
    "auto pool duplicate users",
    `${JS}.poolInfo`,
    autoPool({
      userAccounts: [
        { name: "u", password: SECRET },
        { name: "u", password: SECRET },
      ],
    }),
    `${AUTO}.pool.userAccounts[1]`,
  ),
  set(
    "auto pool subnetId malformed",
    `${JS}.poolInfo`,
    autoPool({ networkConfiguration: { subnetId: "vnet/default" } }),
    `${AUTO}.pool.networkConfiguration.subnetId`,
  ),
  set(
    "auto pool resizeTimeout in words",
    `${JS}.poolInfo`,
    autoPool({ resizeTimeout: "5 minutes" }),
    `${AUTO}.pool.resizeTimeout`,
  ),
  set('recurrenceInterval "soon"', "schedule.recurrenceInterval", "soon"),
  set("recurrenceInterval of 30 seconds", "schedule.recurrenceInterval", "PT30S"),
  set("recurrenceInterval in months", "schedule.recurrenceInterval", "P1M"),
  set("recurrenceInterval a number", "schedule.recurrenceInterval", 3600),
  set("startWindow of 10 seconds", "schedule.startWindow", "PT10S"),
  set('doNotRunUntil "tomorrow"', "schedule.doNotRunUntil", "tomorrow"),
  {
    title: "doNotRunAfter before doNotRunUntil",
    change: (i) =>
      Object.assign(i.schedule as object, {
        doNotRunUntil: "2031-01-02T00:00:00Z",
        doNotRunAfter: "2031-01-01T00:00:00Z",
      }),
    property: "schedule.doNotRunAfter",
  },
  set("schedule with an unknown property", "schedule.recurrence", "PT1H"),
  set("no schedule", "schedule", undefined),
  set("no jobSpecification", JS, undefined),
  set("unknown top-level property", "recurrenceInterval", "PT1H"),
  set("no id", "jobScheduleId", undefined, "id"),
  set("id of 65 characters", "jobScheduleId", "s".repeat(65), "id"),
  set("id with a space", "jobScheduleId", "nightly report", "id"),
  set("displayName of 1,100 characters", "displayName", "d".repeat(1100)),
  set("displayName a number", "displayName", 7),
  set(
    "duplicate metadata names",
    "metadata",
    [
      { name: "a", value: "1" },
      { name: "a", value: "2" },
    ],
    "metadata[1]",
  ),
  set("a 100 KB metadata value", "metadata", [{ name: "blob", value: "x".repeat(100 * 1024) }], "metadata"),
  set("metadata as an object", "metadata", { a: "1" }),
  set("job priority 2000", `${JS}.priority`, 2000),
  set("maxParallelTasks 0", `${JS}.maxParallelTasks`, 0),
  set("onAllTasksComplete unknown", `${JS}.onAllTasksComplete`, "stop"),
  set(
    "job constraints maxTaskRetryCount -3",
    `${JS}.constraints`,
    { maxTaskRetryCount: -3 },
    `${JS}.constraints.maxTaskRetryCount`,
  ),
  set(
    "job constraints maxWallClockTime in words",
    `${JS}.constraints`,
    { maxWallClockTime: "1 hour" },
    `${JS}.constraints.maxWallClockTime`,
  ),
  set(
    "job manager without commandLine",
    `${JS}.jobManagerTask`,
    { id: "jm" },
    `${JS}.jobManagerTask.commandLine`,
  ),
  set(
    "job manager id with a slash",
    `${JS}.jobManagerTask`,
    { id: "jm/1", commandLine: "x" },
    `${JS}.jobManagerTask.id`,
  ),
  set(
    "job manager duplicate environment settings",
    `${JS}.jobManagerTask`,
    { id: "jm", commandLine: "x", environmentSettings: [{ name: "A" }, { name: "A" }] },
    `${JS}.jobManagerTask.environmentSettings[1]`,
  ),
  set(
    "job manager requiredSlots 0",
    `${JS}.jobManagerTask`,
    { id: "jm", commandLine: "x", requiredSlots: 0 },
    `${JS}.jobManagerTask.requiredSlots`,
  ),
  set(
    "job preparation without commandLine",
    `${JS}.jobPreparationTask`,
    { id: "prep" },
    `${JS}.jobPreparationTask.commandLine`,
  ),
  set(
    "job release task id too long",
    `${JS}.jobReleaseTask`,
    { id: "r".repeat(65), commandLine: "x" },
    `${JS}.jobReleaseTask.id`,
  ),
  set("misspelt poolInfo", `${JS}.poolinfo`, { poolId: "p" }),
  set(
    "container registry password under a misspelt key",
    `${JS}.jobManagerTask`,
    {
      id: "jm",
      commandLine: "x",
      containerSettings: {
        imageName: "i",
        registry: { registryServer: "r.azurecr.io", username: "u", passwort: SECRET },
      },
    },
    `${JS}.jobManagerTask.containerSettings.registry.passwort`,
  ),
  set('enabled "yes"', "enabled", "yes"),
  set('adopt "true"', "adopt", "true"),
  set(
    "endpoint over plain http",
    "batchAccount",
    { endpoint: "http://batch.example.com", accountKey: SECRET },
    "batchAccount.endpoint",
  ),
  set("endpoint not a URL", "batchAccount", { endpoint: "batch.example.com" }, "batchAccount.endpoint"),
];

describe("bad job schedule inputs are refused by check, naming the property and the fix", () => {
  test("the corpus is large enough", () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  test("the valid base passes (so each case fails for its own change)", async () => {
    expect((await check({}, clone(BASE))).failures).toEqual([]);
    expect((await check({}, { ...clone(BASE), __provider: "exports.handler = …" })).failures).toEqual([]);
    expect(
      (await check({}, { ...clone(BASE), jobSpecification: { poolInfo: autoPool({}) } })).failures,
    ).toEqual([]);
  });

  test.each(CASES.map((c) => [c.title, c] as const))("%s", async (_title, c) => {
    const inputs = clone(BASE) as Record<string, unknown>;
    c.change(inputs);
    expectRejected((await check({}, inputs)).failures, c);
  });

  test("values not known yet (preview) are not reported", async () => {
    const inputs = {
      jobScheduleId: UNKNOWN,
      displayName: UNKNOWN,
      schedule: { recurrenceInterval: UNKNOWN, doNotRunUntil: UNKNOWN },
      jobSpecification: {
        poolInfo: {
          autoPoolSpecification: {
            ...AUTO_POOL,
            pool: {
              ...AUTO_POOL.pool,
              userAccounts: [
                { name: UNKNOWN, password: UNKNOWN },
                { name: UNKNOWN, password: UNKNOWN },
              ],
              networkConfiguration: { subnetId: UNKNOWN },
            },
          },
        },
      },
      metadata: [{ name: UNKNOWN, value: UNKNOWN }],
      batchAccount: UNKNOWN,
      enabled: UNKNOWN,
    };
    expect((await check({}, inputs)).failures).toEqual([]);
    expect((await check({}, { ...clone(BASE), jobSpecification: { poolInfo: UNKNOWN } })).failures).toEqual(
      [],
    );
  });
});
