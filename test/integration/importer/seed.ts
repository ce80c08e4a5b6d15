/**
 * A Batch account with a variety of objects for the importer tests, created through the client
 * over real HTTP: every create body recorded from the real service (`/work/shared/realservice`,
 * read for api-version 2024-07-01.20.0 by `../replay/recordings.ts`) and the spec's job schedule example, pools with
 * and without nodes, autoscale, job schedules on a pool, on an auto pool and disabled, a public
 * (.cer) and a private (.pfx) certificate referenced by a pool. Shared by the e2e test.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BatchClient } from "../../../provider/client";
import type {
  BatchCertificate,
  BatchJobScheduleCreateOptions,
  BatchPoolCreateOptions,
} from "../../../provider/client/models";
import { certificateIdentity } from "../../../provider/certificate/thumbprint";
import { replayId } from "../replay/programs";
import { loadRecordedObjects, shiftScheduleTimes } from "../replay/recordings";
import { shared } from "../../sharedDir";

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
  /** Ids of the pools created from the recordings' create bodies. */
  recordedPools: string[];
  /** Ids of the job schedules created from the recordings. */
  recordedSchedules: string[];
  /** Upper-case thumbprints of the certificates from the recordings. */
  recordedCertificates: string[];
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
    fs.readFileSync(
      shared("batch-api/examples-typespec-source/JobSchedules_CreateJobSchedule_Complex.json"),
      "utf8",
    ),
  ) as { parameters: { jobSchedule: BatchJobScheduleCreateOptions } };
  const body = structuredClone(example.parameters.jobSchedule);
  body.id = id;
  // The example's window ends in 2014; a schedule in the past completes at once.
  body.schedule = {
    ...body.schedule,
    doNotRunUntil: "2035-09-10T02:30:00.000Z",
    doNotRunAfter: "2035-09-10T06:30:00.000Z",
  };
  return body;
}

/** Seeds the account; ids end with `suffix` so runs never collide. */
export async function seedAccount(client: BatchClient, suffix: string): Promise<Seeded> {
  const cerData = file64("test-rsa.cer");
  const pfxData = fs.readFileSync(PFX_FILE).toString("base64");
  const cerThumbprint = thumbprintOf(cerData, "cer");
  const pfxThumbprint = thumbprintOf(pfxData, "pfx", PFX_PASSWORD);
  await client.certificates.add({
    thumbprint: cerThumbprint,
    thumbprintAlgorithm: "sha1",
    data: cerData,
    certificateFormat: "cer",
  });
  await client.certificates.add({
    thumbprint: pfxThumbprint,
    thumbprintAlgorithm: "sha1",
    data: pfxData,
    certificateFormat: "pfx",
    password: PFX_PASSWORD,
  });

  const s: Seeded = {
    web: `web-${suffix}`,
    auto: `auto-${suffix}`,
    onPool: `batch_schedule_${suffix}`,
    autoPool: `example-${suffix}`,
    disabled: `paused-${suffix}`,
    cerThumbprint,
    pfxThumbprint,
    pools: [],
    jobSchedules: [],
    recordedPools: [],
    recordedSchedules: [],
    recordedCertificates: [],
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
        {
          thumbprint: cerThumbprint.toLowerCase(),
          thumbprintAlgorithm: "sha1",
          storeLocation: "currentuser",
          visibility: ["task"],
        },
        { thumbprint: pfxThumbprint, thumbprintAlgorithm: "sha1" },
      ],
      metadata: [{ name: "team", value: "render" }],
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
  const certificates = new Set<string>();
  for (const o of loadRecordedObjects()) {
    const id = replayId(o, suffix);
    // Two recordings may add the same certificate: an account holds it once.
    if (o.kind === "certificate" && certificates.has(o.id.toLowerCase())) continue;
    if (o.kind === "certificate") certificates.add(o.id.toLowerCase());
    if (o.kind === "pool") {
      // The real service took these bodies without a size (201); the emulator asks for one.
      const sized = "targetDedicatedNodes" in o.createBody || o.createBody.enableAutoScale === true;
      const body = { ...o.createBody, id, ...(sized ? {} : { targetDedicatedNodes: 0 }) };
      await client.pools.add(body as unknown as BatchPoolCreateOptions);
      s.pools.push(id);
      s.recordedPools.push(id);
    } else if (o.kind === "jobSchedule") {
      // Schedule times as far ahead (or behind) as when the service was recorded.
      const body = o.recordedAt ? shiftScheduleTimes(o.createBody, Date.now() - o.recordedAt) : o.createBody;
      await client.jobSchedules.add({ ...body, id } as unknown as BatchJobScheduleCreateOptions);
      s.recordedSchedules.push(id);
    } else {
      await client.certificates.add(o.createBody as unknown as BatchCertificate);
      s.recordedCertificates.push(o.id.toUpperCase());
    }
  }

  const schedules: BatchJobScheduleCreateOptions[] = [
    // pysdk-2023-05-01.17.0-job-schedules.json (201), on the web pool.
    {
      id: s.onPool,
      schedule: { startWindow: "PT01H00M00S", recurrenceInterval: "P1D" },
      jobSpecification: {
        poolInfo: { poolId: s.web },
        constraints: { maxTaskRetryCount: 2 },
        onAllTasksComplete: "terminatejob",
      },
    },
    specExampleSchedule(s.autoPool),
    {
      id: s.disabled,
      schedule: { recurrenceInterval: "PT6H" },
      jobSpecification: {
        poolInfo: { poolId: s.web },
        jobManagerTask: { id: "report", commandLine: "/bin/sh -c ./report.sh" },
      },
      metadata: [{ name: "owner", value: "data" }],
    },
  ];
  for (const j of schedules) await client.jobSchedules.add(j);
  await client.jobSchedules.disable(s.disabled);
  s.jobSchedules = [...schedules.map((j) => j.id), ...s.recordedSchedules];
  return s;
}
