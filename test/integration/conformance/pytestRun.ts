/**
 * Runs the azure-batch sdist's own pytest tests, unchanged, in live mode against an https endpoint,
 * with the devtools_testutils shim (test/conformance/python/shim) on PYTHONPATH.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PY_CONFORMANCE_DIR, run, type PythonVenv } from "./pythonVenv";

/** Outcome of one pytest test (node id with its parameter, e.g. `...::test_batch_certificates[sync]`). */
export type PytestOutcome = "PASSED" | "FAILED" | "ERROR" | "SKIPPED" | "XFAIL" | "XPASS";

/** What pytest did. */
export interface PytestResult {
  /** Exit code of pytest. */
  code: number | null;
  /** Outcome per test, from the `-rA` short summary. */
  outcomes: Map<string, PytestOutcome>;
  /** Combined stdout and stderr. */
  output: string;
}

/** Options of {@link runPytest}. */
export interface PytestOptions {
  venv: PythonVenv;
  /** `host:port` of the https endpoint (the tests prepend `https://`). */
  endpoint: string;
  /** The Bearer dev token the shim's credentials hand out. */
  token: string;
  /** Emulator accounts the shim hands out, one per AccountPreparer (keys for its ARM `get_keys`). */
  accounts: { name: string; key: string }[];
  /** PEM of the certificate the endpoint presents. */
  certPem: string;
  /** Node ids relative to the sdist directory, e.g. `tests/test_batch.py::TestBatch::test_batch_certificates`. */
  tests: string[];
  /** pytest is killed after this many milliseconds. */
  timeoutMs: number;
}

/** Variables that would point the clients elsewhere (proxies) or select another test mode. */
const CLEARED = [
  "http_proxy",
  "https_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "all_proxy",
  "ALL_PROXY",
  "AZURE_TEST_RUN_LIVE",
  "AZURE_SKIP_LIVE_RECORDING",
  "PYTHONPATH",
  "PYTHONHOME",
];

/** Parses the `-rA` short summary (`PASSED tests/x.py::C::t[sync]`, `FAILED ... - reason`). */
export function parsePytestSummary(output: string): Map<string, PytestOutcome> {
  const outcomes = new Map<string, PytestOutcome>();
  for (const m of output.matchAll(/^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) (\S+::\S+)/gm)) {
    outcomes.set(m[2] as string, m[1] as PytestOutcome);
  }
  return outcomes;
}

/** Runs `python -m pytest -rA <tests>` in the sdist directory. */
export async function runPytest(opts: PytestOptions): Promise<PytestResult> {
  const dir = mkdtempSync(join(tmpdir(), "azbatch-py-"));
  try {
    const certFile = join(dir, "proxy-cert.pem");
    writeFileSync(certFile, opts.certPem);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of CLEARED) delete env[name];
    Object.assign(env, {
      PYTHONPATH: join(PY_CONFORMANCE_DIR, "shim"),
      // no __pycache__ in the repository's shim directory
      PYTHONDONTWRITEBYTECODE: "1",
      AZURE_TEST_RUN_LIVE: "true",
      AZURE_BATCH_EMULATOR_ENDPOINT: opts.endpoint,
      AZURE_BATCH_EMULATOR_TOKEN: opts.token,
      AZURE_BATCH_EMULATOR_ACCOUNTS: opts.accounts.map((a) => `${a.name}:${a.key}`).join(","),
      // requests (sync client) reads REQUESTS_CA_BUNDLE; aiohttp (async client) OpenSSL's SSL_CERT_FILE
      REQUESTS_CA_BUNDLE: certFile,
      SSL_CERT_FILE: certFile,
      NO_PROXY: "127.0.0.1,localhost",
      no_proxy: "127.0.0.1,localhost",
    });
    // -c /dev/null: no pytest configuration from the sdist; cacheprovider off: nothing written there
    const args = ["-m", "pytest", "-c", "/dev/null", "--rootdir", ".", "-p", "no:cacheprovider", "-rA", "-q"];
    const result = await run(opts.venv.python, [...args, ...opts.tests], {
      cwd: opts.venv.sdistDir,
      env,
      timeoutMs: opts.timeoutMs,
    });
    return { ...result, outcomes: parsePytestSummary(result.output) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
