/**
 * `npm run bench [-- [--quick] [--json FILE] [name ...]]`: runs the benchmarks one after another,
 * each in its own Node process (so one's memory and event loop do not colour another's figures),
 * and prints their figures. Build first (`npm run build`); with no names, all of them run.
 *
 * - `--json FILE` writes every figure (name, value, unit, target, met) of the run as one JSON
 *   document, so runs can be compared.
 * - `--quick` cuts every size (a handful of resources, a second of load): CI runs it to show the
 *   benchmarks work; its figures mean nothing and nothing asserts on them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { FIGURES_FILE_ENV, QUICK_ENV, type Figure } from "./report";

/** The benchmarks, by name: what each measures is printed by the benchmark itself. */
export const BENCHMARKS = [
  "emulator-throughput",
  "emulator-inprocess",
  "client-vs-azure-batch",
  "client-steps",
  "pool-provider",
  "waits",
  "stack-100",
  "growth",
];

/** The document `--json FILE` writes. */
export interface BenchReport {
  date: string;
  node: string;
  cpus: number;
  quick: boolean;
  benchmarks: Record<string, { ok: boolean; seconds: number; figures: Figure[] }>;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: "string" }, quick: { type: "boolean", default: false } },
  });
  const unknown = positionals.filter((n) => !BENCHMARKS.includes(n));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(", ")}; choose from ${BENCHMARKS.join(", ")}`);
    return 2;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bench-"));
  const report: BenchReport = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    quick: values.quick === true,
    benchmarks: {},
  };
  let failed = 0;
  try {
    for (const name of positionals.length ? positionals : BENCHMARKS) {
      console.log(`\n=== bench ${name}${report.quick ? " (quick)" : ""}`);
      const figuresFile = path.join(dir, `${name}.jsonl`);
      writeFileSync(figuresFile, "");
      const started = Date.now();
      const r = spawnSync(process.execPath, [path.join(__dirname, `${name}.js`)], {
        stdio: "inherit",
        env: { ...process.env, [FIGURES_FILE_ENV]: figuresFile, [QUICK_ENV]: report.quick ? "1" : "0" },
      });
      const ok = r.status === 0;
      if (!ok) failed++;
      const figures = readFileSync(figuresFile, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Figure);
      report.benchmarks[name] = { ok, seconds: Math.round((Date.now() - started) / 100) / 10, figures };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nfigures written to ${values.json}`);
  }
  const targets = Object.values(report.benchmarks).flatMap((b) => b.figures.filter((f) => f.target));
  if (!report.quick && targets.length) {
    console.log(`\ntargets met: ${targets.filter((f) => f.met).length} of ${targets.length}`);
    for (const f of targets.filter((t) => !t.met))
      console.log(`  missed: ${f.name} = ${f.value} ${f.unit} (target ${f.target})`);
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main());
