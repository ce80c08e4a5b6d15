/**
 * The quickstart (root Pulumi.yaml): a certificate, a pool that references it and runs a start
 * task, and a job schedule on that pool. `npm run demo` runs it against the embedded emulator;
 * pointed at a real account (see README) the same program manages real objects.
 *
 * Stack config (all optional): `poolId`, `vmSize`, `nodeCount`, `recurrence` (ISO-8601 duration).
 */
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { Certificate, certificateFromFile, JobSchedule, Pool } from "../../sdk";

const config = new pulumi.Config();
const poolId = config.get("poolId") ?? "quickstart-pool";
const vmSize = config.get("vmSize") ?? "standard_d2s_v3";
const nodeCount = config.getNumber("nodeCount") ?? 2;
const recurrence = config.get("recurrence") ?? "PT1H";

// Pulumi runs this file as it is (TypeScript through ts-node), so the certificate lies beside it.
const certFile = path.join(__dirname, "quickstart.cer");

/** A public certificate (no private key), installed on the pool's nodes. */
const certificate = new Certificate("quickstart-cert", certificateFromFile(certFile));

const pool = new Pool("quickstart-pool", {
  id: poolId,
  displayName: "Quickstart pool",
  vmSize,
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: nodeCount,
  startTask: {
    commandLine: "/bin/sh -c 'echo node ready'",
    waitForSuccess: true,
    maxTaskRetryCount: 1,
  },
  certificateReferences: [
    {
      thumbprint: certificate.thumbprint,
      thumbprintAlgorithm: "sha1",
      storeLocation: "currentuser",
      visibility: ["starttask", "task"],
    },
  ],
  metadata: [{ name: "owner", value: "quickstart" }],
});

const schedule = new JobSchedule("quickstart-schedule", {
  id: `${poolId}-nightly`,
  displayName: "Quickstart recurring job",
  schedule: { recurrenceInterval: recurrence },
  jobSpecification: {
    poolInfo: { poolId: pool.poolId },
    jobManagerTask: { id: "manager", commandLine: "/bin/sh -c 'echo hello from the job manager'" },
  },
  metadata: [{ name: "owner", value: "quickstart" }],
});

/** Outputs printed by `npm run demo`. */
export const certificateThumbprint = certificate.thumbprint;
export const certificateState = certificate.state;
export const poolUrl = pool.url;
export const poolAllocationState = pool.allocationState;
export const poolDedicatedNodes = pool.currentDedicatedNodes;
export const jobScheduleId = schedule.id;
export const jobScheduleState = schedule.state;
