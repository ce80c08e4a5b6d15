/**
 * Compares a stack's checkpoint with the objects the emulator holds: which declared objects are
 * lost (in state, not in the account), which are duplicated or orphaned (in the account, not in
 * state), and whether the state's outputs are the live objects' (ETag, the declared values).
 */
import type { BatchClient } from "../../../provider/client";
import type { PulumiTestStack } from "../harness";
import { listAll } from "../helpers/cli";
import { DECLARED } from "./program";

/** The resource kinds of the fault program, by the suffix of their type token. */
export const KINDS = ["Pool", "JobSchedule", "Certificate"] as const;
/** One of {@link KINDS}. */
export type Kind = (typeof KINDS)[number];

/** The outcome of {@link inventory}: empty lists mean state and account agree. */
export interface Inventory {
  /** `Kind id` in state but not in the account. */
  lost: string[];
  /** `Kind id` in the account but not in state (a second copy, or one the stack forgot). */
  duplicated: string[];
  /** `Kind id: what differs` between state outputs and the live object. */
  mismatched: string[];
}

interface StateResource {
  type: string;
  id?: string;
  outputs?: Record<string, unknown>;
}

/** Reads the checkpoint and the account and compares them (see the module comment). */
export async function inventory(
  stack: PulumiTestStack,
  client: BatchClient,
  step: keyof typeof DECLARED,
): Promise<Inventory> {
  const exported = await stack.exportState();
  const resources = (exported.deployment.resources ?? []) as unknown as StateResource[];
  const inState = (kind: Kind) => resources.filter((r) => r.type.endsWith(`:${kind}`));
  const [pools, schedules, certs] = await Promise.all([
    listAll(client.pools.list()),
    listAll(client.jobSchedules.list()),
    listAll(client.certificates.list()),
  ]);
  const live: Record<Kind, Map<string, { eTag?: string; detail: string }>> = {
    Pool: new Map(
      pools.map((p) => [p.id as string, { eTag: p.eTag, detail: p.startTask?.commandLine ?? "" }]),
    ),
    JobSchedule: new Map(
      schedules.map((s) => [s.id as string, { eTag: s.eTag, detail: s.schedule?.recurrenceInterval ?? "" }]),
    ),
    // The provider waits for deletes to finish, so a `deleting` copy left behind counts too.
    Certificate: new Map(
      certs.map((c) => [`sha1-${(c.thumbprint ?? "").toUpperCase()}`, { detail: c.state ?? "" }]),
    ),
  };
  const expected: Record<Kind, string> = {
    Pool: DECLARED[step].commandLine,
    JobSchedule: DECLARED[step].recurrenceInterval,
    Certificate: "active",
  };
  const out: Inventory = { lost: [], duplicated: [], mismatched: [] };
  for (const kind of KINDS) {
    const stateIds = new Set<string>();
    for (const r of inState(kind)) {
      const id = r.id ?? "";
      stateIds.add(id);
      const object = live[kind].get(id);
      if (!object) {
        out.lost.push(`${kind} ${id}`);
        continue;
      }
      if (object.detail !== expected[kind])
        out.mismatched.push(`${kind} ${id}: ${object.detail} ≠ ${expected[kind]}`);
      const stateETag = r.outputs?.eTag;
      if (object.eTag !== undefined && stateETag !== object.eTag)
        out.mismatched.push(`${kind} ${id}: state eTag ${String(stateETag)} ≠ live ${object.eTag}`);
    }
    for (const id of live[kind].keys()) if (!stateIds.has(id)) out.duplicated.push(`${kind} ${id}`);
  }
  return out;
}

/** Counts of the live objects of each kind (for a destroyed stack: all zero). */
export async function liveCounts(client: BatchClient): Promise<Record<Kind, number>> {
  return {
    Pool: (await listAll(client.pools.list())).length,
    JobSchedule: (await listAll(client.jobSchedules.list())).length,
    Certificate: (await listAll(client.certificates.list())).length,
  };
}
