/**
 * The program of the fault tests: one Pool, one JobSchedule and one Certificate whose arguments
 * depend on the `faults:step` config value (`v1` → create, `v2` → an in-place update of the pool
 * and the schedule, and a replacement of the certificate). Every write the matrix faults is made
 * by one of these three resources, so one `pulumi up` exercises a fault on all three at once.
 */
import * as path from "path";
import { REPO_ROOT } from "../harness";
import { FIXTURES } from "../../unit/certificate/fixtures";

/** The certificate file of each step (test-only fixtures, distinct thumbprints). */
export const CERT_FILES = { v1: "test-rsa.cer", v2: "test-rsa2.cer" } as const;

/** The start-task command line and schedule recurrence of each step, as the service holds them. */
export const DECLARED = {
  v1: { commandLine: "/bin/sh -c 'echo v1'", recurrenceInterval: "PT1H" },
  v2: { commandLine: "/bin/sh -c 'echo v2'", recurrenceInterval: "PT2H" },
} as const;

/** The program's index.js text (see the module comment). */
export const FAULTS_PROGRAM = `
const path = require("path");
const pulumi = require("@pulumi/pulumi");
const { Pool, JobSchedule, Certificate, certificateFromFile } = require(${JSON.stringify(
  path.join(REPO_ROOT, "dist", "sdk", "index.js"),
)});
const cfg = new pulumi.Config();
const step = cfg.require("step");
const declared = ${JSON.stringify(DECLARED)}[step];
const certFile = ${JSON.stringify(CERT_FILES)}[step];
new Pool("pool", {
  id: cfg.require("poolId"),
  vmSize: "Standard_D2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  startTask: { commandLine: declared.commandLine },
  targetDedicatedNodes: 0,
});
new JobSchedule("schedule", {
  id: cfg.require("scheduleId"),
  schedule: { recurrenceInterval: declared.recurrenceInterval },
  jobSpecification: { poolInfo: { poolId: cfg.require("poolId") } },
});
new Certificate("cert", certificateFromFile(path.join(${JSON.stringify(FIXTURES)}, certFile)));
`;
