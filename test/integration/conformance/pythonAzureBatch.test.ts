/**
 * Conformance: Microsoft's Python Batch client (azure-batch 15.0.0b2, api-version 2024-07-01.20.0)
 * runs its OWN tests from the PyPI sdist, unchanged, in live mode against the emulator (https through
 * a local TLS proxy, Bearer dev token through the devtools_testutils shim). See
 * test/conformance/python/README.md for the selection and its reasons.
 */
import { randomBytes } from "node:crypto";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { runPytest } from "./pytestRun";
import { ensureVenv, findPython, type PythonVenv } from "./pythonVenv";
import { startTlsProxy, type RunningTlsProxy } from "./tlsProxy";

const FILE = "tests/test_batch.py::TestBatch::";
/**
 * The sdist tests run, each with the sync and the async client (pytest parametrizes both). Not
 * selected (details in test/conformance/python/README.md): test_batch_files, test_batch_tasks, test_batch_jobs — storage
 * accounts, application packages, jobs and tasks are out of scope.
 * `AZBATCH_PY_TESTS=name,name` runs others instead (diagnosis only).
 */
const SELECTED = (
  process.env.AZBATCH_PY_TESTS ??
  [
    "test_batch_certificates",
    "test_batch_create_pool_with_blobfuse_mount",
    "test_batch_update_pools",
    "test_batch_scale_pools",
    "test_batch_job_schedules",
    "test_batch_network_configuration",
    "test_batch_compute_node_remote_desktop",
    "test_batch_create_pools",
    "test_batch_compute_nodes",
    "test_batch_compute_node_user",
    "test_batch_compute_node_extensions",
  ].join(",")
).split(",");
const PARAMS = ["sync", "async"];

const python = findPython();
const describePy = python ? describe : describe.skip;
if (!python) console.warn("pythonAzureBatch conformance skipped: no python3 with venv/ensurepip on PATH");

const SETUP_TIMEOUT_MS = 8 * 60_000;
const PYTEST_TIMEOUT_MS = 4 * 60_000;

describePy("azure-batch (Python) conformance", () => {
  let venv: PythonVenv | undefined;
  let emu: RunningEmulator | undefined;
  let proxy: RunningTlsProxy | undefined;
  const token = randomBytes(24).toString("hex");
  // a fresh account per test run, as AccountPreparer gets from Azure (the shim hands them out)
  const prefix = `pyconf${randomBytes(3).toString("hex")}`;
  const accounts = Array.from({ length: 32 }, (_, i) => ({
    name: `${prefix}a${String(i).padStart(2, "0")}`,
    key: randomBytes(32).toString("base64"),
  }));

  beforeAll(async () => {
    venv = await ensureVenv(python as string, SETUP_TIMEOUT_MS);
    // fast timings, but a resize completes at the next read: test_batch_update_pools asserts a
    // steady pool right after create, replace, patch and exists (a few hundred ms on Azure)
    emu = await startEmulator({ port: 0, timings: { poolResizeMs: 0 }, devToken: token, accounts });
    proxy = await startTlsProxy(emu.url);
  }, SETUP_TIMEOUT_MS + 30_000);
  afterAll(async () => {
    await proxy?.stop();
    await emu?.stop();
  });

  it(
    "passes the selected azure-batch tests (sync and async clients)",
    async () => {
      const result = await runPytest({
        venv: venv as PythonVenv,
        endpoint: `127.0.0.1:${proxy?.port ?? 0}`,
        token,
        accounts,
        certPem: proxy?.certPem ?? "",
        tests: SELECTED.map((t) => FILE + t),
        timeoutMs: PYTEST_TIMEOUT_MS,
      });
      const ids = SELECTED.flatMap((t) => PARAMS.map((p) => `${FILE}${t}[${p}]`));
      const outcomes = Object.fromEntries(ids.map((id) => [id, result.outcomes.get(id) ?? "missing"]));
      const expected = Object.fromEntries(ids.map((id) => [id, "PASSED"]));
      if (result.code !== 0 || JSON.stringify(outcomes) !== JSON.stringify(expected)) {
        // pytest's output is the diagnosis: show it when anything did not pass
        console.log(result.output);
      }
      expect(outcomes).toEqual(expected);
      expect(result.code).toBe(0);
      // requests really reached the emulator (over the Bearer path)
      expect(emu?.requests().length ?? 0).toBeGreaterThan(0);
    },
    PYTEST_TIMEOUT_MS + 30_000,
  );
});
