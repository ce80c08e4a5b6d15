/**
 * Secrets given as plain strings (not `pulumi.secret`) through the real Pulumi CLI: the SDK must
 * register them as secrets, so after `up` the state holds none of them in plaintext: a certificate's
 * .pfx data and password, a pool user's password, a mount's account key and an explicit
 * `batchAccount.accountKey`.
 */
import * as fs from "fs";
import * as path from "path";
import { DEV_KEY, startEmulator } from "../../../emulator";
import { PulumiTestStack, REPO_ROOT, uniqueSuffix } from "../harness";

jest.setTimeout(10 * 60_000);

const PFX = path.join(REPO_ROOT, "test", "fixtures", "certificates", "test-rsa.pfx");
const SECRETS = {
  pfxPassword: "test-fixture-password", // the fixtures' password (test/fixtures/certificates/README.md)
  pfxData: fs.readFileSync(PFX).toString("base64"),
  userPassword: "Plain-User-Pa55word-e2e",
  mountKey: Buffer.from("plain-mount-account-key-e2e").toString("base64"),
  accountKey: DEV_KEY,
};

describe("plain-string secrets with the real Pulumi CLI", () => {
  test("up stores none of them in plaintext in the state", async () => {
    const em = await startEmulator({ port: 0, timings: "fast" });
    let stack: PulumiTestStack | undefined;
    const program = `
const fs = require("fs");
const { Pool, Certificate } = require(${JSON.stringify(path.join(REPO_ROOT, "dist", "sdk", "index.js"))});
const batchAccount = { endpoint: ${JSON.stringify(em.endpoint())}, accountName: "devbatch", accountKey: ${JSON.stringify(SECRETS.accountKey)} };
new Certificate("plain-cert", {
  data: fs.readFileSync(${JSON.stringify(PFX)}).toString("base64"),
  certificateFormat: "pfx",
  password: ${JSON.stringify(SECRETS.pfxPassword)},
  batchAccount,
});
new Pool("plain-pool", {
  id: ${JSON.stringify(`plain-${uniqueSuffix()}`)},
  vmSize: "Standard_D2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  userAccounts: [{ name: "worker", password: ${JSON.stringify(SECRETS.userPassword)} }],
  mountConfiguration: [{ azureBlobFileSystemConfiguration: { accountName: "store", containerName: "data", accountKey: ${JSON.stringify(SECRETS.mountKey)}, relativeMountPath: "data" } }],
  batchAccount,
});
`;
    try {
      stack = await PulumiTestStack.create({ program: { source: program }, project: "plainsecrets" });
      await stack.up();
      const state = JSON.stringify(await stack.exportState());
      expect(state).toContain("pulumi-nodejs:dynamic/batch:Pool");
      expect(state).toContain("pulumi-nodejs:dynamic/batch:Certificate");
      const leaked = Object.entries(SECRETS)
        .filter(([, v]) => state.includes(v))
        .map(([k]) => k);
      expect(leaked).toEqual([]);
      await stack.destroy();
    } finally {
      await stack?.dispose();
      await em.stop();
    }
  });
});
