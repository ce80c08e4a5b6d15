/**
 * A whole account round-trips through `pulumi-azure-batch import` and the real Pulumi CLI: the
 * emulator is seeded with a variety of objects (test/integration/importer/seed.ts: every recorded
 * create body of the real service, pools with and without nodes, autoscale, job schedules on a
 * pool, on an auto pool and disabled, certificates referenced by a pool), the built bin writes the
 * program, and then:
 *
 * - `pulumi up` adopts every object with 0 mutating REST calls (emulator request log);
 * - `pulumi preview --refresh --expect-no-changes` passes;
 * - one metadata value edited in the generated index.ts plans and applies exactly one PATCH, as a
 *   hand-written program would.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { BatchClient } from "../../../provider/client";
import { IMPORTER_CLI, linkDependencies } from "../../integration/importer/generated";
import { PFX_FILE, PFX_PASSWORD, seedAccount, type Seeded } from "../../integration/importer/seed";
import { emulatorEnv, PulumiTestStack, startTestEmulator, type TestEmulator } from "../harness";
import { diffsOf, writeOperations } from "../helpers/cli";

jest.setTimeout(15 * 60_000);

const run = promisify(execFile);
const suffix = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;

let emu: TestEmulator;
let client: BatchClient;
let seeded: Seeded;
let work: string;
let stack: PulumiTestStack | undefined;

beforeAll(async () => {
  emu = await startTestEmulator();
  client = new BatchClient({
    endpoint: emu.endpoint,
    auth: { kind: "sharedKey", accountName: emu.account, accountKey: emu.key },
  });
  seeded = await seedAccount(client, suffix);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
}, 120_000);

afterAll(async () => {
  try {
    await stack?.dispose();
  } finally {
    await client?.close();
    await emu?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
});

/** The config the generated program asks for: every required secret, and the .pfx file. */
function configFor(
  program: string,
  project: string,
): Record<string, string | { value: string; secret: true }> {
  const config: Record<string, string | { value: string; secret: true }> = {};
  for (const [, key] of program.matchAll(/config\.requireSecret\("([^"]+)"\)/g)) {
    // Certificate passwords are the fixture's; user passwords are never read back, any will do.
    config[`${project}:${key}`] = {
      value: /Password$/.test(key) ? PFX_PASSWORD : "Import-Pa55word!",
      secret: true,
    };
  }
  for (const [, key] of program.matchAll(/config\.require\("([^"]+)"\)/g))
    config[`${project}:${key}`] = PFX_FILE;
  return config;
}

test("import → up with 0 writes → no changes → one edit is one PATCH", async () => {
  const dir = path.join(work, "account");
  const started = Date.now();
  const imported = await run(process.execPath, [IMPORTER_CLI, "import", "--out", dir, "--name", "imported"], {
    env: { ...process.env, ...emulatorEnv(emu) },
  });
  const importSeconds = (Date.now() - started) / 1000;
  const program = fs.readFileSync(path.join(dir, "index.ts"), "utf8");
  linkDependencies(dir);
  const objects = seeded.pools.length + seeded.jobSchedules.length + 2 + seeded.recordedCertificates.length;
  console.log(
    `imported ${objects} objects into ${program.split("\n").length} lines of index.ts in ${importSeconds.toFixed(1)} s\n${imported.stdout}`,
  );

  stack = await PulumiTestStack.create({
    program: { projectDir: dir },
    project: "imported",
    stackPrefix: "import",
    config: configFor(program, "imported"),
    env: emulatorEnv(emu),
  });

  emu.emulator.clearRequests();
  const up = await stack.up();
  // Every object plus the stack itself.
  expect(up.stdout).toMatch(new RegExp(`\\+ ${objects + 1} created`));
  expect({ writes: writeOperations(emu.emulator.requests()) }).toEqual({ writes: [] });

  const preview = await stack.preview({ refresh: true, expectNoChanges: true });
  expect(diffsOf(preview.stdout)).toEqual({});

  // An edit of one metadata value of the web pool, as a person would make it.
  const at = program.indexOf(`new Pool(${JSON.stringify(seeded.web)}`);
  const value = program.indexOf('value: "render"', at);
  expect(at >= 0 && value > at).toBe(true);
  const edited = `${program.slice(0, value)}value: "edited"${program.slice(value + 'value: "render"'.length)}`;
  expect(edited).not.toBe(program);
  fs.writeFileSync(path.join(dir, "index.ts"), edited);
  const planned = await stack.preview();
  expect(Object.entries(diffsOf(planned.stdout))).toEqual([[expect.stringMatching(/:Pool /), ["~metadata"]]]);
  emu.emulator.clearRequests();
  await stack.up();
  expect(writeOperations(emu.emulator.requests())).toEqual(["Pools_UpdatePool"]);
  const live = await client.pools.get(seeded.web);
  expect(JSON.stringify(live.body.metadata)).toContain("edited");
});
