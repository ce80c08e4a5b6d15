/**
 * Interrupted and contested job schedule updates against the emulator over real HTTP: a PATCH
 * applied but unanswered leaves a stale ETag in state, and the rerun converges without
 * `pulumi refresh`; a change made by someone else stops the update naming `pulumi refresh`, and
 * nothing of it is overwritten.
 */
import { DEV_ACCOUNT, DEV_KEY, startEmulator } from "../../../emulator";
import { BatchClient } from "../../../provider/client";
import * as provider from "../../../provider/jobSchedule";
import type { JobScheduleInputs, JobScheduleOutputs } from "../../../provider/jobSchedule/types";

let em: Awaited<ReturnType<typeof startEmulator>>;
let client: BatchClient;
let seq = 0;

beforeAll(async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  em = await startEmulator({ port: 0, timings: "fast" });
  client = new BatchClient({
    endpoint: em.endpoint(),
    auth: { kind: "sharedKey", accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
  });
});
afterAll(async () => {
  await client?.close();
  await em?.stop();
});

async function created(): Promise<{ inputs: JobScheduleInputs; outs: JobScheduleOutputs; id: string }> {
  const id = `js-reconcile-${process.pid}-${++seq}`;
  const { inputs, failures } = await provider.check(
    {},
    {
      batchAccount: { endpoint: em.endpoint(), accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
      jobScheduleId: id,
      schedule: { recurrenceInterval: "PT60M" },
      jobSpecification: { poolInfo: { poolId: "pool-1" }, priority: 10 },
      metadata: [{ name: "team", value: "data" }],
    },
  );
  expect(failures ?? []).toEqual([]);
  const { outs } = await provider.create(inputs as JobScheduleInputs);
  return { inputs: inputs as JobScheduleInputs, outs: outs as JobScheduleOutputs, id };
}

describe("JobSchedule updates after a lost answer or a concurrent change", () => {
  test("a PATCH applied but unanswered: the rerun with the stale ETag succeeds", async () => {
    const { inputs, outs, id } = await created();
    const news = { ...inputs, metadata: [{ name: "team", value: "post" }] };
    await client.jobSchedules.patch(id, { metadata: news.metadata });
    em.clearRequests();
    const res = await provider.update(id, outs, news);
    const writes = em
      .requests()
      .filter((r) => r.method !== "GET")
      .map((r) => r.operation);
    expect(writes).toEqual(["JobSchedules_UpdateJobSchedule"]); // the 412, then a read
    expect((res.outs as JobScheduleOutputs).metadata).toEqual(news.metadata);
    expect((await provider.diff(id, res.outs as JobScheduleOutputs, news)).changes).toBe(false);
  });

  test("metadata applied, disable not yet: the rerun finishes the disable", async () => {
    const { inputs, outs, id } = await created();
    const news = { ...inputs, metadata: [{ name: "team", value: "post" }], enabled: false };
    await client.jobSchedules.patch(id, { metadata: news.metadata });
    await provider.update(id, outs, news);
    expect((await client.jobSchedules.get(id)).body.state).toBe("disabled");
  });

  test("someone else changed the schedule: the update stops and names pulumi refresh", async () => {
    const { inputs, outs, id } = await created();
    await client.jobSchedules.patch(id, { schedule: { recurrenceInterval: "PT2H" } });
    const news = { ...inputs, metadata: [{ name: "team", value: "post" }] };
    await expect(provider.update(id, outs, news)).rejects.toThrow(/schedule.*pulumi refresh/s);
    const live = (await client.jobSchedules.get(id)).body;
    expect(live.schedule?.recurrenceInterval).toBe("PT2H");
    expect(live.metadata).toEqual([{ name: "team", value: "data" }]);
  });
});
