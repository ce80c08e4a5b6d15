/**
 * The JobSchedule provider against the emulator over real HTTP: the exact REST calls of every
 * lifecycle step, counted by operation from the emulator's request log.
 */
import * as fs from "node:fs";
import { startEmulator } from "../../../emulator";
import * as provider from "../../../provider/jobSchedule";
import type { JobScheduleInputs, JobScheduleOutputs } from "../../../provider/jobSchedule/types";
import { shared } from "../../sharedDir";

const KEY = "yH+2RaKOltF3ZvseOBxNzKAqc9PL9IKGcKBKoNRuowcozar5JGUKgDmncg05jXXYFC2SNtSMZNHKY0eJ6WOjVQ==";
const EXAMPLE = shared("batch-api/examples-typespec-source/JobSchedules_CreateJobSchedule_Complex.json");

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let em: Emulator;
let seq = 0;

beforeAll(async () => {
  em = await startEmulator({ port: 0, timings: "fast" });
});
afterAll(async () => {
  await em?.stop();
});
beforeEach(() => em.clearRequests());

function uniqueId(): string {
  return `js-${process.pid}-${++seq}`;
}

/** Operations the provider called since the last clear, in order. */
function ops(): string[] {
  return em.requests().map((r) => r.operation ?? `${r.method} ${r.path}`);
}

/** The raw SDK props, as the program would send them, checked like the engine does. */
async function checked(props: Record<string, unknown>): Promise<JobScheduleInputs> {
  const { inputs, failures } = await provider.check(
    {},
    {
      batchAccount: { endpoint: em.endpoint(), accountName: "devbatch", accountKey: KEY },
      ...props,
    },
  );
  expect(failures ?? []).toEqual([]);
  return inputs as JobScheduleInputs;
}

function baseProps(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    jobScheduleId: id,
    schedule: { recurrenceInterval: "PT60M", startWindow: "PT5M" },
    jobSpecification: { poolInfo: { poolId: "pool-1" }, priority: 10 },
    metadata: [{ name: "team", value: "data" }],
    ...extra,
  };
}

async function createChecked(
  props: Record<string, unknown>,
): Promise<{ inputs: JobScheduleInputs; outs: JobScheduleOutputs }> {
  const inputs = await checked(props);
  const { outs } = await provider.create(inputs);
  return { inputs, outs: outs as JobScheduleOutputs };
}

async function expectNoDrift(inputs: JobScheduleInputs, outs: JobScheduleOutputs): Promise<void> {
  const read = await provider.read(inputs.jobScheduleId, outs);
  expect(read.inputs).toEqual(inputs);
  expect((await provider.diff(inputs.jobScheduleId, read.props as JobScheduleOutputs, inputs)).changes).toBe(
    false,
  );
}

describe("JobSchedule provider against the emulator", () => {
  test("create: one POST and one GET; outputs complete; no drift on read", async () => {
    const { inputs, outs } = await createChecked(baseProps(uniqueId()));
    expect(ops()).toEqual(["JobSchedules_CreateJobSchedule", "JobSchedules_GetJobSchedule"]);
    expect(outs).toMatchObject({
      jobScheduleId: inputs.jobScheduleId,
      state: "active",
      enabled: true,
      schedule: { recurrenceInterval: "PT1H", startWindow: "PT5M" },
      metadata: [{ name: "team", value: "data" }],
    });
    expect(outs.url).toMatch(/\/jobschedules\//);
    expect(outs.eTag).toBeTruthy();
    expect(outs.creationTime).toBeTruthy();
    expect(outs.lastModified).toBeTruthy();
    expect(outs.executionInfo?.nextRunTime).toBeTruthy();
    em.clearRequests();
    await expectNoDrift(inputs, outs);
    expect(ops()).toEqual(["JobSchedules_GetJobSchedule"]);
  });

  test("the spec's complex example round-trips without drift", async () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")).parameters.jobSchedule;
    const { id: _id, ...rest } = example;
    const { inputs, outs } = await createChecked({ ...rest, jobScheduleId: uniqueId() });
    await expectNoDrift(inputs, outs);
  });

  test("update: recurrence → one PATCH; metadata removed → one PUT; disable; enable", async () => {
    const id = uniqueId();
    let { outs } = await createChecked(baseProps(id));

    const steps: Array<[Record<string, unknown>, string[]]> = [
      [
        baseProps(id, { schedule: { recurrenceInterval: "PT2H", startWindow: "PT5M" } }),
        ["JobSchedules_UpdateJobSchedule"],
      ],
      [
        baseProps(id, { schedule: { recurrenceInterval: "PT2H", startWindow: "PT5M" }, metadata: undefined }),
        ["JobSchedules_ReplaceJobSchedule"],
      ],
      [
        baseProps(id, {
          schedule: { recurrenceInterval: "PT2H", startWindow: "PT5M" },
          metadata: undefined,
          enabled: false,
        }),
        ["JobSchedules_DisableJobSchedule"],
      ],
      [
        baseProps(id, {
          schedule: { recurrenceInterval: "PT2H", startWindow: "PT5M" },
          metadata: undefined,
          enabled: true,
        }),
        ["JobSchedules_EnableJobSchedule"],
      ],
    ];
    for (const [props, expected] of steps) {
      const news = await checked(props);
      expect((await provider.diff(id, outs, news)).changes).toBe(true);
      em.clearRequests();
      const { outs: next } = await provider.update(id, outs, news);
      expect(ops()).toEqual([...expected, "JobSchedules_GetJobSchedule"]);
      outs = next as JobScheduleOutputs;
      await expectNoDrift(news, outs);
    }
    expect(outs.state).toBe("active");
    expect(outs.metadata).toBeUndefined();
    expect(outs.schedule.recurrenceInterval).toBe("PT2H");
  });

  test("PATCH and disable in one update: PATCH first", async () => {
    const id = uniqueId();
    const { outs } = await createChecked(baseProps(id));
    const news = await checked(
      baseProps(id, { enabled: false, jobSpecification: { poolInfo: { poolId: "pool-2" } } }),
    );
    em.clearRequests();
    const { outs: next } = await provider.update(id, outs, news);
    // priority 10 removed → PUT (PATCH would keep it)
    expect(ops()).toEqual([
      "JobSchedules_ReplaceJobSchedule",
      "JobSchedules_DisableJobSchedule",
      "JobSchedules_GetJobSchedule",
    ]);
    expect(next).toMatchObject({
      state: "disabled",
      enabled: false,
      jobSpecification: { poolInfo: { poolId: "pool-2" } },
    });
  });

  test("a stale eTag after someone else's change fails with 412 and the refresh hint, changing nothing", async () => {
    const id = uniqueId();
    const { outs } = await createChecked(baseProps(id));
    const news = await checked(
      baseProps(id, { schedule: { recurrenceInterval: "PT3H", startWindow: "PT5M" } }),
    );
    await provider.update(id, outs, await checked(baseProps(id, { metadata: [{ name: "x", value: "y" }] })));
    em.clearRequests();
    await expect(provider.update(id, outs, news)).rejects.toThrow(/412[\s\S]*pulumi refresh/);
    // The 412, then one read to tell a lost answer of our own write from someone else's change.
    expect(ops()).toEqual(["JobSchedules_UpdateJobSchedule", "JobSchedules_GetJobSchedule"]);
  });

  test("create disabled: POST then disable", async () => {
    const { outs } = await createChecked(baseProps(uniqueId(), { enabled: false }));
    expect(ops()).toEqual([
      "JobSchedules_CreateJobSchedule",
      "JobSchedules_DisableJobSchedule",
      "JobSchedules_GetJobSchedule",
    ]);
    expect(outs).toMatchObject({ state: "disabled", enabled: false });
  });

  test("an existing id: taken over when exactly as declared, else a clear error without adopt; with adopt it is read and updated", async () => {
    const id = uniqueId();
    await createChecked(baseProps(id));
    em.clearRequests();
    // What a rerun after a crash between the POST and the state write sees: the same schedule.
    await createChecked(baseProps(id));
    expect(ops()).toEqual([
      "JobSchedules_CreateJobSchedule",
      "JobSchedules_GetJobSchedule",
      "JobSchedules_GetJobSchedule",
    ]);
    em.clearRequests();
    await expect(createChecked(baseProps(id, { metadata: [{ name: "x", value: "y" }] }))).rejects.toThrow(
      /already exists[\s\S]*differs[\s\S]*adopt: true/,
    );
    expect(ops()).toEqual(["JobSchedules_CreateJobSchedule", "JobSchedules_GetJobSchedule"]);
    em.clearRequests();
    const { inputs, outs } = await createChecked(
      baseProps(id, { adopt: true, metadata: [{ name: "owner", value: "me" }] }),
    );
    // Adopting looks first, so the only write is the difference.
    expect(ops()).toEqual([
      "JobSchedules_GetJobSchedule",
      "JobSchedules_GetJobSchedule",
      "JobSchedules_UpdateJobSchedule",
      "JobSchedules_GetJobSchedule",
    ]);
    expect(outs.metadata).toEqual([{ name: "owner", value: "me" }]);
    await expectNoDrift(inputs, outs);
  });

  test("delete: DELETE, then wait until 404; already gone is fine; read of a gone schedule is empty", async () => {
    const id = uniqueId();
    const { outs } = await createChecked(baseProps(id));
    em.clearRequests();
    await provider.delete(id, outs);
    const seen = ops();
    expect(seen[0]).toBe("JobSchedules_DeleteJobSchedule");
    expect(seen.slice(1).every((o) => o === "JobSchedules_GetJobSchedule")).toBe(true);
    expect(em.requests().at(-1)?.status).toBe(404);
    em.clearRequests();
    await provider.delete(id, outs);
    expect(ops()).toEqual(["JobSchedules_DeleteJobSchedule"]);
    expect((await provider.read(id, outs)).id).toBe("");
  });

  test("delete of a schedule already being deleted waits for it", async () => {
    const id = uniqueId();
    const { outs } = await createChecked(baseProps(id));
    const first = provider.delete(id, outs);
    await provider.delete(id, outs);
    await first;
    expect((await provider.read(id, outs)).id).toBe("");
  });

  test("secrets: the registry password is kept in outputs, never drifts, never appears in errors", async () => {
    const id = uniqueId();
    const password = "Sup3r-Secret-Registry-Pw";
    const props = baseProps(id, {
      jobSpecification: {
        poolInfo: { poolId: "pool-1" },
        jobManagerTask: {
          id: "jm",
          commandLine: "/bin/true",
          containerSettings: {
            imageName: "app:1",
            registry: { registryServer: "https://r.example.io", username: "u", password },
          },
        },
      },
    });
    const { inputs, outs } = await createChecked(props);
    expect(outs.jobSpecification.jobManagerTask?.containerSettings?.registry?.password).toBe(password);
    await expectNoDrift(inputs, outs);
    // A failing call (stale eTag) must not leak the password.
    await provider.update(id, outs, await checked({ ...props, metadata: [{ name: "a", value: "b" }] }));
    const err = await provider
      .update(id, outs, await checked({ ...props, metadata: undefined }))
      .catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain(password);
  });
});
