/**
 * A stack deployed by an earlier version keeps deploying: the serialized providers that v0.1.0
 * wrote into state (fixtures/state-v0.1.0/providers.json, exported from a real `pulumi up` of that
 * version) are put back into a live stack's state, and the real CLI then refreshes, previews,
 * updates and destroys it with the current code. Refresh and destroy deserialize the provider from
 * state, so they exercise the old `require("pulumi-azure-batch/provider/<resource>")` paths.
 */
import * as fs from "fs";
import * as path from "path";
import { DEV_KEY, startEmulator } from "../../emulator";
import { emulatorEnv, PulumiTestStack, REPO_ROOT, uniqueSuffix } from "./harness";
import { writeOperations } from "./helpers/cli";

jest.setTimeout(10 * 60_000);

const OLD_PROVIDERS: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures", "state-v0.1.0", "providers.json"), "utf8"),
);

const PROGRAM = `
const pulumi = require("@pulumi/pulumi");
const b = require(${JSON.stringify(path.join(REPO_ROOT, "dist", "sdk", "index.js"))});
const cfg = new pulumi.Config();
const cert = new b.Certificate("cert", b.certificateFromFile(${JSON.stringify(
  path.join(REPO_ROOT, "test", "fixtures", "certificates", "test-rsa.cer"),
)}));
const pool = new b.Pool("pool", {
  id: cfg.require("poolId"),
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 0,
  metadata: [{ name: "team", value: cfg.require("team") }],
  certificateReferences: [{ thumbprint: cert.thumbprint, thumbprintAlgorithm: "sha1" }],
});
new b.JobSchedule("js", {
  id: cfg.require("scheduleId"),
  schedule: { recurrenceInterval: "P1D" },
  jobSpecification: { poolInfo: { poolId: pool.id } },
});
`;

/** Puts the v0.1.0 serialized providers into every dynamic resource's inputs and outputs. */
async function restoreOldProviders(stack: PulumiTestStack): Promise<number> {
  const state = await stack.exportState();
  let swapped = 0;
  for (const r of state.deployment.resources ?? []) {
    const type = String(r.type).replace("pulumi-nodejs:dynamic/", "");
    const old = OLD_PROVIDERS[type];
    if (!old) continue;
    for (const key of ["inputs", "outputs"] as const) {
      const props = r[key] as Record<string, unknown> | undefined;
      if (props && "__provider" in props) props.__provider = old;
    }
    swapped++;
  }
  const file = path.join(stack.tempRoot, "old-state.json");
  fs.writeFileSync(file, JSON.stringify(state));
  await stack.run(["stack", "import", "--file", file, "--stack", stack.stackName]);
  return swapped;
}

describe("state written by v0.1.0", () => {
  test("refreshes, previews and updates with 0 changes, then destroys", async () => {
    const em = await startEmulator({ port: 0, timings: "fast" });
    let stack: PulumiTestStack | undefined;
    try {
      const suffix = uniqueSuffix();
      stack = await PulumiTestStack.create({
        program: { source: PROGRAM },
        project: "compat",
        env: {
          ...emulatorEnv({ endpoint: em.endpoint(), account: "devbatch", key: DEV_KEY }),
          AZURE_BATCH_POLL_INTERVAL_MS: "50",
        },
        config: { "compat:poolId": `p-${suffix}`, "compat:scheduleId": `s-${suffix}`, "compat:team": "a" },
      });
      await stack.up();
      expect(Object.keys(OLD_PROVIDERS).sort()).toEqual([
        "batch:Certificate",
        "batch:JobSchedule",
        "batch:Pool",
      ]);
      expect(await restoreOldProviders(stack)).toBe(3);

      em.clearRequests();
      await stack.refresh({ expectNoChanges: true });
      await stack.preview({ expectNoChanges: true });
      await stack.up();
      expect(writeOperations(em.requests())).toEqual([]);

      await stack.setConfig({ "compat:team": "b" });
      em.clearRequests();
      await stack.up();
      expect(writeOperations(em.requests())).toEqual(["Pools_UpdatePool"]);

      await restoreOldProviders(stack);
      em.clearRequests();
      await stack.destroy();
      expect(writeOperations(em.requests()).sort()).toEqual([
        "Certificates_DeleteCertificate",
        "JobSchedules_DeleteJobSchedule",
        "Pools_DeletePool",
      ]);
    } finally {
      await stack?.dispose();
      await em.stop();
    }
  });
});
