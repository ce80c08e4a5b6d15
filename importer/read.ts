/**
 * Reading the selected objects from the account: named ones by GET, whole kinds by a (filtered)
 * list. One progress line per object read; an object that cannot be read is recorded with the
 * reason and the others are still read, so one bad id never loses the rest of the import.
 */
import type { BatchClient } from "../provider/client";
import { BatchError } from "../provider/client/errors";
import type { AccountSnapshot, ObjectKind } from "./model";
import { kindLabel } from "./readme";

/** What to read. */
export interface Selection {
  pools: string[];
  jobSchedules: string[];
  certificates: string[];
  allPools: boolean;
  allJobSchedules: boolean;
  allCertificates: boolean;
  /** OData `$filter` for the lists. */
  filter?: string;
}

/** The reason in a failure line: the service's code and message, never a request body. */
export function reasonOf(e: unknown): string {
  if (e instanceof BatchError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

/** Reads the selection; `progress` receives one line per object (and per failure). */
export async function readAccount(
  client: BatchClient,
  endpoint: string,
  sel: Selection,
  progress: (line: string) => void,
): Promise<AccountSnapshot> {
  const snap: AccountSnapshot = { endpoint, pools: [], jobSchedules: [], certificates: [], failures: [] };
  const fail = (kind: ObjectKind, id: string, e: unknown) => {
    const message = reasonOf(e);
    snap.failures.push({ kind, id, message });
    progress(`✗ ${kindLabel(kind)} ${id}: ${message}`);
  };
  const ok = (kind: ObjectKind, id: string, detail: string) =>
    progress(`✓ read ${kindLabel(kind)} ${id}${detail}`);

  async function each<T>(
    kind: ObjectKind,
    all: boolean,
    ids: string[],
    list: () => AsyncIterable<T>,
    get: (id: string) => Promise<T>,
    idOf: (t: T) => string,
    into: T[],
    detail: (t: T) => string,
  ): Promise<void> {
    const seen = new Set<string>();
    const add = (t: T) => {
      const id = idOf(t);
      if (seen.has(id.toLowerCase())) return;
      seen.add(id.toLowerCase());
      into.push(t);
      ok(kind, id, detail(t));
    };
    if (all) {
      try {
        for await (const t of list()) add(t);
      } catch (e) {
        fail(kind, `(list of ${kindLabel(kind)}s)`, e);
      }
    }
    for (const id of ids) {
      if (seen.has(id.toLowerCase())) continue;
      try {
        add(await get(id));
      } catch (e) {
        fail(kind, id, e);
      }
    }
  }

  const filter = sel.filter;
  await each(
    "certificate",
    sel.allCertificates,
    sel.certificates,
    () => client.certificates.list({ filter }),
    async (t) => (await client.certificates.get(t)).body,
    (c) => c.thumbprint.toUpperCase(),
    snap.certificates,
    (c) => ` (${c.state ?? "unknown state"})`,
  );
  await each(
    "pool",
    sel.allPools,
    sel.pools,
    () => client.pools.list({ filter }),
    async (id) => (await client.pools.get(id)).body,
    (p) => p.id ?? "",
    snap.pools,
    (p) =>
      ` (${p.state ?? "?"}, ${p.currentDedicatedNodes ?? 0}+${p.currentLowPriorityNodes ?? 0} nodes${p.enableAutoScale ? ", autoscale" : ""})`,
  );
  await each(
    "jobSchedule",
    sel.allJobSchedules,
    sel.jobSchedules,
    () => client.jobSchedules.list({ filter }),
    async (id) => (await client.jobSchedules.get(id)).body,
    (j) => j.id ?? "",
    snap.jobSchedules,
    (j) => ` (${j.state ?? "?"})`,
  );
  return snap;
}
