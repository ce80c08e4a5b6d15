import { type Entity, type Kind, type Store, storeKey } from "./Store";

/** Serializable snapshot: account → kind → key → entity. */
export type Snapshot = Record<string, Partial<Record<Kind, Record<string, Entity>>>>;

/** In-memory store (the default when no dataDir is given). */
export class MemoryStore implements Store {
  protected data = new Map<string, Map<Kind, Map<string, Entity>>>();
  protected dirty = false;
  private changes = 0;

  /** See {@link Store.version}. */
  get version(): number {
    return this.changes;
  }

  private bucket(account: string, kind: Kind): Map<string, Entity> {
    let acc = this.data.get(account);
    if (!acc) this.data.set(account, (acc = new Map()));
    let b = acc.get(kind);
    if (!b) acc.set(kind, (b = new Map()));
    return b;
  }

  get(account: string, kind: Kind, key: string): Entity | undefined {
    return this.data.get(account)?.get(kind)?.get(storeKey(key));
  }

  put(account: string, kind: Kind, key: string, entity: Entity): void {
    this.bucket(account, kind).set(storeKey(key), entity);
    this.dirty = true;
    this.changes++;
  }

  delete(account: string, kind: Kind, key: string): boolean {
    const ok = this.data.get(account)?.get(kind)?.delete(storeKey(key)) ?? false;
    if (ok) {
      this.dirty = true;
      this.changes++;
    }
    return ok;
  }

  list(account: string, kind: Kind): Entity[] {
    const b = this.data.get(account)?.get(kind);
    if (!b) return [];
    return [...b.keys()].sort().map((k) => b.get(k) as Entity);
  }

  touch(): void {
    this.dirty = true;
    this.changes++;
  }

  clear(): void {
    this.data.clear();
    this.dirty = true;
    this.changes++;
  }

  commit(): void {
    this.dirty = false;
  }

  async close(): Promise<void> {
    this.commit();
  }

  /** A plain-JSON copy of everything stored. */
  snapshot(): Snapshot {
    const out: Snapshot = {};
    for (const [account, kinds] of this.data) {
      const a: Partial<Record<Kind, Record<string, Entity>>> = (out[account] = {});
      for (const [kind, items] of kinds) a[kind] = Object.fromEntries(items);
    }
    return out;
  }

  /** Replaces everything with a snapshot. */
  protected restore(s: Snapshot): void {
    this.data.clear();
    this.changes++;
    for (const [account, kinds] of Object.entries(s)) {
      for (const [kind, items] of Object.entries(kinds)) {
        const b = this.bucket(account, kind as Kind);
        for (const [k, v] of Object.entries(items ?? {})) b.set(k, v);
      }
    }
  }
}
