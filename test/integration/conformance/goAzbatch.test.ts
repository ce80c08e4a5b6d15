/**
 * Conformance: Microsoft's Go Batch client (azbatch v0.1.0, api-version 2024-07-01.20.0) runs its OWN
 * tests, unchanged, in live mode against the emulator (https through a local TLS proxy, Bearer auth
 * through a fake Azure CLI). See test/conformance/go/README.md for the selection and its reasons.
 */
import { randomBytes } from "node:crypto";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { goAvailable, runGoTests, type GoTestResult } from "./goTest";
import { startTlsProxy, type RunningTlsProxy } from "./tlsProxy";

/**
 * The azbatch tests run (details in test/conformance/go/README.md). Out of scope (applications, jobs
 * and tasks are not emulated): TestApplications, TestJob, TestTask.
 */
const SELECTED = [
  "TestCertificates",
  "TestSerDe",
  "TestListSupportedImages",
  "TestPool",
  "TestNode",
  "TestRebootNode",
  "TestReimageNode",
  "TestDeallocateNode",
];

const GO_TIMEOUT_MS = 9 * 60_000;
const describeGo = goAvailable() ? describe : describe.skip;
if (!goAvailable()) console.warn("goAzbatch conformance skipped: no `go` on PATH");

describeGo("azbatch (Go) conformance", () => {
  let emu: RunningEmulator | undefined;
  let proxy: RunningTlsProxy | undefined;
  const token = randomBytes(24).toString("hex");

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, timings: "fast", devToken: token });
    proxy = await startTlsProxy(emu.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await emu?.stop();
  });

  it(
    "passes the selected azbatch tests",
    async () => {
      const run = `^(${SELECTED.join("|")})$`;
      const result: GoTestResult = await runGoTests({
        endpoint: `127.0.0.1:${proxy?.port ?? 0}`,
        token,
        certPem: proxy?.certPem ?? "",
        run,
        timeoutMs: GO_TIMEOUT_MS,
      });
      const outcomes = Object.fromEntries(SELECTED.map((n) => [n, result.outcomes.get(n) ?? "missing"]));
      const expected = Object.fromEntries(SELECTED.map((n) => [n, "PASS"]));
      if (result.code !== 0 || JSON.stringify(outcomes) !== JSON.stringify(expected)) {
        // the go output is the diagnosis: show it when anything did not pass
        console.log(result.output);
      }
      expect(outcomes).toEqual(expected);
      expect(result.code).toBe(0);
      // requests really reached the emulator over the Bearer path
      expect(emu?.requests().length ?? 0).toBeGreaterThan(0);
    },
    GO_TIMEOUT_MS + 60_000,
  );
});
