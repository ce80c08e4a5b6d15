/**
 * A local "proxy" that hangs up on every connection. The Go process sends its plain-http traffic
 * (only the managed-identity probe to IMDS, 169.254.169.254; loopback is never proxied) there, so
 * ManagedIdentityCredential is "unavailable" at once and DefaultAzureCredential goes on to the Azure
 * CLI. Without it, a network that answers IMDS itself (a sandbox egress filter: 403) ends the chain.
 */
async function startHangUpProxy(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * Runs `go test` on Microsoft's azbatch module (its own tests, unchanged, from the module cache) in
 * live mode against a given https endpoint, authenticating through a fake Azure CLI.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

/** The Go module (test/conformance/go) that pins azbatch and its test dependencies. */
export const GO_MODULE_DIR = resolve(__dirname, "../../conformance/go");
/** The package whose tests are run. */
export const AZBATCH_PACKAGE = "github.com/Azure/azure-sdk-for-go/sdk/batch/azbatch";

/**
 * Variables that would make DefaultAzureCredential (azidentity v1.9.0) or the test credential helper
 * pick something other than AzureCLICredential; removed so the fake `az` is what answers.
 */
const CREDENTIAL_VARIABLES = [
  "AZURE_CLIENT_ID",
  "AZURE_TENANT_ID",
  "AZURE_CLIENT_SECRET",
  "AZURE_CLIENT_CERTIFICATE_PATH",
  "AZURE_USERNAME",
  "AZURE_PASSWORD",
  "AZURE_FEDERATED_TOKEN_FILE",
  "AZURE_AUTHORITY_HOST",
  "IDENTITY_ENDPOINT",
  "IDENTITY_HEADER",
  "MSI_ENDPOINT",
  "MSI_SECRET",
  "IMDS_ENDPOINT",
  "SYSTEM_ACCESSTOKEN",
  "AZURE_SERVICE_DIRECTORY",
];

/** Options of {@link runGoTests}. */
export interface GoTestOptions {
  /** `host:port` of the https endpoint (the tests prepend `https://`). */
  endpoint: string;
  /** The Bearer token the fake `az account get-access-token` hands out. */
  token: string;
  /** PEM of the certificate the endpoint presents. */
  certPem: string;
  /** Value of `go test -run` (an anchored regexp of top-level test names). */
  run: string;
  /** `go test` is killed after this many milliseconds, so a hung run cannot outlive the jest test. */
  timeoutMs: number;
  /** Directory `go test` runs in (default {@link GO_MODULE_DIR}). */
  cwd?: string;
  /** Package tested (default {@link AZBATCH_PACKAGE}); "." for a patched copy when diagnosing. */
  pkg?: string;
}

/** Outcome of one top-level Go test. */
export type GoOutcome = "PASS" | "FAIL" | "SKIP";

/** What `go test` did. */
export interface GoTestResult {
  /** Exit code of `go test`. */
  code: number | null;
  /** Outcome per top-level test name, from the `--- PASS/FAIL/SKIP:` lines. */
  outcomes: Map<string, GoOutcome>;
  /** Combined stdout and stderr. */
  output: string;
}

/** True when a `go` binary is on PATH. */
export function goAvailable(): boolean {
  return spawnSync("go", ["version"], { stdio: "ignore" }).status === 0;
}

/** Parses `go test -v` output into an outcome per top-level test (subtests are ignored). */
export function parseGoTestOutput(output: string): Map<string, GoOutcome> {
  const outcomes = new Map<string, GoOutcome>();
  for (const m of output.matchAll(/^--- (PASS|FAIL|SKIP): (\S+) /gm)) {
    outcomes.set(m[2] as string, m[1] as GoOutcome);
  }
  return outcomes;
}

/** The fake Azure CLI: answers `az account get-access-token` with the JSON AzureCLICredential parses. */
function writeFakeAz(dir: string, token: string): void {
  const expiresOn = Math.floor(Date.now() / 1000) + 3600;
  const json = JSON.stringify({ accessToken: token, expires_on: expiresOn, tokenType: "Bearer" });
  const script = [
    "#!/bin/sh",
    '[ "$1 $2" = "account get-access-token" ] || { echo "fake az: only account get-access-token" >&2; exit 2; }',
    `echo '${json}'`,
    "",
  ].join("\n");
  writeFileSync(join(dir, "az"), script);
  chmodSync(join(dir, "az"), 0o755);
}

/**
 * Runs `go test -count=1 -v -run <run>` on azbatch in live mode. Asynchronous on purpose: the
 * emulator the tests talk to runs in this process's event loop.
 */
export async function runGoTests(opts: GoTestOptions): Promise<GoTestResult> {
  const dir = mkdtempSync(join(tmpdir(), "azbatch-go-"));
  const hangUp = await startHangUpProxy();
  try {
    writeFakeAz(dir, opts.token);
    const certFile = join(dir, "proxy-cert.pem");
    writeFileSync(certFile, opts.certPem);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of [...CREDENTIAL_VARIABLES, "http_proxy", "https_proxy", "no_proxy", "NO_PROXY"])
      delete env[name];
    Object.assign(env, {
      PATH: `${dir}${delimiter}${process.env.PATH ?? ""}`,
      AZURE_RECORD_MODE: "live",
      AZBATCH_ENDPOINT: opts.endpoint,
      SSL_CERT_FILE: certFile,
      HTTP_PROXY: hangUp.url,
      GOFLAGS: [process.env.GOFLAGS, "-buildvcs=false"].filter(Boolean).join(" "),
    });
    const args = ["test", "-count=1", "-v", "-run", opts.run, opts.pkg ?? AZBATCH_PACKAGE];
    const child = spawn("go", args, {
      cwd: opts.cwd ?? GO_MODULE_DIR,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: opts.timeoutMs,
      killSignal: "SIGKILL",
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    const code = await new Promise<number | null>((done, fail) => {
      child.once("error", fail);
      child.once("close", (c) => done(c));
    });
    const output = Buffer.concat(chunks).toString("utf8");
    return { code, outcomes: parseGoTestOutput(output), output };
  } finally {
    await hangUp.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
