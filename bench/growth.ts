/**
 * How cost grows with the stack: `pulumi preview` and `pulumi refresh` of stacks of 100, 300 and
 * 1,000 Batch resources (half pools with 0 nodes, half job schedules; bench/fixtures/stack-100),
 * against the emulator (fast timings), printing time per resource and the peak memory of the
 * dynamic-provider process, so a user can see whether the cost is linear. Each stack is created
 * with `up` first (its figures are printed too).
 *
 * Run after a build: `node dist/bench/growth.js [sizes...]` (default 100 300 1000; `--quick` in
 * `run.ts` uses 4 and 8).
 */
import { compiledProgram, emulatorEnv, PulumiTestStack, startTestEmulator } from "../test/e2e/harness";
import { samplePeakMemory } from "./processPeak";
import { runStackCommand, STACK_COMMANDS, type StackCommand } from "./stackCommand";
import { isQuick, recordFigure } from "./report";

async function measure(size: number): Promise<Record<StackCommand, { ms: number; mb: number }>> {
  const emu = await startTestEmulator();
  const stack = await PulumiTestStack.create({
    program: compiledProgram("bench/fixtures/stack-100"),
    project: "stack100",
    stackPrefix: `growth-${size}`,
    config: { "stack100:kind": "batch", "stack100:count": String(size / 2), "stack100:prefix": "g" },
    env: { ...emulatorEnv(emu), AZURE_BATCH_POLL_INTERVAL_MS: "50" },
    timeoutMs: 60 * 60_000,
  });
  try {
    const out = {} as Record<StackCommand, { ms: number; mb: number }>;
    for (const command of STACK_COMMANDS) {
      const sampler = samplePeakMemory("cmd/dynamic-provider");
      const result = await runStackCommand(stack, command);
      out[command] = { ms: result.durationMs, mb: sampler.stop() };
    }
    return out;
  } finally {
    await stack.dispose();
    await emu.stop();
  }
}

async function main(): Promise<void> {
  const args = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const sizes = args.length ? args : isQuick() ? [4, 8] : [100, 300, 1000];
  const rows: { size: number; figures: Awaited<ReturnType<typeof measure>> }[] = [];
  for (const size of sizes) {
    const figures = await measure(size);
    rows.push({ size, figures });
    for (const command of STACK_COMMANDS) {
      recordFigure(`growth.${command}.${size}.msPerResource`, figures[command].ms / size, "ms");
      recordFigure(`growth.${command}.${size}.providerPeakMB`, figures[command].mb, "MB");
    }
  }
  console.log("resources  command   total s   ms/resource   provider peak MB");
  for (const { size, figures } of rows)
    for (const command of STACK_COMMANDS) {
      const f = figures[command];
      console.log(
        `${String(size).padStart(9)}  ${command.padEnd(8)} ${(f.ms / 1000).toFixed(1).padStart(8)} ${(f.ms / size).toFixed(1).padStart(13)} ${f.mb.toFixed(0).padStart(18)}`,
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
