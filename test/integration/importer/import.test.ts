/**
 * `pulumi-azure-batch import` against the emulator over real HTTP: an account seeded with a
 * variety of objects (seed.ts) is imported in-process and once through the built bin, and the
 * generated project is checked: it compiles with `tsc --strict` against this package and is
 * Prettier-clean, it declares every object with only what a person would write, references
 * imported objects as code, asks for the secrets the service never returns (and holds none), and
 * two imports of the same account give the same program. Unreadable objects fail the command
 * while the others are still written; a non-empty --out is refused.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { DEV_ACCOUNT, DEV_KEY, startEmulator, type RunningEmulator } from "../../../emulator";
import { BatchClient } from "../../../provider/client";
import { runImport } from "../../../importer/run";
import { REPLAY_PASSWORD } from "../replay/recordings";
import { formatCheck, IMPORTER_CLI, typeCheck } from "./generated";
import { PFX_PASSWORD, seedAccount, type Seeded } from "./seed";

const run = promisify(execFile);
let emulator: RunningEmulator;
let client: BatchClient;
let seeded: Seeded;
let work: string;
const suffix = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;

/** Runs the importer in-process; resolves with its exit code and output lines. */
async function importInProcess(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    AZURE_BATCH_ENDPOINT: emulator.endpoint(),
    AZURE_BATCH_ACCOUNT: DEV_ACCOUNT,
    AZURE_BATCH_ACCESS_KEY: DEV_KEY,
  };
  const code = await runImport(args, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out, err };
}

function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}

/** Every file the importer wrote (not the linked node_modules), as text. */
function allText(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== "node_modules")
    .map((e) =>
      e.isDirectory() ? allText(path.join(dir, e.name)) : fs.readFileSync(path.join(dir, e.name), "latin1"),
    )
    .join("\n");
}

/** The variable the program declares for a Batch id (`const web = new Pool("web-…", {`). */
function variableOf(program: string, resourceName: string): string {
  const m = new RegExp(`const (\\w+) = new \\w+\\(${JSON.stringify(resourceName)}`).exec(program);
  if (!m) throw new Error(`no declaration of ${resourceName}`);
  return m[1];
}

/** The source of one declaration, from its `const` to the closing `});`. */
function declarationOf(program: string, resourceName: string): string {
  const start = program.indexOf(`const ${variableOf(program, resourceName)} =`);
  return program.slice(start, program.indexOf("\n});", start));
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timings: "fast" });
  client = new BatchClient({
    endpoint: emulator.endpoint(),
    auth: { kind: "sharedKey", accountName: DEV_ACCOUNT, accountKey: DEV_KEY },
  });
  seeded = await seedAccount(client, suffix);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "import-it-"));
}, 60_000);

afterAll(async () => {
  await client?.close();
  await emulator?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("import of a whole account", () => {
  let dir: string;
  let result: { code: number; out: string[]; err: string[] };
  let program: string;

  beforeAll(async () => {
    dir = path.join(work, "all");
    result = await importInProcess(["--out", dir, "--name", "imported"]);
    if (result.code !== 0) throw new Error(`import failed (${result.code}):\n${result.err.join("\n")}`);
    program = read(dir, "index.ts");
  }, 60_000);

  test("writes a complete project and says what it did", () => {
    expect(result.err.filter((l) => l.startsWith("error"))).toEqual([]);
    expect(result.code).toBe(0);
    for (const f of ["Pulumi.yaml", "package.json", "tsconfig.json", "index.ts", "README.md"]) {
      expect(fs.existsSync(path.join(dir, f))).toBe(true);
    }
    const pkg = JSON.parse(read(dir, "package.json")) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@pulumi/pulumi", "pulumi-azure-batch"]);
    expect(read(dir, "Pulumi.yaml")).toMatch(/runtime: nodejs/);
    // One progress line per object read.
    const objects = seeded.pools.length + seeded.jobSchedules.length + 2 + seeded.recordedCertificates.length;
    expect(result.err.filter((l) => l.startsWith("✓ read")).length).toBe(objects);
    expect(result.out.join("\n")).toMatch(
      new RegExp(`Imported ${seeded.pools.length} pools, ${seeded.jobSchedules.length} job schedules`),
    );
  });

  test("the program compiles with tsc --strict against this package and is Prettier-clean", () => {
    const tsc = typeCheck(dir);
    expect(tsc.output).toBe("");
    expect(tsc.code).toBe(0);
    const prettier = formatCheck(dir);
    expect(prettier.output).toMatch(/All matched files use Prettier code style/);
    expect(prettier.code).toBe(0);
  });

  test("every pool and job schedule is declared with adopt: true", () => {
    for (const id of [...seeded.pools, ...seeded.jobSchedules]) {
      expect(declarationOf(program, id)).toMatch(/\n {2}adopt: true,?$/);
    }
    expect(program.match(/^ {2}adopt: true,$/gm)?.length).toBe(
      seeded.pools.length + seeded.jobSchedules.length,
    );
    expect(program.match(/new Certificate\(/g)?.length).toBe(2 + seeded.recordedCertificates.length);
  });

  test("read-only properties and the service's defaults are left out, durations canonical", () => {
    for (const readOnly of [
      "allocationState",
      "creationTime",
      "eTag",
      "url:",
      "currentDedicatedNodes",
      "stats",
    ]) {
      expect(program).not.toContain(readOnly);
    }
    const web = declarationOf(program, seeded.web);
    // Declared: kept. resizeTimeout PT900S is the default PT15M; waitForSuccess true, the store
    // location CurrentUser and nodeFillType Spread are defaults too.
    expect(web).toContain('displayName: "Web render farm"');
    expect(web).toContain("targetDedicatedNodes: 2");
    expect(web).toContain("maxTaskRetryCount: 1");
    for (const dflt of [
      "resizeTimeout",
      "waitForSuccess",
      "storeLocation",
      "nodeFillType",
      "taskSlotsPerNode",
    ]) {
      expect(web).not.toContain(dflt);
    }
    const onPool = declarationOf(program, seeded.onPool);
    expect(onPool).toContain('startWindow: "PT1H"');
    expect(onPool).toContain('onAllTasksComplete: "terminatejob"');
    expect(program).not.toMatch(/PT\d+S"|PT01H/);
  });

  test("references to imported objects become code; an auto pool stays inline", () => {
    const web = variableOf(program, seeded.web);
    expect(declarationOf(program, seeded.onPool)).toContain(`poolId: ${web}.id`);
    expect(declarationOf(program, seeded.disabled)).toContain(`poolId: ${web}.id`);
    expect(declarationOf(program, seeded.disabled)).toContain("enabled: false");
    const cer = variableOf(program, `sha1-${seeded.cerThumbprint}`);
    const pfx = variableOf(program, `sha1-${seeded.pfxThumbprint}`);
    expect(declarationOf(program, seeded.web)).toContain(`thumbprint: ${cer}.thumbprint`);
    expect(declarationOf(program, seeded.web)).toContain(`thumbprint: ${pfx}.thumbprint`);
    expect(declarationOf(program, seeded.autoPool)).toMatch(/autoPoolSpecification: \{/);
    // A recorded schedule names a pool that is not in the account: it stays a string (or has an auto pool).
    for (const id of seeded.recordedSchedules) {
      const declared = declarationOf(program, id);
      if (!declared.includes("autoPoolSpecification")) expect(declared).toMatch(/poolId: "/);
    }
    // Variable names are valid identifiers and unique.
    const names = [...program.matchAll(/^const (\S+) =/gm)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
  });

  test("secrets the service never returns become config reads, listed, and none is written", () => {
    const keys = [...program.matchAll(/config\.requireSecret\("([^"]+)"\)/g)].map((m) => m[1]);
    // web: 1 user; the recorded Windows pool: 2 users; the .pfx certificates: their passwords.
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const readme = read(dir, "README.md");
    for (const k of keys) {
      expect(readme).toContain(`\`${k}\``);
      expect(result.out.join("\n")).toContain(k);
    }
    const everything = allText(dir);
    for (const secret of ["Seed-Pa55word!", PFX_PASSWORD, REPLAY_PASSWORD, DEV_KEY]) {
      expect(everything).not.toContain(secret);
    }
  });

  test("the built bin writes the same program from the same account", async () => {
    const binDir = path.join(work, "bin");
    const env = {
      ...process.env,
      AZURE_BATCH_ENDPOINT: emulator.endpoint(),
      AZURE_BATCH_ACCOUNT: DEV_ACCOUNT,
      AZURE_BATCH_ACCESS_KEY: DEV_KEY,
    };
    const { stdout, stderr } = await run(
      process.execPath,
      [IMPORTER_CLI, "import", "--out", binDir, "--name", "imported"],
      { env },
    );
    expect(stderr).toMatch(/✓ read pool/);
    expect(stdout).toMatch(/Imported /);
    expect(read(binDir, "index.ts")).toBe(program);
    expect(read(binDir, "README.md")).toBe(read(dir, "README.md"));
  }, 60_000);
});

describe("selection and failures", () => {
  test("named objects only; an unreadable one fails the command while the others are written", async () => {
    const dir = path.join(work, "some");
    const r = await importInProcess([
      "--pool",
      seeded.web,
      "--pool",
      `missing-${suffix}`,
      "--certificate",
      seeded.cerThumbprint.toLowerCase(),
      "--out",
      dir,
    ]);
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toMatch(new RegExp(`✗ pool missing-${suffix}: .*PoolNotFound`));
    const program = read(dir, "index.ts");
    expect(program.match(/new Pool\(/g)?.length).toBe(1);
    expect(program.match(/new Certificate\(/g)?.length).toBe(1);
    // The pfx certificate is not imported: its reference stays the thumbprint string.
    expect(declarationOf(program, seeded.web).toUpperCase()).toContain(
      `THUMBPRINT: "${seeded.pfxThumbprint.toUpperCase()}"`,
    );
    expect(read(dir, "README.md")).toContain(`missing-${suffix}`);
    expect(typeCheck(dir).code).toBe(0);
  }, 60_000);

  test("--filter narrows the lists", async () => {
    const dir = path.join(work, "filtered");
    const r = await importInProcess(["--all-pools", "--filter", `startswith(id,'web-')`, "--out", dir]);
    expect(r.code).toBe(0);
    const program = read(dir, "index.ts");
    expect(program.match(/new Pool\(/g)?.length).toBe(1);
    expect(program).not.toContain("new JobSchedule(");
  }, 60_000);

  test("a non-empty --out is refused unless --force", async () => {
    const dir = path.join(work, "busy");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "index.ts"), "// mine\n");
    const refused = await importInProcess(["--pool", seeded.auto, "--out", dir]);
    expect(refused.code).toBe(2);
    expect(refused.err.join("\n")).toMatch(/--out .* is not empty.*--force/);
    expect(read(dir, "index.ts")).toBe("// mine\n");
    const forced = await importInProcess(["--pool", seeded.auto, "--out", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(read(dir, "index.ts")).toContain(`new Pool("${seeded.auto}"`);
  }, 60_000);

  test("bad flags name the flag and the fix", async () => {
    const r = await importInProcess(["--certificate", "nothex", "--out", path.join(work, "bad")]);
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toMatch(
      /--certificate "nothex" is not a SHA-1 thumbprint: give its 40 hex digits/,
    );
    const noOut = await importInProcess(["--all-pools"]);
    expect(noOut.code).toBe(2);
    expect(noOut.err.join("\n")).toMatch(/--out DIR is required/);
  });
});
