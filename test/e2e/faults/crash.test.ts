/**
 * Crashes through the real Pulumi CLI: SIGINT (Ctrl+C) and SIGKILL of `pulumi up` while a create
 * or an update is in flight (the proxy holds the writes 4 s to open the window), and SIGKILL of
 * the emulator (a child process with a data directory) right after a write reached it, then a
 * restart on the same data. Each scenario must converge with Pulumi's standard commands, run only
 * when the failing output names them (see recover.ts), with 0 objects lost or duplicated, state
 * equal to the live objects and `preview --expect-no-changes` passing.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { waitUntil } from "../helpers/cli";
import type { ProxyRule } from "../helpers/faultProxy";
import { PHASE_OPERATIONS, type PhaseName } from "./cells";
import { inventory, KINDS, liveCounts } from "./inventory";
import { startCommand, startEmulatorProcess, type EmulatorProcess } from "./processes";
import { recover, type PendingCreates } from "./recover";
import { startFaultWorld, type FaultWorld } from "./world";
import { THUMBPRINTS } from "../../unit/certificate/fixtures";

jest.setTimeout(10 * 60_000);

/** The first write of each kind in a phase (for an update: the pool and schedule PATCH, the new certificate's add). */
function firstWrites(phase: PhaseName): string[] {
  return KINDS.map((k) => PHASE_OPERATIONS[phase][k][0]);
}

/** Provider ids of the program's resources, by kind, at `step`. */
function idsOf(world: FaultWorld, step: "v1" | "v2"): Record<string, string> {
  const thumbprint = step === "v1" ? THUMBPRINTS.rsa : THUMBPRINTS.rsa2;
  return { Pool: world.poolId, JobSchedule: world.scheduleId, Certificate: `sha1-${thumbprint}` };
}

/** Asserts the converged end state: state = account, nothing lost or duplicated, no pending change. */
async function expectConverged(world: FaultWorld, step: "v1" | "v2"): Promise<void> {
  expect(await inventory(world.stack, world.client, step)).toEqual({
    lost: [],
    duplicated: [],
    mismatched: [],
  });
  await world.stack.preview({ expectNoChanges: true });
}

const report: string[] = [];
afterAll(() => console.log(`crash scenarios\n${report.join("\n")}`));

describe("pulumi up interrupted mid-operation", () => {
  const cases: Array<[string, NodeJS.Signals, PhaseName, PendingCreates | "rerun"]> = [
    ["SIGINT mid-create", "SIGINT", "create", "rerun"],
    ["SIGINT mid-update", "SIGINT", "update", "rerun"],
    [
      "SIGKILL mid-create, plain rerun (takes over what the killed run created)",
      "SIGKILL",
      "create",
      "rerun",
    ],
    ["SIGKILL mid-create, refresh --import-pending-creates", "SIGKILL", "create", "import"],
    ["SIGKILL mid-create, refresh --clear-pending-creates", "SIGKILL", "create", "clear"],
    ["SIGKILL mid-update", "SIGKILL", "update", "rerun"],
  ];
  test.concurrent.each(cases)("%s", async (name, signal, phase, pending) => {
    const world = await startFaultWorld();
    try {
      if (phase === "update") {
        await world.stack.up();
        await world.stack.setConfig({ "faults:step": "v2" });
      }
      const step = phase === "create" ? "v1" : "v2";
      const writes = firstWrites(phase);
      world.proxy.addRules(
        ...writes.map((operation): ProxyRule => ({ operation, fault: { kind: "slow", delayMs: 4000 } })),
      );
      const seen = world.proxy.events.length;
      const up = startCommand(world.stack, world.env, ["up", "--yes", "--skip-preview"]);
      // Interrupt once every kind's write is in flight.
      await waitUntil(
        async () => world.proxy.events.slice(seen).filter((e) => e.fault === "slow").length === writes.length,
        120_000,
      );
      up.signal(signal);
      const interrupted = await up.done;
      const ran = await recover(world.stack, { pending, ids: idsOf(world, step) });
      report.push(
        `${name}: interrupted up exited ${interrupted.code ?? "by signal"}; then ${ran.join(" → ")}`,
      );
      if (process.env.E2E_DEBUG)
        console.log(
          world.stack.history.map((h) => `${h.command}\n${h.stdout}\n${h.stderr}`).join("\n----\n"),
        );
      await expectConverged(world, step);
    } finally {
      await world.dispose();
    }
  });
});

describe("emulator killed with SIGKILL mid-write, restarted on its data directory", () => {
  const phases: PhaseName[] = ["create", "update", "delete"];
  test("create, update, delete", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "faults-emulator-"));
    let emulator: EmulatorProcess | undefined = await startEmulatorProcess(dataDir);
    let world: FaultWorld | undefined;
    try {
      world = await startFaultWorld({ upstream: { url: emulator.url } });
      const w = world;
      let restarts = 0;
      let armed = false;
      w.proxy.onForwarded(() => {
        if (!armed) return;
        armed = false;
        void (async () => {
          await emulator?.kill9();
          emulator = await startEmulatorProcess(dataDir);
          await w.setUpstream(emulator.url);
          restarts++;
        })();
      });
      for (const phase of phases) {
        if (phase === "update") await w.stack.setConfig({ "faults:step": "v2" });
        // Only the pool's write kills the emulator; the other kinds' writes in flight die with it.
        w.proxy.addRules({ operation: PHASE_OPERATIONS[phase].Pool[0], fault: { kind: "mark" } });
        armed = true;
        const before = restarts;
        const first =
          phase === "delete"
            ? await w.stack.destroy({ allowFailure: true })
            : await w.stack.up({ allowFailure: true });
        await waitUntil(async () => restarts > before, 60_000);
        const ran =
          first.code === 0
            ? ["(first run converged)"]
            : await recover(w.stack, {
                command: phase === "delete" ? "destroy" : "up",
                pending: "import",
                ids: idsOf(w, phase === "create" ? "v1" : "v2"),
              });
        report.push(
          `emulator kill -9 mid-${phase}: first ${first.code === 0 ? "ok" : "failed"}; ${ran.join(" → ")}`,
        );
        if (phase === "delete") {
          expect(await liveCounts(w.client)).toEqual({ Pool: 0, JobSchedule: 0, Certificate: 0 });
          expect(await inventory(w.stack, w.client, "v2")).toEqual({
            lost: [],
            duplicated: [],
            mismatched: [],
          });
        } else await expectConverged(w, phase === "create" ? "v1" : "v2");
      }
      expect(restarts).toBe(3);
    } finally {
      await world?.dispose();
      await emulator?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
