/**
 * Wall time of `pulumi up`, `pulumi preview` and `pulumi refresh` for a stack of 100 resources
 * (50 pools with 0 nodes + 50 job schedules, bench/fixtures/stack-100, beside an installed copy of the
 * package: bench/stackProject.ts) against the emulator (fast
 * timings), next to the same stack shape on a do-nothing dynamic provider, in one run, with the
 * ratio of each (target ≤ 1.1, issue 16: the Batch providers add little over Pulumi's own dynamic-provider
 * cost). The real, pinned CLI runs through the e2e harness (temp file:// backend, offline).
 *
 * Run after a build: `node dist/bench/stack-100.js [pairs]` (default 50 pairs = 100 resources);
 * `BENCH_ROUNDS` runs of each command per stack (default 5), compared by their medians.
 */
import { PulumiTestStack, startTestEmulator } from "../test/e2e/harness";
import { stackProject } from "./stackProject";
import { runStackCommand, STACK_COMMANDS, type StackCommand } from "./stackCommand";
import { isQuick, median, recordFigure } from "./report";

const TARGET_RATIO = 1.1;

async function main(): Promise<void> {
  const pairs = Number(process.argv[2] ?? (isQuick() ? 2 : 50));
  const emu = await startTestEmulator();
  const project = stackProject();
  const stacks: Partial<Record<"noop" | "batch", PulumiTestStack>> = {};
  try {
    for (const kind of ["noop", "batch"] as const) {
      stacks[kind] = await PulumiTestStack.create(
        project.stackOptions({ emu, kind, pairs, prefix: "bench", timeoutMs: 15 * 60_000 }),
      );
    }
    // Single runs of a 1–5 s command swing by ±10% on a shared 2-core machine, so each command runs
    // ROUNDS times per stack, alternating which stack goes first, and the medians are compared.
    const rounds = Number(process.env.BENCH_ROUNDS ?? (isQuick() ? 1 : 5));
    const times: Record<StackCommand, Record<"noop" | "batch", number[]>> = {
      up: { noop: [], batch: [] },
      preview: { noop: [], batch: [] },
      refresh: { noop: [], batch: [] },
    };
    const restCalls: Record<StackCommand, number> = { up: 0, preview: 0, refresh: 0 };
    for (const command of STACK_COMMANDS) {
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? (["noop", "batch"] as const) : (["batch", "noop"] as const);
        for (const kind of order) {
          const stack = stacks[kind] as PulumiTestStack;
          // Every `up` creates the whole stack, so later rounds start from an empty one (not timed).
          if (command === "up" && round > 0) await stack.destroy();
          emu.emulator.clearRequests();
          const result = await runStackCommand(stack, command);
          times[command][kind].push(result.durationMs);
          if (kind === "batch") restCalls[command] = emu.emulator.requests().length;
        }
      }
    }
    const resources = (await (stacks.batch as PulumiTestStack).exportState()).deployment.resources ?? [];
    const managed = resources.filter((r) => String(r.type).startsWith("pulumi-nodejs:dynamic/")).length;
    const shim = (resources.find((r) => String(r.type).endsWith(":Pool"))?.inputs as { __provider?: unknown })
      ?.__provider;
    console.log(`stack: ${managed} Batch resources (${pairs} pools with 0 nodes + ${pairs} job schedules)`);
    console.log(
      `serialized provider in this state: ${typeof shim === "string" ? shim.length : "?"} bytes per copy (an installed copy of the package)`,
    );
    console.log(`medians of ${rounds} run(s) per command and stack, alternating which stack runs first`);
    console.log(
      `command   batch (emulator)   do-nothing provider   ratio   target <= ${TARGET_RATIO}   Batch REST calls`,
    );
    let ok = true;
    for (const command of STACK_COMMANDS) {
      const batch = median(times[command].batch);
      const noop = median(times[command].noop);
      const ratio = batch / noop;
      recordFigure(`stack.${command}.ratio`, ratio, "ratio", `<= ${TARGET_RATIO}`);
      recordFigure(`stack.${command}.batchMs`, batch, "ms");
      recordFigure(`stack.${command}.noopMs`, noop, "ms");
      ok &&= ratio <= TARGET_RATIO;
      console.log(
        `${command.padEnd(9)} ${(batch / 1000).toFixed(2).padStart(8)} s ${(noop / 1000).toFixed(2).padStart(18)} s ${ratio.toFixed(2).padStart(9)}   ${(ratio <= TARGET_RATIO ? "ok" : "over").padEnd(17)} ${restCalls[command]}`,
      );
      console.log(
        `          runs: batch ${times[command].batch.map((t) => (t / 1000).toFixed(2)).join(", ")}; do-nothing ${times[command].noop.map((t) => (t / 1000).toFixed(2)).join(", ")}`,
      );
    }
    console.log(ok ? "all within target" : "some over target");
  } finally {
    for (const stack of Object.values(stacks)) await stack?.dispose();
    project.dispose();
    await emu.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
