/**
 * Certificate with the real Pulumi CLI against the emulator: up (one deprecation warning, secrets
 * encrypted in state), no-change preview and refresh, rotation created before the old one is
 * deleted, and `destroy` of a certificate a pool outside the stack still uses (clear error,
 * certificate active, still in state), then destroy once the pool is gone.
 */
import { BatchClient } from "../../../provider/client";
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import { compiledProgram, emulatorEnv, PulumiTestStack, uniqueSuffix } from "../harness";
import { FIXTURE_PASSWORD, FIXTURES, fixture64, THUMBPRINTS } from "../../unit/certificate/fixtures";

jest.setTimeout(10 * 60_000);

let emulator: RunningEmulator;
let client: BatchClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timings: "fast" });
  client = new BatchClient({
    endpoint: emulator.endpoint(DEV_ACCOUNT),
    auth: { kind: "sharedKey", accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
  });
});
afterAll(async () => {
  await client?.close();
  await emulator?.stop();
});

function newStack(certs: string, more: Record<string, string> = {}): Promise<PulumiTestStack> {
  return PulumiTestStack.create({
    program: compiledProgram("test/e2e/certificate/program"),
    project: "certs",
    config: {
      "certs:fixtures": FIXTURES,
      "certs:certs": certs,
      "certs:password": { value: FIXTURE_PASSWORD, secret: true },
      ...more,
    },
    env: {
      ...emulatorEnv({ endpoint: emulator.endpoint(DEV_ACCOUNT), account: DEV_ACCOUNT, key: DEV_KEY }),
      AZURE_BATCH_POLL_INTERVAL_MS: "50",
    },
  });
}

/** Certificate and pool writes seen by the emulator: `operation [THUMBPRINT] status`. */
function writes(): string[] {
  return emulator
    .requests()
    .filter(
      (r) => /^(Certificates|Pools)_/.test(r.operation ?? "") && r.method !== "GET" && r.method !== "HEAD",
    )
    .map((r) => {
      const tp = decodeURIComponent(r.path)
        .match(/thumbprint=([0-9A-Fa-f]+)/)?.[1]
        ?.toUpperCase();
      return [r.operation, tp, String(r.status)].filter(Boolean).join(" ");
    });
}

const certOps = () => writes().filter((w) => w.startsWith("Certificates_"));

async function poolReferences(poolId: string): Promise<string[]> {
  const pool = (await client.pools.get(poolId)).body;
  return (pool.certificateReferences ?? []).map((r) => r.thumbprint.toUpperCase());
}

describe("Certificate e2e", () => {
  test("up, no-change preview/refresh, secrets, rotation (create before delete), destroy", async () => {
    const stack = await newStack("test-rsa.cer,test-ec.pfx");
    try {
      emulator.clearRequests();
      const up = await stack.up();
      // Two certificates, one warning (the CLI repeats each diagnostic in its summary: count there).
      const summary = up.stdout.slice(up.stdout.indexOf("Diagnostics:"));
      const warnings = summary.match(/Azure Batch certificates are deprecated/g) ?? [];
      expect(warnings).toHaveLength(1);
      expect(await stack.outputs()).toMatchObject({
        thumbprints: [THUMBPRINTS.rsa, THUMBPRINTS.ec],
        states: ["active", "active"],
        ids: [`sha1-${THUMBPRINTS.rsa}`, `sha1-${THUMBPRINTS.ec}`],
        data: ["[secret]", "[secret]"],
      });
      await stack.preview({ expectNoChanges: true });
      await stack.refresh({ expectNoChanges: true });

      // Secrets are encrypted in state (also after refresh, whose read hands inputs back) and never
      // printed. A .cer's data is public (it is also `publicData`); the .pfx data and the password
      // are the secrets. Booleans keep a failure from printing them.
      const state = JSON.stringify(await stack.exportState());
      const printed = stack.history.map((r) => r.stdout + r.stderr).join("\n");
      for (const secret of [FIXTURE_PASSWORD, fixture64("test-ec.pfx")]) {
        expect(state.includes(secret)).toBe(false);
        expect(printed.includes(secret)).toBe(false);
      }
      expect(state.includes(fixture64("test-rsa.cer"))).toBe(true); // publicData, in the clear

      // Rotation: cert0 becomes another certificate. The new one is added before the old one goes.
      await stack.setConfig({ "certs:certs": "test-rsa2.cer,test-ec.pfx" });
      emulator.clearRequests();
      const rotate = await stack.up();
      expect(rotate.stdout).toMatch(/cert0.*replaced/s);
      expect(certOps()).toEqual([
        "Certificates_CreateCertificate 201",
        `Certificates_DeleteCertificate ${THUMBPRINTS.rsa} 202`,
      ]);
      expect((await stack.outputs()).thumbprints).toEqual([THUMBPRINTS.rsa2, THUMBPRINTS.ec]);
      expect(await client.certificates.tryGet(THUMBPRINTS.rsa)).toBeUndefined();

      await stack.destroy();
      expect((await stack.exportState()).deployment.resources ?? []).toHaveLength(0);
      for (const tp of [THUMBPRINTS.rsa2, THUMBPRINTS.ec])
        expect(await client.certificates.tryGet(tp)).toBeUndefined();
    } finally {
      await stack.dispose();
    }
  });

  test("destroy of a certificate a pool outside the stack uses: clear error, active, still in state", async () => {
    const stack = await newStack("test-leaf.cert.pem");
    const poolId = `outside-${uniqueSuffix()}`;
    try {
      await stack.up();
      await client.pools.add({
        id: poolId,
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: {
          imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
          nodeAgentSKUId: "batch.node.ubuntu 22.04",
        },
        targetDedicatedNodes: 0,
        certificateReferences: [{ thumbprint: THUMBPRINTS.leaf, thumbprintAlgorithm: "sha1" }],
      });

      const failed = await stack.destroy({ allowFailure: true });
      expect(failed.code).not.toBe(0);
      const text = failed.stdout + failed.stderr;
      expect(text).toContain(`pool(s) "${poolId}"`);
      expect(text).toMatch(/Remove it from those pools' certificateReferences first/);
      expect((await client.certificates.get(THUMBPRINTS.leaf)).body.state).toBe("active");
      const types = ((await stack.exportState()).deployment.resources ?? []).map((r) => String(r.urn));
      expect(types.some((u) => u.endsWith("::cert0"))).toBe(true);

      await client.pools.delete(poolId);
      for (let i = 0; i < 100 && (await client.pools.tryGet(poolId)); i++)
        await new Promise((r) => setTimeout(r, 20));
      await stack.destroy();
      expect(await client.certificates.tryGet(THUMBPRINTS.leaf)).toBeUndefined();
    } finally {
      await stack.dispose();
      if (await client.pools.tryGet(poolId)) await client.pools.delete(poolId);
    }
  });

  test("rotation re-points the pool before the old certificate is deleted; dropping references frees it", async () => {
    const poolId = `rotating-${uniqueSuffix()}`;
    const stack = await newStack("test-rsa.cer", { "certs:poolId": poolId });
    try {
      await stack.up();
      expect(await poolReferences(poolId)).toEqual([THUMBPRINTS.rsa]);

      // Rotation: new certificate, pool re-pointed (PATCH), then the old certificate deleted.
      await stack.setConfig({ "certs:certs": "test-rsa2.cer" });
      emulator.clearRequests();
      await stack.up();
      expect(writes()).toEqual([
        "Certificates_CreateCertificate 201",
        "Pools_UpdatePool 200",
        `Certificates_DeleteCertificate ${THUMBPRINTS.rsa} 202`,
      ]);
      expect(await poolReferences(poolId)).toEqual([THUMBPRINTS.rsa2]);
      expect(await client.certificates.tryGet(THUMBPRINTS.rsa)).toBeUndefined();
      await stack.preview({ expectNoChanges: true });

      // Migration away from certificates: the pool drops its references, then the certificate goes.
      await stack.setConfig({ "certs:certs": "", "certs:poolReferences": "none" });
      emulator.clearRequests();
      await stack.up();
      expect(writes()).toEqual([
        "Pools_ReplacePoolProperties 204",
        `Certificates_DeleteCertificate ${THUMBPRINTS.rsa2} 202`,
      ]);
      expect(await poolReferences(poolId)).toEqual([]);
      expect(await client.certificates.tryGet(THUMBPRINTS.rsa2)).toBeUndefined();

      await stack.destroy();
    } finally {
      await stack.dispose();
      if (await client.pools.tryGet(poolId)) await client.pools.delete(poolId);
    }
  });
});
