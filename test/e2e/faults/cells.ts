/**
 * The fault matrix's vocabulary and its phase runner: which writes each phase makes per resource
 * kind, the faults, and `runPhase`, which injects one fault into every write of a phase, runs
 * `pulumi up` (or `destroy`), reruns once without refresh when the first run fails, and reports
 * per kind how it converged.
 */
import type { CliResult } from "../harness";
import type { Fault, ProxyRule } from "../helpers/faultProxy";
import { inventory, KINDS, liveCounts, type Kind } from "./inventory";
import type { FaultWorld } from "./world";

/** A phase of a resource's life: what `pulumi up`/`destroy` does to it. */
export type PhaseName = "create" | "update" | "delete";

/** The REST operations each phase makes per kind; the fault hits each of them once. */
export const PHASE_OPERATIONS: Record<PhaseName, Record<Kind, string[]>> = {
  create: {
    Pool: ["Pools_CreatePool"],
    JobSchedule: ["JobSchedules_CreateJobSchedule"],
    Certificate: ["Certificates_CreateCertificate"],
  },
  update: {
    Pool: ["Pools_UpdatePool"],
    JobSchedule: ["JobSchedules_UpdateJobSchedule"],
    // Certificates are immutable: an update is a replacement (add the new one, delete the old one).
    Certificate: ["Certificates_CreateCertificate", "Certificates_DeleteCertificate"],
  },
  delete: {
    Pool: ["Pools_DeletePool"],
    JobSchedule: ["JobSchedules_DeleteJobSchedule"],
    Certificate: ["Certificates_DeleteCertificate"],
  },
};

/** A fault of the matrix: its name, what the proxy does, and on how many attempts in a row. */
export interface MatrixFault {
  name: string;
  fault: Fault;
  times: number;
  /**
   * Run each phase in a stack of its own (earlier phases unfaulted), side by side: for faults
   * that cost a full client timeout per phase, so the file stays within its time budget.
   */
  perPhase?: boolean;
}

/**
 * The faults. The client retries 4 attempts, so two 429/503 in a row must be absorbed; a hang
 * outlasts the client's 60 s request timeout once.
 */
export const MATRIX_FAULTS: MatrixFault[] = [
  { name: "429 Retry-After", fault: { kind: "status", status: 429, retryAfterSeconds: 1 }, times: 2 },
  { name: "503 Retry-After", fault: { kind: "status", status: 503, retryAfterSeconds: 1 }, times: 2 },
  { name: "500", fault: { kind: "status", status: 500 }, times: 1 },
  { name: "reset before forwarding", fault: { kind: "reset" }, times: 1 },
  { name: "slow 5 s", fault: { kind: "slow", delayMs: 5000 }, times: 1 },
  { name: "hang past the client timeout", fault: { kind: "hang" }, times: 1, perPhase: true },
  { name: "lost response", fault: { kind: "lostResponse" }, times: 1 },
];

/** How one cell (fault × phase × kind) ended. */
export interface CellResult {
  fault: string;
  phase: PhaseName;
  kind: Kind;
  /** `first`: the first command converged; `rerun`: the rerun did; `failed`: neither. */
  converged: "first" | "rerun" | "failed";
  /** Whether the fault was really injected into this kind's writes. */
  injected: boolean;
  lost: number;
  duplicated: number;
  mismatched: string[];
  /** The error the first command printed for this kind, when it failed. */
  firstError?: string;
}

/** The error lines the CLI printed per resource kind (its Diagnostics section). */
export function errorsByKind(result: CliResult): Partial<Record<Kind, string>> {
  const out: Partial<Record<Kind, string>> = {};
  const text = result.stdout + result.stderr;
  const re = /batch:(Pool|JobSchedule|Certificate) \([^)]*\):\n((?:\s+.*\n?)+?)(?=\S|\s*$)/g;
  for (const m of text.matchAll(re)) {
    const lines = m[2].split("\n").map((l) => l.trim());
    const error = lines.find((l) => l.startsWith("error:"));
    if (error) out[m[1] as Kind] = error;
  }
  return out;
}

/** Runs one phase under `fault` and returns a result per kind (see the module comment). */
export async function runPhase(world: FaultWorld, mf: MatrixFault, phase: PhaseName): Promise<CellResult[]> {
  const { stack, proxy, client } = world;
  if (phase === "update") await stack.setConfig({ "faults:step": "v2" });
  const rules: ProxyRule[] = KINDS.flatMap((kind) =>
    PHASE_OPERATIONS[phase][kind].map((operation) => ({ operation, fault: mf.fault, times: mf.times })),
  );
  const seen = proxy.events.length;
  proxy.addRules(...rules);
  const command = () =>
    phase === "delete" ? stack.destroy({ allowFailure: true }) : stack.up({ allowFailure: true });
  const first = await command();
  const failedFirst = first.code === 0 ? {} : errorsByKind(first);
  let converged: "first" | "rerun" | "failed" = first.code === 0 ? "first" : "rerun";
  // A rerun must succeed on its own: leftover rules would fault it again.
  proxy.clearRules();
  if (first.code !== 0 && (await command()).code !== 0) converged = "failed";
  const events = proxy.events.slice(seen);

  const results: CellResult[] = [];
  const step = phase === "create" ? "v1" : "v2";
  // After a destroy the same comparison holds: nothing in state, nothing left in the account.
  const { lost, duplicated, mismatched } = await inventory(stack, client, step);
  if (phase === "delete") {
    const counts = await liveCounts(client);
    for (const k of KINDS) if (counts[k] > 0) mismatched.push(`${k}: ${counts[k]} left after destroy`);
  } else if (converged !== "failed") {
    const preview = await stack.preview({ expectNoChanges: true, allowFailure: true });
    if (preview.code !== 0) mismatched.push("preview --expect-no-changes reports changes");
  }
  for (const kind of KINDS) {
    const ops = PHASE_OPERATIONS[phase][kind];
    const mine = (s: string) => s.startsWith(`${kind} `) || s.startsWith(`${kind}:`);
    results.push({
      fault: mf.name,
      phase,
      kind,
      // A failed first run is charged to the kinds it names (all of them when it names none).
      converged:
        converged === "rerun" && Object.keys(failedFirst).length > 0 && failedFirst[kind] === undefined
          ? "first"
          : converged,
      injected: ops.every((op) => events.some((e) => e.operation === op && e.fault === mf.fault.kind)),
      lost: lost.filter(mine).length,
      duplicated: duplicated.filter(mine).length,
      mismatched: mismatched.filter((m) => mine(m) || !KINDS.some((k) => m.includes(k))),
      firstError: failedFirst[kind],
    });
  }
  return results;
}
