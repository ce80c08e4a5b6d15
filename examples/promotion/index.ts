/**
 * The promotion example: the same pool and job schedule in every environment; stack config
 * (Pulumi.dev.yaml, Pulumi.prod.yaml) is the only difference: VM size, fixed node count or an
 * autoscale formula, the schedule's recurrence, and the Batch account.
 */
import * as pulumi from "@pulumi/pulumi";
import { JobSchedule, Pool } from "../../sdk";

const config = new pulumi.Config();
const environment = config.require("environment");
const autoScaleFormula = config.get("autoScaleFormula");

const pool = new Pool("workers", {
  id: "workers",
  vmSize: config.require("vmSize"),
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  ...(autoScaleFormula
    ? { enableAutoScale: true, autoScaleFormula, autoScaleEvaluationInterval: "PT5M" }
    : { targetDedicatedNodes: config.requireNumber("nodeCount") }),
  startTask: { commandLine: "/bin/sh -c 'echo ready'", waitForSuccess: true },
  metadata: [{ name: "environment", value: environment }],
});

const schedule = new JobSchedule("report", {
  id: "report",
  schedule: { recurrenceInterval: config.require("recurrence") },
  jobSpecification: {
    poolInfo: { poolId: pool.poolId },
    jobManagerTask: { id: "report", commandLine: "/bin/sh -c 'echo report'" },
  },
  metadata: [{ name: "environment", value: environment }],
});

/** What differs between environments, for a side-by-side look after promotion. */
export const summary = pulumi
  .all([pool.vmSize, pool.enableAutoScale, schedule.id])
  .apply(([vm, auto, id]) => ({
    environment,
    vmSize: vm,
    // The service may omit enableAutoScale for a fixed-size pool: show false, not nothing.
    autoScale: auto === true,
    jobScheduleId: id,
  }));
export const poolUrl = pool.url;
/**
 * What the promotion gate checks before it touches prod (examples/promotion/promote.ts): the pool
 * active with its allocation steady, the schedule active.
 */
export const health = pulumi
  .all([pool.state, pool.allocationState, schedule.state])
  .apply(([poolState, allocationState, scheduleState]) => ({ poolState, allocationState, scheduleState }));
