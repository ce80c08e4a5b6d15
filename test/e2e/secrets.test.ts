/**
 * Secrets with the real Pulumi CLI: a fixture program holding every kind of secret (the account
 * key from `config set --secret` and as an explicit `batchAccount` input, a .pfx and its password,
 * a pool user-account password, a job schedule's container registry password) is deployed,
 * refreshed and previewed; then the state (`stack export --show-secrets=false` and the raw files
 * of the file:// backend: checkpoints, history, backups), the stack config file and every captured
 * line of CLI output are searched for each secret in plaintext. The same stack exports the .rdp
 * file of a pool node from `getRemoteDesktop` as a stack output.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { BatchClient } from "../../provider/client";
import {
  compiledProgram,
  PulumiTestStack,
  REPO_ROOT,
  startTestEmulator,
  uniqueSuffix,
  type TestEmulator,
} from "./harness";
import { plaintextSecrets, readTree } from "./helpers/secrets";

jest.setTimeout(10 * 60_000);

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "certificates");
const ACCOUNT = "secretsbatch";
const SECRETS = {
  accountKey: randomBytes(64).toString("base64"),
  pfxPassword: "test-fixture-password", // the fixtures' password (test/fixtures/certificates/README.md)
  pfxData: fs.readFileSync(path.join(FIXTURES, "test-rsa.pfx")).toString("base64"),
  userPassword: `User-${randomBytes(12).toString("hex")}`,
  registryPassword: `Registry-${randomBytes(12).toString("hex")}`,
};

let emu: TestEmulator;
let stack: PulumiTestStack | undefined;

beforeAll(async () => {
  emu = await startTestEmulator({ accounts: [{ name: ACCOUNT, key: SECRETS.accountKey }] });
});
afterAll(async () => {
  await stack?.dispose();
  await emu?.stop();
});

describe("secrets with the real Pulumi CLI", () => {
  test("no secret in plaintext in state, backend files, stack config or CLI output; RDP output", async () => {
    const poolId = `sec-${uniqueSuffix()}`;
    stack = await PulumiTestStack.create({
      program: compiledProgram("test/e2e/fixtures/secrets"),
      project: "secrets",
      stackPrefix: "secrets",
      config: {
        "secrets:fixtures": FIXTURES,
        "secrets:poolId": poolId,
        "secrets:pfxPassword": { value: SECRETS.pfxPassword, secret: true },
        "secrets:userPassword": { value: SECRETS.userPassword, secret: true },
        "secrets:registryPassword": { value: SECRETS.registryPassword, secret: true },
        "azure-batch:endpoint": emu.endpoint,
        "azure-batch:accountName": ACCOUNT,
        "azure-batch:accountKey": { value: SECRETS.accountKey, secret: true },
      },
      // Only the stack config points at the account: no AZURE_BATCH_* from the environment.
      env: {
        AZURE_BATCH_ENDPOINT: undefined,
        AZURE_BATCH_ACCOUNT: undefined,
        AZURE_BATCH_ACCESS_KEY: undefined,
        AZURE_BATCH_POLL_INTERVAL_MS: "50",
      },
    });
    await stack.up();
    await stack.preview({ refresh: true, expectNoChanges: true });

    // The RDP output: the address and port the service gives for that node.
    const outputs = await stack.outputs();
    expect(outputs).toMatchObject({ certificateState: "active", jobScheduleState: "active" });
    const rdp = outputs.remoteDesktop as { nodeId: string; rdpFile: string };
    const client = new BatchClient({
      endpoint: emu.endpoint,
      auth: { kind: "sharedKey", accountName: ACCOUNT, accountKey: SECRETS.accountKey },
    });
    try {
      const login = (await client.nodes.getRemoteLoginSettings(poolId, rdp.nodeId)).body;
      expect(rdp.rdpFile).toContain(`full address:s:${login.remoteLoginIPAddress}:${login.remoteLoginPort}`);
    } finally {
      await client.close();
    }

    const exported = await stack.run(["stack", "export", "--show-secrets=false", "--stack", stack.stackName]);
    // Each secret is in the state, encrypted (a secret-typed value), not absent.
    expect((exported.stdout.match(/"ciphertext"/g) ?? []).length).toBeGreaterThanOrEqual(5);
    const places: Record<string, string> = {
      "stack export": exported.stdout,
      ...readTree(stack.backendDir),
      ...readTree(stack.projectDir),
      "CLI output": stack.history.map((r) => r.stdout + r.stderr).join("\n"),
    };
    expect(Object.keys(places).some((p) => p.endsWith(`${stack!.stackName}.json`))).toBe(true);
    expect(plaintextSecrets(places, SECRETS)).toEqual([]);
  });
});
