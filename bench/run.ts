/**
 * `npm run bench [name ...]`: runs the benchmarks one after another, each in its own Node process
 * (so one's memory and event loop do not colour another's figures), and prints their figures.
 * Build first (`npm run build`); with no names, all of them run.
 */
import { spawnSync } from "child_process";
import * as path from "path";

/** The benchmarks, by name: what each measures is printed by the benchmark itself. */
export const BENCHMARKS = ["emulator-throughput", "client-vs-azure-batch", "pool-provider", "stack-100"];

function main(): number {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((n) => !BENCHMARKS.includes(n));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(", ")}; choose from ${BENCHMARKS.join(", ")}`);
    return 2;
  }
  let failed = 0;
  for (const name of wanted.length ? wanted : BENCHMARKS) {
    console.log(`\n=== bench ${name}`);
    const r = spawnSync(process.execPath, [path.join(__dirname, `${name}.js`)], { stdio: "inherit" });
    if (r.status !== 0) failed++;
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main());
