import * as fs from "node:fs";
import * as path from "node:path";
import {
  MAX_TIMESPAN,
  SERVICE_DEFAULTS,
  SPEC_CASE_DEFAULTS,
  fillDefaults,
  propertyDefinition,
} from "../../../spec/defaults";
import { JOB_SCHEDULE_DEFAULTS } from "../../../provider/jobSchedule/defaults";
import { shared } from "../../sharedDir";

type Json = Record<string, unknown>;

describe("SERVICE_DEFAULTS (derived from the spec's descriptions plus reviewed overrides)", () => {
  it("reads the prose defaults of the spec", () => {
    expect(SERVICE_DEFAULTS.BatchPool).toMatchObject({
      resizeTimeout: "PT15M",
      enableAutoScale: false,
      taskSlotsPerNode: 1,
    });
    expect(SERVICE_DEFAULTS.BatchJobSpecification).toMatchObject({
      priority: 0,
      maxParallelTasks: -1,
      usesTaskDependencies: false,
      onAllTasksComplete: "noaction",
      onTaskFailure: "noaction",
    });
    expect(SERVICE_DEFAULTS.AutoUserSpecification).toEqual({ scope: "pool", elevationLevel: "nonadmin" });
    expect(SERVICE_DEFAULTS.BatchJobPreparationTask).toMatchObject({
      id: "jobpreparation",
      waitForSuccess: true,
    });
    expect(SERVICE_DEFAULTS.BatchJobReleaseTask).toMatchObject({
      id: "jobrelease",
      maxWallClockTime: "PT15M",
    });
    expect(SERVICE_DEFAULTS.BatchCertificateReference).toMatchObject({ storeName: "My" });
    expect(SERVICE_DEFAULTS.DataDisk).toMatchObject({ storageAccountType: "standard_lrs" });
  });

  it("returns enum values in the service's case and corrects the ambiguous prose as recorded", () => {
    expect(SERVICE_DEFAULTS.BatchTaskSchedulingPolicy).toEqual({ nodeFillType: "Spread" });
    expect(SERVICE_DEFAULTS.BatchCertificateReference.storeLocation).toBe("CurrentUser");
    expect(SERVICE_DEFAULTS.DataDisk.caching).toBe("none");
    expect(SERVICE_DEFAULTS.BatchTaskConstraints).toEqual({
      maxTaskRetryCount: 0,
      maxWallClockTime: MAX_TIMESPAN,
      retentionTime: MAX_TIMESPAN,
    });
  });

  it("leaves out what the service fills only conditionally", () => {
    for (const table of Object.values(SERVICE_DEFAULTS)) {
      expect(table).not.toHaveProperty("targetNodeCommunicationMode");
      expect(table).not.toHaveProperty("autoScaleEvaluationInterval");
    }
    expect(SERVICE_DEFAULTS.BatchJobScheduleConfiguration).toBeUndefined();
  });

  it("has a spec-case twin for diffs, and the provider's job schedule table is built from it", () => {
    expect(SPEC_CASE_DEFAULTS.BatchTaskSchedulingPolicy).toEqual({ nodeFillType: "spread" });
    expect(JOB_SCHEDULE_DEFAULTS.BatchJobSpecification).toEqual(SPEC_CASE_DEFAULTS.BatchJobSpecification);
    expect(JOB_SCHEDULE_DEFAULTS.BatchJobScheduleConfiguration).toEqual({ startWindow: MAX_TIMESPAN });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(SERVICE_DEFAULTS.BatchPool)).toBe(true);
  });
});

describe("propertyDefinition", () => {
  it("resolves object properties and list items through $ref", () => {
    expect(propertyDefinition("BatchPool", "virtualMachineConfiguration")).toBe(
      "VirtualMachineConfiguration",
    );
    expect(propertyDefinition("VirtualMachineConfiguration", "dataDisks")).toBe("DataDisk");
    expect(propertyDefinition("BatchPool", "startTask")).toBe("BatchStartTask");
  });
  it("is undefined for scalars, scalar lists and unknown names", () => {
    expect(propertyDefinition("BatchPool", "vmSize")).toBeUndefined();
    expect(propertyDefinition("BatchPool", "applicationLicenses")).toBeUndefined();
    expect(propertyDefinition("NoSuchDefinition", "x")).toBeUndefined();
    expect(propertyDefinition("BatchPool", "noSuchProperty")).toBeUndefined();
  });
});

describe("fillDefaults", () => {
  const body = {
    id: "p1",
    vmSize: "standard_d2_v2",
    virtualMachineConfiguration: {
      imageReference: { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS" },
      nodeAgentSKUId: "batch.node.ubuntu 18.04",
      dataDisks: [
        { lun: 1, diskSizeGB: 50 },
        { lun: 2, diskSizeGB: 10, caching: "readonly" },
      ],
    },
    startTask: { commandLine: "echo hi" },
    notInTheSpec: { kept: true },
  };

  it("fills every depth, list items included, and keeps what was sent", () => {
    const out = fillDefaults("BatchPool", body) as Json;
    expect(out).toMatchObject({
      resizeTimeout: "PT15M",
      enableAutoScale: false,
      enableInterNodeCommunication: false,
      taskSlotsPerNode: 1,
      taskSchedulingPolicy: { nodeFillType: "Spread" },
      notInTheSpec: { kept: true },
      startTask: {
        commandLine: "echo hi",
        maxTaskRetryCount: 0,
        waitForSuccess: true,
        userIdentity: { autoUser: { scope: "pool", elevationLevel: "nonadmin" } },
      },
    });
    const vm = out.virtualMachineConfiguration as Json;
    expect(vm.imageReference).toEqual({
      ...body.virtualMachineConfiguration.imageReference,
      version: "latest",
    });
    expect(vm.dataDisks).toEqual([
      { lun: 1, diskSizeGB: 50, caching: "none", storageAccountType: "standard_lrs" },
      { lun: 2, diskSizeGB: 10, caching: "readonly", storageAccountType: "standard_lrs" },
    ]);
    expect(out).not.toHaveProperty("targetNodeCommunicationMode");
  });

  it("returns a deep copy and leaves the input alone", () => {
    const before = JSON.stringify(body);
    const out = fillDefaults("BatchPool", body) as Json;
    expect(JSON.stringify(body)).toBe(before);
    (out.notInTheSpec as Json).kept = false;
    expect(body.notInTheSpec.kept).toBe(true);
  });

  it("does not give a custom image a marketplace version", () => {
    const out = fillDefaults("BatchVmImageReference", { virtualMachineImageId: "/subscriptions/x" }) as Json;
    expect(out).toEqual({ virtualMachineImageId: "/subscriptions/x" });
  });

  it("fills the objects the service creates (job constraints) and their own defaults", () => {
    const out = fillDefaults("BatchJobSchedule", {
      id: "s",
      schedule: { recurrenceInterval: "P1D" },
      jobSpecification: { poolInfo: { poolId: "p" }, jobReleaseTask: { commandLine: "x" } },
    }) as Json;
    expect(out.schedule).toEqual({ recurrenceInterval: "P1D" });
    expect(out.jobSpecification).toMatchObject({
      allowTaskPreemption: false,
      constraints: { maxWallClockTime: MAX_TIMESPAN, maxTaskRetryCount: 0 },
      jobReleaseTask: { id: "jobrelease", maxWallClockTime: "PT15M", retentionTime: MAX_TIMESPAN },
    });
  });

  it("copies values of an unknown definition unchanged", () => {
    expect(fillDefaults("NoSuchDefinition", { a: [1, { b: 2 }] })).toEqual({ a: [1, { b: 2 }] });
  });

  // The recordings of the real service: every pool/job schedule GET whose create body was recorded
  // must carry at least the defaults we fill into that body, with the same values.
  it("agrees with every recorded create body and its GET", () => {
    const dir = process.env.BATCH_RECORDINGS_DIR ?? shared("realservice");
    if (!fs.existsSync(dir)) return;
    let checked = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const doc = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Json;
      const groups = (doc.files as Json[] | undefined)?.map((f) => f.interactions) ?? [doc.interactions];
      for (const interactions of groups as Json[][]) {
        for (const create of interactions.filter(
          (i) => i.method === "POST" && typeof i.requestBody === "object",
        )) {
          const body = create.requestBody as Json;
          const kind =
            create.path === "/pools"
              ? "BatchPool"
              : create.path === "/jobschedules"
                ? "BatchJobSchedule"
                : undefined;
          if (!kind || create.status !== 201) continue;
          const get = interactions.find(
            (i) => i.method === "GET" && i.path === `${create.path}/${String(body.id)}`,
          );
          if (!get) continue;
          const filled = fillDefaults(kind, body) as Json;
          const recorded = get.responseBody as Json;
          expectSubset(filled, recorded, `${file} ${String(body.id)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** Every property filled (not sent) must appear in the recorded answer with the same value. */
function expectSubset(filled: unknown, recorded: unknown, where: string): void {
  if (Array.isArray(filled) && Array.isArray(recorded)) {
    filled.forEach((item, i) => expectSubset(item, recorded[i], `${where}[${i}]`));
    return;
  }
  if (filled && typeof filled === "object" && recorded && typeof recorded === "object") {
    for (const [k, v] of Object.entries(filled)) {
      if (k === "password" || k === "applicationLicenses") continue;
      // The service canonicalises some sent values (durations, vmSize case): compare only defaults.
      if (typeof v !== "object" && typeof (recorded as Json)[k] === "string" && typeof v === "string") {
        if (v.toLowerCase() !== String((recorded as Json)[k]).toLowerCase() && !/^P/.test(v)) {
          throw new Error(`${where}.${k}: filled ${v}, recorded ${String((recorded as Json)[k])}`);
        }
        continue;
      }
      if (typeof v === "object") expectSubset(v, (recorded as Json)[k], `${where}.${k}`);
      else expect([where, k, (recorded as Json)[k]]).toEqual([where, k, v]);
    }
  }
}
