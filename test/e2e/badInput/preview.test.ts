/**
 * Bad inputs through the real Pulumi CLI: `pulumi preview` of a JavaScript program with a
 * representative sample of bad pools, job schedules and certificates (one bad property each)
 * against the emulator. Each must be reported by its property, with the fix, before any REST call
 * (the emulator logs none), and no secret of the program may appear in the CLI output.
 *
 * The engine stops a preview at the first failed check (a program declaring all of them reported
 * only one), so the program declares the one bad resource that config `e2e:case` names, and the
 * test previews once per case on the same stack.
 */
import * as path from "path";
import { DEV_KEY, startEmulator } from "../../../emulator";
import { emulatorEnv, PulumiTestStack, REPO_ROOT, uniqueSuffix } from "../harness";

jest.setTimeout(10 * 60_000);

const USER_PASSWORD = "E2e-BadInput-User-Pa55";
const WRONG_PFX_PASSWORD = "E2e-BadInput-Wrong-Pfx-Pa55";
const CER_PASSWORD = "E2e-BadInput-Cer-Pa55";
const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "certificates");

/** The bad resources: Pulumi name → the property the failure must name. */
const EXPECTED: Record<string, string> = {
  "long-display-name": "displayName",
  "duplicate-metadata": "metadata[1]",
  "zero-task-slots": "taskSlotsPerNode",
  "bad-subnet": "networkConfiguration.subnetId",
  "steady-timeout-text": "steadyTimeoutSeconds",
  "no-vm-configuration": "virtualMachineConfiguration",
  "http-endpoint": "batchAccount.endpoint",
  "huge-metadata": "metadata",
  "misspelt-property": "vmsize",
  "duplicate-users": "userAccounts[1]",
  "no-pool-info": "jobSpecification.poolInfo",
  "bad-recurrence": "schedule.recurrenceInterval",
  "unknown-schedule-property": "recurrence",
  "run-after-before-until": "schedule.doNotRunAfter",
  "wrong-pfx-password": "password",
  "cer-with-password": "password",
};

const PROGRAM = `
const pulumi = require("@pulumi/pulumi");
const fs = require("fs");
const path = require("path");
const { Pool, JobSchedule, Certificate } = require(${JSON.stringify(path.join(REPO_ROOT, "dist", "sdk", "index.js"))});
const suffix = ${JSON.stringify(uniqueSuffix())};
const vm = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
  nodeAgentSKUId: "batch.node.ubuntu 22.04",
};
const only = new pulumi.Config("e2e").require("case");
const pool = (name, args) =>
  name === only &&
  new Pool(name, { id: name + "-" + suffix, vmSize: "Standard_D2s_v3", virtualMachineConfiguration: vm, ...args });
pool("long-display-name", { displayName: "d".repeat(1100) });
pool("duplicate-metadata", { metadata: [{ name: "team", value: "a" }, { name: "team", value: "b" }] });
pool("zero-task-slots", { taskSlotsPerNode: 0 });
pool("bad-subnet", { networkConfiguration: { subnetId: "not-a-resource-id" } });
pool("steady-timeout-text", { steadyTimeoutSeconds: "soon" });
pool("no-vm-configuration", { virtualMachineConfiguration: undefined });
pool("http-endpoint", { batchAccount: { endpoint: "http://batch.example.com" } });
pool("huge-metadata", { metadata: [{ name: "blob", value: "x".repeat(100 * 1024) }] });
pool("misspelt-property", { vmsize: "Standard_D2s_v3" });
pool("duplicate-users", {
  userAccounts: [{ name: "worker", password: ${JSON.stringify(USER_PASSWORD)} }, { name: "worker", password: ${JSON.stringify(USER_PASSWORD)} }],
});
const schedule = (name, args) =>
  name === only &&
  new JobSchedule(name, {
    id: name + "-" + suffix,
    schedule: { recurrenceInterval: "PT1H" },
    jobSpecification: { poolInfo: { poolId: "render" } },
    ...args,
  });
schedule("no-pool-info", { jobSpecification: {} });
schedule("bad-recurrence", { schedule: { recurrenceInterval: "every hour" } });
schedule("unknown-schedule-property", { recurrence: "PT1H" });
schedule("run-after-before-until", {
  schedule: { doNotRunUntil: "2031-01-02T00:00:00Z", doNotRunAfter: "2031-01-01T00:00:00Z" },
});
const file = (f) => fs.readFileSync(path.join(${JSON.stringify(FIXTURES)}, f)).toString("base64");
const certificate = (name, args) => name === only && new Certificate(name, args);
certificate("wrong-pfx-password", { data: file("test-rsa.pfx"), certificateFormat: "pfx", password: ${JSON.stringify(WRONG_PFX_PASSWORD)} });
certificate("cer-with-password", { data: file("test-rsa.cer"), certificateFormat: "cer", password: ${JSON.stringify(CER_PASSWORD)} });
`;

describe("bad inputs with the real Pulumi CLI", () => {
  test("pulumi preview reports every bad resource by property, with no REST call and no secret", async () => {
    const em = await startEmulator({ port: 0, timings: "fast" });
    let stack: PulumiTestStack | undefined;
    try {
      stack = await PulumiTestStack.create({
        program: { source: PROGRAM },
        project: "badinput",
        env: emulatorEnv({ endpoint: em.endpoint(), account: "devbatch", key: DEV_KEY }),
      });
      const outputs: string[] = [];
      for (const [name, property] of Object.entries(EXPECTED)) {
        await stack.setConfig({ "e2e:case": name });
        em.clearRequests();
        const result = await stack.preview({ allowFailure: true });
        const output = `${result.stdout}\n${result.stderr}`;
        if (process.env.E2E_DEBUG) console.log(output);
        outputs.push(output);
        // The engine's line: "<type> resource '<name>': property <p> value {…} has a problem: <reason>".
        const line = output.split("\n").find((l) => l.includes(`resource '${name}': property ${property} `));
        expect({ name, code: result.code, line: line !== undefined }).toEqual({ name, code: 1, line: true });
        expect({
          name,
          fix: /has a problem: .*[;:] .*\b(use|write|add|remove|shorten|give|omit|keep|store|set|move)\b/.test(
            line ?? "",
          ),
        }).toEqual({
          name,
          fix: true,
        });
        expect({ name, requests: em.requests() }).toEqual({ name, requests: [] });
      }
      const all = outputs.join("\n");
      expect(all).toMatch(/taskSlotsPerNode is 0; use a whole number from 1 to 256/);
      expect(all).toMatch(/jobSpecification\.poolInfo is missing: .*write poolInfo: \{ poolId/);
      expect(all).toMatch(/batchAccount\.endpoint "http:\/\/batch\.example\.com" uses http/);
      for (const secret of [USER_PASSWORD, WRONG_PFX_PASSWORD, CER_PASSWORD])
        expect(all).not.toContain(secret);
    } finally {
      await stack?.dispose();
      await em.stop();
    }
  });
});
