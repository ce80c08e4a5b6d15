/**
 * Retirement: once the live service refuses certificates, the provider's error points to the Key
 * Vault VM extension migration. The emulator still serves certificates, so a scripted server (real
 * HTTP) answers as a retired account would. Secrets never appear in the errors.
 */
import * as provider from "../../../provider/certificate";
import { MIGRATION_GUIDE_URL } from "../../../provider/certificate/errors";
import { DEV_ACCOUNT, DEV_KEY } from "../../../emulator";
import { batchError, startScriptedServer } from "../client/scriptedServer";
import { fixture64, FIXTURE_PASSWORD } from "../../unit/certificate/fixtures";

async function inputsFor(endpoint: string) {
  const { inputs, failures } = await provider.check(
    {},
    {
      data: fixture64("test-rsa.pfx"),
      certificateFormat: "pfx",
      password: FIXTURE_PASSWORD,
      batchAccount: { endpoint, accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
    },
  );
  expect(failures).toEqual([]);
  return inputs;
}

describe.each([
  [400, "CertificateRetired", "The certificate feature has been retired for this account."],
  [403, "FeatureNotAvailable", "This feature is not available for the account."],
])("a live service answering %i %s", (status, code, text) => {
  it("turns create, read and delete errors into a migration message without secrets", async () => {
    const server = await startScriptedServer([{ status, body: batchError(code, text) }]);
    try {
      const inputs = await inputsFor(server.endpoint);
      for (const call of [
        () => provider.create(inputs),
        () => provider.read("sha1-X", inputs),
        () => provider.delete("sha1-X", inputs),
      ]) {
        const message = await call().then(
          () => "no error",
          (e: Error) => e.message,
        );
        expect(message).toContain(code);
        expect(message).toContain(MIGRATION_GUIDE_URL);
        expect(message).toMatch(/Key Vault VM extension/);
        expect(message).not.toContain(FIXTURE_PASSWORD);
        expect(message).not.toContain(fixture64("test-rsa.pfx").slice(0, 40));
        expect(message).not.toContain(DEV_KEY);
      }
    } finally {
      await server.stop();
    }
  });
});
