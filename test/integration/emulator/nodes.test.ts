/**
 * Compute nodes over real HTTP: the node view as recorded (start task info, image exactVersion, NAT
 * endpoints, no ETag), node operations (scheduling, users, reboot, reimage, deallocate, start, logs),
 * node files (the start task's echo output), supported images and node counts.
 */
import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, start, uid, until } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await start();
});
afterAll(async () => {
  await emu?.stop();
});

/** Creates a pool with one dedicated node and returns the node id once it is idle. */
async function poolWithNode(extra: Record<string, unknown> = {}): Promise<{ pool: string; node: string }> {
  const pool = uid("nodes");
  const created = await call(emu, "POST", "/pools", poolBody(pool, { targetDedicatedNodes: 1, ...extra }));
  expect(created.status).toBe(201);
  const node = await until(async () => {
    const list = await call(emu, "GET", `/pools/${pool}/nodes`);
    const n = list.body?.value?.[0];
    return n?.state === "idle" ? (n.id as string) : undefined;
  });
  return { pool, node };
}

const startTask = { commandLine: "/bin/sh -c 'echo done > $AZ_BATCH_NODE_SHARED_DIR/test.txt && echo hi'" };

test("a node is reported as the service reports it", async () => {
  const { pool, node } = await poolWithNode({
    startTask,
    networkConfiguration: {
      endpointConfiguration: {
        inboundNATPools: [
          {
            name: "app",
            protocol: "udp",
            backendPort: 6000,
            frontendPortRangeStart: 60000,
            frontendPortRangeEnd: 60099,
          },
        ],
      },
    },
  });
  const got = await call(emu, "GET", `/pools/${pool}/nodes/${node}`);
  expect(got.status).toBe(200);
  expect(got.headers.etag).toBeUndefined();
  expect(got.headers["last-modified"]).toBeUndefined();
  expect(got.body).toMatchObject({
    state: "idle",
    schedulingState: "enabled",
    certificateReferences: [],
    startTask: {
      commandLine: startTask.commandLine,
      maxTaskRetryCount: 0,
      waitForSuccess: true,
      userIdentity: { autoUser: { scope: "pool", elevationLevel: "nonadmin" } },
    },
    startTaskInfo: { state: "completed", exitCode: 0, result: "success", retryCount: 0 },
    virtualMachineInfo: {
      imageReference: {
        publisher: "canonical",
        offer: "0001-com-ubuntu-server-jammy",
        sku: "22_04-lts",
        version: "latest",
        exactVersion: expect.stringMatching(/^22\.04\./),
      },
    },
  });
  const names = got.body.endpointConfiguration.inboundEndpoints.map((e: { name: string }) => e.name);
  expect(names).toEqual(["app.0"]);
  expect(got.body.endpointConfiguration.inboundEndpoints[0]).toMatchObject({
    protocol: "udp",
    frontendPort: 60000,
  });
});

test("scheduling, users and the logs upload answer as recorded", async () => {
  const { pool, node } = await poolWithNode();
  const base = `/pools/${pool}/nodes/${node}`;
  const off = await call(emu, "POST", `${base}/disablescheduling`);
  expect(off.status).toBe(200);
  expect(off.headers.dataserviceid).toBe(`${emu.endpoint()}${base}/disablescheduling`);
  expect((await call(emu, "GET", base)).body.schedulingState).toBe("disabled");
  expect((await call(emu, "POST", `${base}/enablescheduling`)).status).toBe(200);
  expect((await call(emu, "GET", base)).body.schedulingState).toBe("enabled");
  // an optional body may be given too
  expect(
    (await call(emu, "POST", `${base}/disablescheduling`, { nodeDisableSchedulingOption: "taskcompletion" }))
      .status,
  ).toBe(200);

  const user = await call(emu, "POST", `${base}/users`, { name: "alice", password: "s3cret-Pa55" });
  expect(user.status).toBe(201);
  expect(user.headers.location).toBe(`${emu.endpoint()}${base}/users/alice`);
  const again = await call(emu, "POST", `${base}/users`, { name: "ALICE", password: "x" });
  expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: "NodeUserExists" });
  expect(JSON.stringify(await call(emu, "GET", base))).not.toContain("s3cret");
  expect((await call(emu, "PUT", `${base}/users/alice`, { password: "other-Pa55" })).status).toBe(200);
  expect((await call(emu, "DELETE", `${base}/users/alice`)).status).toBe(200);
  const gone = await call(emu, "DELETE", `${base}/users/alice`);
  expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: "NodeUserNotFound" });

  const logs = await call(emu, "POST", `${base}/uploadbatchservicelogs`, {
    containerUrl: "https://acct.blob.core.windows.net/logs?sig=x",
    startTime: new Date().toISOString(),
  });
  expect(logs.status).toBe(200);
  expect(logs.body.virtualDirectoryName).toMatch(
    new RegExp(`^devbatch-[0-9A-F]{16}/${pool}/${node}/[0-9a-f-]{36}$`),
  );
  expect(logs.body.numberOfFilesUploaded).toBeGreaterThan(0);
  const missing = await call(emu, "POST", `${base}/uploadbatchservicelogs`, { containerUrl: "https://x" });
  expect({ status: missing.status, code: missing.body.code }).toEqual({
    status: 400,
    code: "MissingRequiredProperty",
  });
});

test("reboot, reimage, deallocate and start move the node through its states", async () => {
  const { pool, node } = await poolWithNode();
  const base = `/pools/${pool}/nodes/${node}`;
  const state = async () => (await call(emu, "GET", base)).body.state as string;
  expect((await call(emu, "POST", `${base}/reboot`)).status).toBe(202);
  expect(await state()).toBe("rebooting");
  const busy = await call(emu, "POST", `${base}/reimage`);
  expect({ status: busy.status, code: busy.body.code }).toEqual({ status: 409, code: "NodeBeingRebooted" });
  await until(async () => (await state()) === "idle");
  expect((await call(emu, "POST", `${base}/reimage`, { nodeReimageOption: "requeue" })).status).toBe(202);
  await until(async () => (await state()) === "idle");

  const notDeallocated = await call(emu, "POST", `${base}/start`);
  expect(notDeallocated.status).toBe(409);
  expect((await call(emu, "POST", `${base}/deallocate`)).status).toBe(202);
  await until(async () => (await state()) === "deallocated");
  const counts = await call(emu, "GET", `/nodecounts?$filter=${encodeURIComponent(`poolId eq '${pool}'`)}`);
  expect(counts.body.value).toHaveLength(1);
  expect(counts.body.value[0]).toMatchObject({
    poolId: pool,
    dedicated: { deallocated: 1, total: 1, idle: 0 },
  });
  expect(counts.body.value[0].lowPriority.total).toBe(0);
  expect((await call(emu, "POST", `${base}/start`)).status).toBe(202);
  expect(await state()).toBe("starting");
  await until(async () => (await state()) === "idle");
});

test("node files: the layout, what the start task echoed, ranges, properties, delete", async () => {
  const { pool, node } = await poolWithNode({ startTask });
  const base = `/pools/${pool}/nodes/${node}/files`;
  const top = await call(emu, "GET", base);
  expect(top.body.value.map((f: { name: string }) => f.name)).toEqual([
    "applications",
    "fsmounts",
    "shared",
    "startup",
    "volatile",
    "workitems",
  ]);
  const all = await call(emu, "GET", `${base}?recursive=true`);
  const names = all.body.value.map((f: { name: string }) => f.name);
  expect(names).toEqual(
    expect.arrayContaining(["shared/test.txt", "startup/stdout.txt", "startup/stderr.txt"]),
  );
  const entry = all.body.value.find((f: { name: string }) => f.name === "shared/test.txt");
  expect(entry).toMatchObject({
    isDirectory: false,
    properties: { contentLength: "5", fileMode: "0100644" },
  });

  const file = await call(emu, "GET", `${base}/${encodeURIComponent("shared/test.txt")}`);
  expect({ status: file.status, text: file.text, type: file.headers["content-type"] }).toEqual({
    status: 200,
    text: "done\n",
    type: "text/plain",
  });
  expect(file.headers["ocp-batch-file-isdirectory"]).toBe("false");
  expect((await call(emu, "GET", `${base}/startup%2Fstdout.txt`)).text).toBe("hi\n");
  const part = await call(emu, "GET", `${base}/shared%2Ftest.txt`, undefined, {
    headers: { "ocp-range": "bytes=1-2" },
  });
  expect(part.text).toBe("on");
  const head = await call(emu, "HEAD", `${base}/shared%2Ftest.txt`);
  expect({ status: head.status, length: head.headers["content-length"] }).toEqual({
    status: 200,
    length: "5",
  });

  expect((await call(emu, "DELETE", `${base}/shared%2Ftest.txt`)).status).toBe(200);
  const deleted = await call(emu, "GET", `${base}/shared%2Ftest.txt`);
  expect({ status: deleted.status, code: deleted.body.code }).toEqual({ status: 404, code: "FileNotFound" });
  const dir = await call(emu, "DELETE", `${base}/startup`);
  expect(dir.status).toBe(409);
});

test("supported images list what pool creates accept", async () => {
  const images = await call(emu, "GET", "/supportedimages");
  expect(images.status).toBe(200);
  expect(images.body["odata.metadata"]).toMatch(/\$metadata#supportedimages$/);
  const jammy = images.body.value.find(
    (i: { imageReference: { offer: string } }) => i.imageReference.offer === "0001-com-ubuntu-server-jammy",
  );
  expect(jammy).toEqual({
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
    imageReference: {
      publisher: "canonical",
      offer: "0001-com-ubuntu-server-jammy",
      sku: "22_04-lts",
      version: "latest",
    },
    osType: "linux",
    verificationType: "verified",
  });
  const paged = await call(emu, "GET", "/supportedimages?maxresults=2");
  expect(paged.body.value).toHaveLength(2);
  expect(paged.body["odata.nextLink"]).toContain("skiptoken=");
  const windows = await call(
    emu,
    "GET",
    `/supportedimages?$filter=${encodeURIComponent("osType eq 'windows'")}`,
  );
  expect(windows.body.value.every((i: { osType: string }) => i.osType === "windows")).toBe(true);
});

test("an https client behind a proxy gets https URLs", async () => {
  const r = await call(emu, "GET", "/supportedimages?maxresults=1", undefined, {
    headers: { "x-forwarded-proto": "https" },
  });
  expect(r.body["odata.metadata"]).toMatch(/^https:\/\//);
  expect(r.body["odata.nextLink"]).toMatch(/^https:\/\//);
});

test("node extensions: the pool's, then the agent's; protected settings never returned", async () => {
  const { pool, node } = await poolWithNode({
    virtualMachineConfiguration: {
      ...(poolBody("x").virtualMachineConfiguration as Record<string, unknown>),
      extensions: [
        {
          name: "secretext",
          publisher: "Microsoft.Azure.KeyVault",
          type: "KeyVaultForLinux",
          typeHandlerVersion: "1.0",
          protectedSettings: { secret: "do-not-return" },
        },
      ],
    },
  });
  const list = await call(emu, "GET", `/pools/${pool}/nodes/${node}/extensions`);
  expect(list.status).toBe(200);
  expect(list.body.value.map((e: { vmExtension: { name: string } }) => e.vmExtension.name)).toEqual([
    "secretext",
    "batchNodeExtension",
  ]);
  expect(list.text).not.toContain("do-not-return");
  const one = await call(emu, "GET", `/pools/${pool}/nodes/${node}/extensions/batchNodeExtension`);
  expect(one.body).toMatchObject({
    provisioningState: "Succeeded",
    vmExtension: { publisher: "Microsoft.Azure.Extensions", type: "CustomScript" },
  });
  expect((await call(emu, "GET", `/pools/${pool}/nodes/${node}/extensions/nope`)).status).toBe(404);
});
