/**
 * The Certificate provider against the emulator over real HTTP: create, read, delete → gone, pfx
 * with password, and adoption of an identical existing certificate.
 */
import * as provider from "../../../provider/certificate";
import { fixture64, FIXTURE_PASSWORD, THUMBPRINTS } from "../../unit/certificate/fixtures";
import { startCertificateEnv, type CertificateEnv } from "./setup";

let env: CertificateEnv;
const previousInterval = process.env.AZURE_BATCH_POLL_INTERVAL_MS;

beforeAll(async () => {
  process.env.AZURE_BATCH_POLL_INTERVAL_MS = "10";
  env = await startCertificateEnv();
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

async function checked(news: Record<string, unknown>) {
  const { inputs, failures } = await provider.check({}, { ...news, batchAccount: env.batchAccount });
  expect(failures).toEqual([]);
  return inputs as Record<string, unknown>;
}

const ops = () => env.emulator.requests().map((r) => `${r.operation} ${r.status}`);

describe("Certificate provider lifecycle", () => {
  it("creates a cer certificate, reads it back, deletes it until gone", async () => {
    const inputs = await checked({ data: fixture64("test-rsa.cer"), certificateFormat: "cer" });
    const created = await provider.create(inputs);
    expect(created.id).toBe(`sha1-${THUMBPRINTS.rsa}`);
    expect(created.outs).toMatchObject({
      thumbprint: THUMBPRINTS.rsa,
      thumbprintAlgorithm: "sha1",
      state: "active",
      certificateFormat: "cer",
      data: fixture64("test-rsa.cer"),
      publicData: fixture64("test-rsa.cer"),
    });
    expect(created.outs.url).toMatch(/\/certificates\(thumbprintAlgorithm=sha1,thumbprint=/);
    expect(typeof created.outs.stateTransitionTime).toBe("string");

    const read = await provider.read(created.id, created.outs);
    expect(read.id).toBe(created.id);
    // Batch never returns data: it is kept from state, for outputs and inputs alike.
    expect(read.props).toEqual(created.outs);
    expect(read.inputs).toMatchObject({ data: fixture64("test-rsa.cer"), thumbprint: THUMBPRINTS.rsa });

    await provider.delete(created.id, created.outs);
    expect(await env.client.certificates.tryGet(THUMBPRINTS.rsa)).toBeUndefined();
    const gone = await provider.read(created.id, created.outs);
    expect(gone.id).toBe("");
    expect(ops()).toEqual(
      expect.arrayContaining(["Certificates_CreateCertificate 201", "Certificates_DeleteCertificate 202"]),
    );
    expect(ops().at(-1)).toBe("Certificates_GetCertificate 404");
  });

  it("creates a pfx certificate with its password; outputs keep the secrets from state", async () => {
    const inputs = await checked({
      data: fixture64("test-rsa2.pfx"),
      certificateFormat: "pfx",
      password: FIXTURE_PASSWORD,
    });
    const created = await provider.create(inputs);
    expect(created.id).toBe(`sha1-${THUMBPRINTS.rsa2}`);
    expect(created.outs).toMatchObject({
      state: "active",
      password: FIXTURE_PASSWORD,
      certificateFormat: "pfx",
    });
    const read = await provider.read(created.id, created.outs);
    expect(read.props).toMatchObject({ password: FIXTURE_PASSWORD, data: fixture64("test-rsa2.pfx") });
    await provider.delete(created.id, created.outs);
  });

  it("adopts an identical certificate that already exists, without a write", async () => {
    await env.client.certificates.add({
      thumbprint: THUMBPRINTS.rsa.toLowerCase(),
      thumbprintAlgorithm: "sha1",
      data: fixture64("test-rsa.cer"),
      certificateFormat: "cer",
    });
    env.emulator.clearRequests();
    const inputs = await checked({ data: fixture64("test-rsa.cer"), certificateFormat: "cer" });
    const created = await provider.create(inputs);
    expect(created.id).toBe(`sha1-${THUMBPRINTS.rsa}`);
    expect(created.outs.state).toBe("active");
    // Looked up first: the identical active certificate is taken over without a POST.
    expect(ops()).toEqual(["Certificates_GetCertificate 200"]);
  });

  it("deleting a certificate that is already gone succeeds", async () => {
    await provider.delete(`sha1-${THUMBPRINTS.ec}`, {
      thumbprint: THUMBPRINTS.ec,
      batchAccount: env.batchAccount,
    });
    expect(ops()).toEqual(["Certificates_DeleteCertificate 404"]);
  });
});
