/**
 * The fault matrix through the real Pulumi CLI: every fault of `MATRIX_FAULTS` × create, update
 * and delete × Pool, JobSchedule and Certificate. One test per fault, each with its own emulator,
 * fault proxy and stack holding one resource of each kind, so one `pulumi up` faults all three
 * kinds at once and the seven tests run side by side.
 *
 * Each cell asserts: the fault was injected; `up`/`destroy` converged (on the first run, or on a
 * rerun without refresh); 0 objects lost, 0 duplicated; the state's outputs are the live objects'
 * (ETag, declared values) and `preview --expect-no-changes` passes. The figures are printed at
 * the end (and written to $FAULT_MATRIX_REPORT when set).
 */
import * as fs from "fs";
import { MATRIX_FAULTS, runPhase, type CellResult, type MatrixFault, type PhaseName } from "./cells";
import { startFaultWorld } from "./world";

jest.setTimeout(12 * 60_000);

const results: CellResult[] = [];
const started = Date.now();

afterAll(() => {
  const count = (f: (r: CellResult) => boolean) => results.filter(f).length;
  const figures = {
    cells: results.length,
    convergedFirstRun: count((r) => r.converged === "first"),
    convergedAfterRerun: count((r) => r.converged === "rerun"),
    failed: count((r) => r.converged === "failed"),
    lost: results.reduce((n, r) => n + r.lost, 0),
    duplicated: results.reduce((n, r) => n + r.duplicated, 0),
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const rows = results.map(
    (r) =>
      `${r.fault.padEnd(30)} ${r.phase.padEnd(7)} ${r.kind.padEnd(12)} ${r.converged.padEnd(7)}` +
      ` injected=${r.injected} lost=${r.lost} dup=${r.duplicated}` +
      (r.mismatched.length ? ` mismatched=${r.mismatched.join("; ")}` : "") +
      (r.firstError ? ` first: ${r.firstError}` : ""),
  );
  console.log(`fault matrix\n${rows.join("\n")}\n${JSON.stringify(figures)}`);
  if (process.env.FAULT_MATRIX_REPORT)
    fs.writeFileSync(process.env.FAULT_MATRIX_REPORT, JSON.stringify({ figures, results }, null, 2));
});

const PHASES: PhaseName[] = ["create", "update", "delete"];

/** The tests: one per fault (all three phases in one stack), or one per phase when `perPhase`. */
const TESTS: Array<[string, MatrixFault, PhaseName[]]> = MATRIX_FAULTS.flatMap(
  (mf): Array<[string, MatrixFault, PhaseName[]]> =>
    mf.perPhase
      ? PHASES.map((phase): [string, MatrixFault, PhaseName[]] => [`${mf.name} × ${phase}`, mf, [phase]])
      : [[`${mf.name} × create/update/delete`, mf, PHASES]],
);

describe("fault matrix (real Pulumi CLI, fault proxy in front of the emulator)", () => {
  test.concurrent.each(TESTS)("%s × Pool/JobSchedule/Certificate", async (_name, mf, faulted) => {
    const world = await startFaultWorld();
    try {
      for (const phase of PHASES.slice(0, PHASES.indexOf(faulted[faulted.length - 1]) + 1)) {
        if (!faulted.includes(phase)) {
          // Set-up of a later phase's cell, without faults.
          if (phase === "update") await world.stack.setConfig({ "faults:step": "v2" });
          await world.stack.up();
          continue;
        }
        const cells = await runPhase(world, mf, phase);
        results.push(...cells);
        for (const cell of cells) {
          expect(cell).toMatchObject({
            injected: true,
            converged: expect.stringMatching(/^(first|rerun)$/),
            lost: 0,
            duplicated: 0,
            mismatched: [],
          });
        }
      }
    } finally {
      await world.dispose();
    }
  });
});
