/**
 * The benchmarks work: `node dist/bench/run.js --quick --json FILE` runs every benchmark with tiny
 * sizes (the real Pulumi CLI for the stack and growth ones) and writes the JSON report. Figures
 * are not asserted (a loaded CI machine says nothing about speed): only that every benchmark ran
 * to the end and reported the figures it exists for.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { BenchReport } from "../../bench/run";
import { REPO_ROOT } from "./harness";

jest.setTimeout(10 * 60_000);

test("npm run bench -- --quick --json FILE runs every benchmark and writes its figures", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-test-"));
  try {
    const file = path.join(dir, "figures.json");
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join(REPO_ROOT, "dist/bench/run.js"), "--quick", "--json", file],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" },
        },
      );
      child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
      child.stderr.on("data", (d: Buffer) => output.push(d.toString()));
      child.on("error", reject);
      child.on("close", resolve);
    });
    expect({ code, tail: output.join("").slice(-3000) }).toEqual({ code: 0, tail: expect.any(String) });
    const report = JSON.parse(readFileSync(file, "utf8")) as BenchReport;
    expect(report.quick).toBe(true);
    const names = (b: string) => report.benchmarks[b].figures.map((f) => f.name);
    for (const b of Object.values(report.benchmarks)) expect(b.ok).toBe(true);
    expect(names("emulator-throughput")).toContain("emulator.getPool.sharedKey.c16.reqPerSec");
    expect(names("client-vs-azure-batch")).toContain("client.getPool.speedup.sequential");
    expect(names("client-steps")).toContain("client.steps.overhead.us");
    expect(names("pool-provider")).toContain("provider.serializedBytesPerCopy");
    expect(names("waits")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^waits\.poolAllocation\.\d+\.polls$/)]),
    );
    expect(names("stack-100")).toEqual(
      expect.arrayContaining(["stack.up.ratio", "stack.preview.ratio", "stack.refresh.ratio"]),
    );
    expect(names("growth")).toEqual(
      expect.arrayContaining(["growth.preview.8.msPerResource", "growth.refresh.8.providerPeakMB"]),
    );
    for (const f of Object.values(report.benchmarks).flatMap((b) => b.figures)) {
      expect(typeof f.value).toBe("number");
      if (f.target !== undefined) expect(typeof f.met).toBe("boolean");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
