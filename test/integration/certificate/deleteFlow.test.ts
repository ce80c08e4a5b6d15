/**
 * The delete flow against the emulator: a certificate still referenced by a pool goes to
 * `deletefailed`; the provider cancels the delete, waits for `active` and fails naming the pool.
 * Also: create while the same thumbprint is `deleting` waits for it to go, and create while it is
 * `deletefailed` cancels that delete and adopts it.
 */
import { isBatchError } from "../../../provider/client";
import * as provider from "../../../provider/certificate";
import { fixture64, THUMBPRINTS } from "../../unit/certificate/fixtures";
import { addPoolReferencing, startCertificateEnv, uniqueId, type CertificateEnv } from "./setup";

let env: CertificateEnv;
const previousInterval = process.env.AZURE_BATCH_POLL_INTERVAL_MS;
const DELETE_MS = 300;

beforeAll(async () => {
  process.env.AZURE_BATCH_POLL_INTERVAL_MS = "10";
  // A delete that takes long enough to observe `deleting`.
  env = await startCertificateEnv({ certificateDeleteMs: DELETE_MS });
});
afterAll(async () => {
  if (previousInterval === undefined) delete process.env.AZURE_BATCH_POLL_INTERVAL_MS;
  else process.env.AZURE_BATCH_POLL_INTERVAL_MS = previousInterval;
  await env?.stop();
});
afterEach(() => {
  env.emulator.reset();
  env.emulator.clearRequests();
});

async function createCer(file = "test-rsa.cer") {
  const { inputs } = await provider.check(
    {},
    { data: fixture64(file), certificateFormat: "cer", batchAccount: env.batchAccount },
  );
  return provider.create(inputs);
}

const ops = () => env.emulator.requests().map((r) => `${r.operation} ${r.status}`);

describe("Certificate delete flow", () => {
  it("deletefailed → canceldelete → active → error naming the pool and the fix", async () => {
    const created = await createCer();
    const poolId = uniqueId("uses-cert");
    await addPoolReferencing(env.client, poolId, THUMBPRINTS.rsa);
    env.emulator.clearRequests();

    const error = await provider.delete(created.id, created.outs).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isBatchError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(`pool(s) "${poolId}"`);
    expect(message).toMatch(/certificate is active again/);
    expect(message).toMatch(/Remove it from those pools' certificateReferences first/);
    expect(message).not.toContain(fixture64("test-rsa.cer"));

    const live = (await env.client.certificates.get(THUMBPRINTS.rsa)).body;
    expect(live.state).toBe("active");
    expect(live.previousState).toBe("deletefailed");
    const seen = ops();
    expect(seen[0]).toBe("Certificates_DeleteCertificate 202");
    expect(seen).toContain("Certificates_CancelCertificateDeletion 204");
    expect(seen.indexOf("Certificates_CancelCertificateDeletion 204")).toBeGreaterThan(
      seen.indexOf("Certificates_GetCertificate 200"),
    );

    // Once the pool drops the reference, the same delete succeeds.
    await env.client.pools.delete(poolId);
    await waitUntilPoolGone(poolId);
    await provider.delete(created.id, created.outs);
    expect(await env.client.certificates.tryGet(THUMBPRINTS.rsa)).toBeUndefined();
  });

  it("create while the same thumbprint is deleting waits for it to go, then creates", async () => {
    const first = await createCer();
    await env.client.certificates.delete(THUMBPRINTS.rsa);
    expect((await env.client.certificates.get(THUMBPRINTS.rsa)).body.state).toBe("deleting");
    env.emulator.clearRequests();

    const started = Date.now();
    const second = await provider.create(first.outs);
    expect(second.outs.state).toBe("active");
    expect(Date.now() - started).toBeGreaterThanOrEqual(DELETE_MS / 2);
    const seen = ops();
    // Looked up first (deleting), then the add is refused until the old one is gone.
    expect(seen.slice(0, 2)).toEqual([
      "Certificates_GetCertificate 200",
      "Certificates_CreateCertificate 409",
    ]);
    expect(seen).toContain("Certificates_GetCertificate 404");
    expect(seen.filter((o) => o === "Certificates_CreateCertificate 201")).toHaveLength(1);
    expect(seen.at(-1)).toBe("Certificates_GetCertificate 200");
  });

  it("create while the same certificate is deletefailed cancels that delete and adopts it", async () => {
    const first = await createCer();
    await addPoolReferencing(env.client, uniqueId("keeps-cert"), THUMBPRINTS.rsa);
    await env.client.certificates.delete(THUMBPRINTS.rsa);
    await new Promise((r) => setTimeout(r, DELETE_MS + 50));
    expect((await env.client.certificates.get(THUMBPRINTS.rsa)).body.state).toBe("deletefailed");

    const again = await provider.create(first.outs);
    expect(again.outs.state).toBe("active");
    expect(ops()).toContain("Certificates_CancelCertificateDeletion 204");
  });
});

async function waitUntilPoolGone(poolId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await env.client.pools.tryGet(poolId)) === undefined) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`pool ${poolId} was not deleted`);
}
