/**
 * A Batch account with a variety of objects for the importer tests, created through the client
 * over real HTTP: bodies recorded from the real service (`/work/shared/realservice`, swapped to
 * api-version 2024-07-01.20.0 as its README says) and the spec's job schedule example, pools with
 * and without nodes, autoscale, job schedules on a pool, on an auto pool and disabled, a public
 * (.cer) and a private (.pfx) certificate referenced by a pool. Shared by the e2e test.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BatchClient } from "../../../provider/client";
import type { BatchJobScheduleCreateOptions, BatchPoolCreateOptions } from "../../../provider/client/models";
import { certificateIdentity } from "../../../provider/certificate/thumbprint";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "certificates");

/** The password of the test fixtures' .pfx files (see test/fixtures/certificates/README.md). */
export const PFX_PASSWORD = "test-fixture-password";
/** The .pfx fixture the seed adds (the program must be given this file). */
export const PFX_FILE = path.join(FIXTURES, "test-rsa2.pfx");

const UBUNTU = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
  nodeAgentSKUId: "batch.node.ubuntu 22.04",
};

/** The ids and thumbprints seeded. */
export interface Seeded {
  /** Pool with nodes, start task, users, metadata, certificate references. */
  web: string;
  /** Recorded real-service body: Windows, user accounts, pack scheduling. */
  iaas: string;
  /** Recorded real-service body: a data disk. */
  disk: string;
  /** Autoscale pool. */
  auto: string;
  /** Job schedule on the web pool (recorded body). */
  onPool: string;
  /** The spec example: an auto pool. */
  autoPool: string;
  /** A disabled schedule on the web pool. */
  disabled: string;
  cerThumbprint: string;
  pfxThumbprint: string;
  /** Every pool id. */
  pools: string[];
  /** Every job schedule id. */
  jobSchedules: string[];
}

function file64(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name)).toString("base64");
}

function thumbprintOf(data: string, format: "cer" | "pfx", password?: string): string {
  const r = certificateIdentity(data, format, password);
  if (!r.ok) throw new Error(`fixture ${format} unreadable`);
  return r.identity.thumbprint;
}

function specExampleSchedule(id: string): BatchJobScheduleCreateOptions {
  const example = JSON.parse(
    fs.readFileSync("/work/shared/batch-api/examples-typespec-source/JobSchedules_CreateJobSchedule_Complex.json", "utf8"),
  ) as { parameters: { jobSchedule: BatchJobScheduleCreateOptions } };
  const body = structuredClone(example.parameters.jobSchedule);
  body.id = id;
  // The example's window ends in 2014; a schedule in the past completes at once.
  body.schedule = { ...body.schedule, doNotRunUntil: "2035-09-10T02:30:00.000Z", doNotRunAfter: "2035-09-10T06:30:00.000Z" };
  return body;
}

/** Seeds the account; ids end with `suffix` so runs never collide. */
export async function seedAccount(client: BatchClient, suffix: string): Promise<Seeded> {
  const cerData = file64("test-rsa.cer");
  const pfxData = fs.readFileSync(PFX_FILE).toString("base64");
  const cerThumbprint = thumbprintOf(cerData, "cer");
  const pfxThumbprint = thumbprintOf(pfxData, "pfx", PFX_PASSWORD);
  await client.certificates.add({ thumbprint: cerThumbprint, thumbprintAlgorithm: "sha1", data: cerData, certificateFormat: "cer" });
  await client.certificates.add({
    thumbprint: pfxThumbprint,
    thumbprintAlgorithm: "sha1",
    data: pfxData,
    certificateFormat: "pfx",
    password: PFX_PASSWORD,
  });

  const s: Seeded = {
    web: `web-${suffix}`,
    iaas: `batch_iaas_${suffix}`,
    disk: `batch_disk_${suffix}`,
    auto: `auto-${suffix}`,
    onPool: `batch_schedule_${suffix}`,
    autoPool: `example-${suffix}`,
    disabled: `paused-${suffix}`,
    cerThumbprint,
    pfxThumbprint,
    pools: [],
    jobSchedules: [],
  };
  const pools: BatchPoolCreateOptions[] = [
    {
      id: s.web,
      displayName: "Web render farm",
      vmSize: "Standard_D2s_v3",
      virtualMachineConfiguration: UBUNTU,
      targetDedicatedNodes: 2,
      resizeTimeout: "PT900S",
      startTask: { commandLine: "/bin/sh -c 'echo ready'", maxTaskRetryCount: 1, waitForSuccess: true },
      userAccounts: [{ name: "worker", password: "Seed-Pa55word!", elevationLevel: "admin" }],
      certificateReferences: [
        { thumbprint: cerThumbprint.toLowerCase(), thumbprintAlgorithm: "sha1", storeLocation: "CurrentUser", visibility: ["task"] },
        { thumbprint: pfxThumbprint, thumbprintAlgorithm: "sha1" },
      ],
      metadata: [{ name: "team", value: "render" }],
    },
    // pysdk-2023-05-01.17.0-create-pools.json, batch_iaas (201).
    {
      id: s.iaas,
      vmSize: "standard_d2_v2",
      virtualMachineConfiguration: {
        imageReference: { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2016-Datacenter-smalldisk" },
        nodeAgentSKUId: "batch.node.windows amd64",
        windowsConfiguration: { enableAutomaticUpdates: true },
      },
      taskSchedulingPolicy: { nodeFillType: "pack" },
      userAccounts: [
        { name: "test-user-1", password: "Seed-Pa55word-1" },
        { name: "test-user-2", password: "Seed-Pa55word-2", elevationLevel: "admin" },
      ],
      targetNodeCommunicationMode: "classic",
    },
    // Same file, batch_disk (201).
    {
      id: s.disk,
      vmSize: "standard_d2_v2",
      virtualMachineConfiguration: {
        imageReference: { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS" },
        nodeAgentSKUId: "batch.node.ubuntu 18.04",
        dataDisks: [{ lun: 1, diskSizeGB: 50 }],
      },
      targetNodeCommunicationMode: "classic",
    },
    {
      id: s.auto,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: UBUNTU,
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 1;",
      autoScaleEvaluationInterval: "PT5M",
    },
  ];
  for (const p of pools) await client.pools.add(p);
  s.pools = pools.map((p) => p.id);

  const schedules: BatchJobScheduleCreateOptions[] = [
    // pysdk-2023-05-01.17.0-job-schedules.json (201), on the web pool.
    {
      id: s.onPool,
      schedule: { startWindow: "PT01H00M00S", recurrenceInterval: "P1D" },
      jobSpecification: { poolInfo: { poolId: s.web }, constraints: { maxTaskRetryCount: 2 }, onAllTasksComplete: "terminatejob" },
    },
    specExampleSchedule(s.autoPool),
    {
      id: s.disabled,
      schedule: { recurrenceInterval: "PT6H" },
      jobSpecification: { poolInfo: { poolId: s.web }, jobManagerTask: { id: "report", commandLine: "/bin/sh -c ./report.sh" } },
      metadata: [{ name: "owner", value: "data" }],
    },
  ];
  for (const j of schedules) await client.jobSchedules.add(j);
  await client.jobSchedules.disable(s.disabled);
  s.jobSchedules = schedules.map((j) => j.id);
  return s;
}
