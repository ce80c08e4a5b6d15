/**
 * The virtualenv the Python conformance suite runs in: made once per requirements file (and Python
 * version) in a cache directory outside the repository, reused while its marker file is there.
 * It holds the pinned packages from PyPI and the unpacked azure-batch sdist, whose `tests/` are run.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** test/conformance/python: requirements file and the devtools_testutils shim. */
export const PY_CONFORMANCE_DIR = resolve(__dirname, "../../conformance/python");
/** The sdist whose own tests are run (the requirements file pins the same version). */
export const AZURE_BATCH_SDIST = "azure-batch==15.0.0b2";

/** A ready virtualenv. */
export interface PythonVenv {
  /** The venv's interpreter (always run as `python -m ...`: the venv's scripts are not needed). */
  python: string;
  /** The unpacked sdist (contains `tests/`). */
  sdistDir: string;
}

/** Output and exit code of a finished process. */
export interface ProcessResult {
  code: number | null;
  output: string;
}

/** The Python 3 on PATH, or undefined when there is none with a working `venv` and `ensurepip`. */
export function findPython(): string | undefined {
  for (const candidate of ["python3", "python"]) {
    const probe = spawnSync(
      candidate,
      ["-c", "import sys, venv, ensurepip; assert sys.version_info >= (3, 8)"],
      {
        stdio: "ignore",
      },
    );
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/**
 * Runs a process asynchronously (the emulator the tests talk to shares this event loop), killed
 * after `timeoutMs`.
 */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ProcessResult> {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: opts.timeoutMs,
    killSignal: "SIGKILL",
  });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stderr.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("close", (code) => done({ code, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

/** Cache root: `AZBATCH_PY_CACHE`, else ~/.cache (or the temp dir when there is no home). */
function cacheRoot(): string {
  if (process.env.AZBATCH_PY_CACHE) return process.env.AZBATCH_PY_CACHE;
  const home = homedir();
  return home ? join(home, ".cache", "pulumi-azure-batch") : join(tmpdir(), "pulumi-azure-batch");
}

/** Directory of the venv for these requirements and this interpreter. */
export function venvDir(python: string): string {
  const version = spawnSync(python, ["--version"], { encoding: "utf8" });
  const hash = createHash("sha256")
    .update(readFileSync(join(PY_CONFORMANCE_DIR, "requirements.txt")))
    .update(`${version.stdout}${version.stderr}`)
    .digest("hex")
    .slice(0, 16);
  return join(cacheRoot(), `py-conformance-${hash}`);
}

async function step(
  what: string,
  cmd: string,
  args: string[],
  timeoutMs: number,
  cwd?: string,
): Promise<void> {
  const result = await run(cmd, args, { cwd, timeoutMs });
  if (result.code !== 0) throw new Error(`${what} failed (exit ${String(result.code)}):\n${result.output}`);
}

/**
 * Returns the cached venv, creating it first when it is missing or unfinished (no marker): venv,
 * `pip install -r requirements.txt`, `pip download --no-binary :all: --no-deps` of the sdist, unpacked.
 */
export async function ensureVenv(python: string, timeoutMs: number): Promise<PythonVenv> {
  const dir = venvDir(python);
  const marker = join(dir, ".ready");
  const venvPython = join(dir, "venv", "bin", "python");
  const sdistRoot = join(dir, "sdist");
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await step("python -m venv", python, ["-m", "venv", join(dir, "venv")], timeoutMs);
    const pip = ["-m", "pip", "--disable-pip-version-check", "--no-input"];
    await step(
      "pip install",
      venvPython,
      [...pip, "install", "-r", join(PY_CONFORMANCE_DIR, "requirements.txt")],
      timeoutMs,
    );
    const download = join(dir, "download");
    await step(
      "pip download (sdist)",
      venvPython,
      [...pip, "download", "--no-binary", ":all:", "--no-deps", "-d", download, AZURE_BATCH_SDIST],
      timeoutMs,
    );
    const archive = readdirSync(download).find((f) => f.endsWith(".tar.gz"));
    if (!archive) throw new Error(`pip download left no .tar.gz in ${download}`);
    mkdirSync(sdistRoot, { recursive: true });
    const unpack = "import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])";
    await step("unpack sdist", venvPython, ["-c", unpack, join(download, archive), sdistRoot], timeoutMs);
    writeFileSync(marker, `${new Date().toISOString()}\n`);
  }
  const unpacked = readdirSync(sdistRoot).find(
    (d) => d.startsWith("azure_batch-") || d.startsWith("azure-batch-"),
  );
  if (!unpacked) throw new Error(`no unpacked azure-batch sdist in ${sdistRoot}`);
  return { python: venvPython, sdistDir: join(sdistRoot, unpacked) };
}
