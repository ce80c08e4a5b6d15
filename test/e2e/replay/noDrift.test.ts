/**
 * Every object the REAL Batch service recorded, through the public resources (Pool, JobSchedule,
 * Certificate) and the real Pulumi CLI, against the recorded answers (see
 * test/integration/replay/recordedServer.ts): one stack creates each object from its recorded
 * create body, then `preview --refresh --expect-no-changes` and `refresh --expect-no-changes`
 * pass (what the service filled in or re-spelled is not drift), a declared value changed in the
 * service's answer makes `preview --refresh` report an update, and destroy deletes everything.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEV_KEY } from "../../../emulator";
import { engineProps, replayId, resourceArgs } from "../../integration/replay/programs";
import { startRecordedServer } from "../../integration/replay/recordedServer";
import {
  loadRecordedObjects,
  oneEach,
  REPLAY_PASSWORD,
  type RecordedObject,
} from "../../integration/replay/recordings";
import { PulumiTestStack, REPO_ROOT, uniqueSuffix } from "../harness";

jest.setTimeout(15 * 60_000);

const CLASSES: Record<RecordedObject["kind"], string> = {
  pool: "Pool",
  jobSchedule: "JobSchedule",
  certificate: "Certificate",
};

/** One resource per recorded object, its arguments read from resources.json beside the program. */
const PROGRAM = `
const sdk = require(${JSON.stringify(path.join(REPO_ROOT, "dist", "sdk", "index.js"))});
const resources = require("./resources.json");
for (const r of resources) new sdk[r.className](r.name, r.args);
`;

describe("recorded objects through the real Pulumi CLI", () => {
  test("create each from its recorded body; preview --refresh --expect-no-changes passes", async () => {
    const objects = oneEach(loadRecordedObjects());
    const suffix = uniqueSuffix().slice(0, 6);
    const server = await startRecordedServer(objects, (o) => replayId(o, suffix));
    let stack: PulumiTestStack | undefined;
    try {
      stack = await PulumiTestStack.create({
        program: { source: PROGRAM },
        project: "replay",
        env: {
          AZURE_BATCH_ENDPOINT: server.endpoint,
          AZURE_BATCH_ACCOUNT: "replay",
          AZURE_BATCH_ACCESS_KEY: DEV_KEY,
          AZURE_BATCH_POLL_INTERVAL_MS: "50",
        },
      });
      const resources = objects.map((o, i) => {
        const id = replayId(o, suffix);
        const args = resourceArgs(o, id);
        if (o.kind === "pool" && engineProps(o, id).waitForSteady === false) args.waitForSteady = false;
        return { className: CLASSES[o.kind], name: `${o.kind}-${i}`, args };
      });
      fs.writeFileSync(path.join(stack.projectDir, "resources.json"), JSON.stringify(resources));

      await stack.up();
      const created = server.requests.filter((r) => r.method === "POST").length;
      expect(created).toBe(objects.length);

      await stack.preview({ refresh: true, expectNoChanges: true });
      await stack.refresh({ expectNoChanges: true });
      await stack.preview({ refresh: true, expectNoChanges: true });
      // Passwords and certificate data of the recorded bodies never reach the state in plaintext.
      const state = JSON.stringify(await stack.exportState());
      expect(state).not.toContain(REPLAY_PASSWORD);
      // (A .cer is the certificate's public part: the service returns it as publicData.)
      for (const o of objects)
        if (typeof o.createBody.data === "string" && o.createBody.data !== o.get.body.publicData)
          expect(state).not.toContain(o.createBody.data);

      // The same command does report real drift on a declared value.
      const pool = objects.find((o) => o.kind === "pool");
      if (pool) {
        const id = replayId(pool, suffix);
        const vmSize = pool.get.body.vmSize;
        server.mutate("pool", id, (b) => (b.vmSize = "standard_e64_v3"));
        const drift = await stack.preview({ refresh: true, expectNoChanges: true, allowFailure: true });
        expect(drift.code).not.toBe(0);
        expect(drift.stdout).toMatch(/to (update|replace)/);
        server.mutate("pool", id, (b) => (b.vmSize = vmSize));
      }

      await stack.destroy();
      const deletes = server.requests.filter((r) => r.method === "DELETE").length;
      expect(deletes).toBe(objects.length);
    } finally {
      await stack?.dispose();
      await server.stop();
    }
  });
});
