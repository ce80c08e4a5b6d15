/**
 * How cost grows with the stack: `pulumi preview` and `pulumi refresh` of stacks of 100, 300 and
 * 1,000 Batch resources (half pools with 0 nodes, half job schedules; bench/fixtures/stack-100),
 * against the emulator (fast timings), printing time per resource and the peak memory of the
 * dynamic-provider process, so a user can see whether the cost is linear. Each stack is created
 * with `up` first (its figures are printed too). The same stacks on a do-nothing dynamic provider
 * run beside them, so growth that comes from the engine itself is told apart from growth of ours
 * (`up` of 1,000 resources costs ~3x per resource what 100 cost on the do-nothing provider too).
 *
 * Run after a build: `node dist/bench/growth.js [sizes...]` (default 100 300 1000; `--quick` in
 * `run.ts` uses 4 and 8).
 */
import { PulumiTestStack, startTestEmulator } from "../test/e2e/harness";
import { stackProject } from "./stackProject";
import { samplePeakMemory } from "./processPeak";
import { runStackCommand, STACK_COMMANDS, type StackCommand } from "./stackCommand";
import { isQuick, recordFigure } from "./report";

type Kind = "batch" | "noop";
type Figures = Record<StackCommand, { ms: number; mb: number }>;

async function measure(size: number, kind: Kind): Promise<Figures> {
  const emu = await startTestEmulator();
  const project = stackProject();
  let stack: PulumiTestStack | undefined;
  try {
    stack = await PulumiTestStack.create(
      project.stackOptions({ emu, kind, pairs: size / 2, prefix: `g${size}`, timeoutMs: 60 * 60_000 }),
    );
    const out = {} as Figures;
    for (const command of STACK_COMMANDS) {
      const sampler = samplePeakMemory("cmd/dynamic-provider");
      const result = await runStackCommand(stack, command);
      out[command] = { ms: result.durationMs, mb: sampler.stop() };
    }
    return out;
  } finally {
    await stack?.dispose();
    project.dispose();
    await emu.stop();
  }
}

async function main(): Promise<void> {
  const args = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const sizes = args.length ? args : isQuick() ? [4, 8] : [100, 300, 1000];
  const rows: { size: number; figures: Figures; baseline: Figures }[] = [];
  for (const size of sizes) {
    // The same stack on the do-nothing provider beside it: what the engine itself costs at that size.
    const baseline = await measure(size, "noop");
    const figures = await measure(size, "batch");
    rows.push({ size, figures, baseline });
    for (const command of STACK_COMMANDS) {
      recordFigure(`growth.${command}.${size}.msPerResource`, figures[command].ms / size, "ms");
      recordFigure(`growth.${command}.${size}.providerPeakMB`, figures[command].mb, "MB");
      recordFigure(`growth.${command}.${size}.noop.msPerResource`, baseline[command].ms / size, "ms");
      recordFigure(
        `growth.${command}.${size}.vsNoop.ratio`,
        figures[command].ms / baseline[command].ms,
        "ratio",
      );
    }
  }
  console.log(
    "resources  command   total s   ms/resource   provider peak MB   do-nothing: ms/resource   peak MB   ratio",
  );
  for (const { size, figures, baseline } of rows)
    for (const command of STACK_COMMANDS) {
      const f = figures[command];
      const b = baseline[command];
      console.log(
        `${String(size).padStart(9)}  ${command.padEnd(8)} ${(f.ms / 1000).toFixed(1).padStart(8)} ${(f.ms / size).toFixed(1).padStart(13)} ${f.mb.toFixed(0).padStart(18)} ${(b.ms / size).toFixed(1).padStart(25)} ${b.mb.toFixed(0).padStart(9)} ${(f.ms / b.ms).toFixed(2).padStart(7)}`,
      );
    }
  // Linear cost means a flat time per resource: compare the largest stack with the smallest.
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (rows.length > 1)
    for (const command of ["preview", "refresh"] as const) {
      const growth = last.figures[command].ms / last.size / (first.figures[command].ms / first.size);
      recordFigure(`growth.${command}.perResourceRatio.${last.size}vs${first.size}`, growth, "ratio");
      console.log(
        `${command}: time per resource at ${last.size} is ${growth.toFixed(2)}x that at ${first.size} (1.0 = linear; fixed costs amortised make it < 1)`,
      );
    }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
