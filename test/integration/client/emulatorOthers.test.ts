import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { BatchClient, isNotFound } from "../../../provider/client";
import { DEV_ACCOUNT } from "./scriptedServer";

const uid = `${process.pid}-${Date.now().toString(36)}`;

describe("BatchClient job schedules and certificates against the emulator", () => {
  let emu: RunningEmulator;
  let client: BatchClient;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, timings: "fast" });
    client = new BatchClient({ endpoint: emu.endpoint(), auth: { kind: "sharedKey", ...DEV_ACCOUNT } });
  });
  afterAll(async () => {
    await client?.close();
    await emu?.stop();
  });

  it("job schedules: add, get, patch, disable/enable, list, delete", async () => {
    const id = `js-${uid}`;
    await client.jobSchedules.add({
      id,
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "some-pool" } },
    });
    expect(await client.jobSchedules.exists(id)).toBe(true);
    const got = await client.jobSchedules.get(id);
    expect(got.body).toMatchObject({ id, schedule: { recurrenceInterval: "PT1H" } });
    await client.jobSchedules.patch(
      id,
      { metadata: [{ name: "k", value: "v" }] },
      { conditions: { ifMatch: got.etag } },
    );
    await client.jobSchedules.disable(id);
    expect((await client.jobSchedules.get(id)).body.state).toBe("disabled");
    await client.jobSchedules.enable(id);
    const ids: string[] = [];
    for await (const s of client.jobSchedules.list({ filter: `startswith(id,'js-${uid}')` })) ids.push(s.id!);
    expect(ids).toEqual([id]);
    await client.jobSchedules.delete(id);
    const after = await client.jobSchedules.tryGet(id);
    expect(after === undefined || after.body.state === "deleting").toBe(true);
  });

  it("certificates: add (.cer), get by sha1 thumbprint, list, delete", async () => {
    const der = fs.readFileSync(path.join(__dirname, "../../fixtures/certificates/test-rsa.cer"));
    const thumbprint = new X509Certificate(der).fingerprint.replace(/:/g, "").toLowerCase();
    await client.certificates.add({
      thumbprint,
      thumbprintAlgorithm: "sha1",
      data: der.toString("base64"),
      certificateFormat: "cer",
    });
    const got = await client.certificates.get(thumbprint);
    expect(got.body.thumbprint?.toLowerCase()).toBe(thumbprint);
    const all: string[] = [];
    for await (const c of client.certificates.list()) all.push(c.thumbprint!.toLowerCase());
    expect(all).toContain(thumbprint);
    await client.certificates.delete(thumbprint);
    const after = await client.certificates.tryGet(thumbprint);
    expect(after === undefined || ["deleting", "deletefailed"].includes(String(after.body.state))).toBe(true);
  });

  it("nodes: unknown pool gives a typed 404", async () => {
    const err = await (async () => {
      for await (const n of client.nodes.list(`nope-${uid}`)) void n;
    })().catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
  });
});
