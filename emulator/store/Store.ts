/**
 * Storage interface of the emulator: entities per account and kind, keyed case-insensitively
 * (Batch ids are case-preserving and case-insensitive).
 */

/** The collections the emulator stores. Nodes live inside their pool entity. */
export type Kind = "pools" | "jobSchedules" | "jobs" | "certificates";

/** A stored object: its wire properties plus internal bookkeeping fields prefixed with `_`. */
export type Entity = Record<string, unknown>;

/** Persistence boundary of the emulator. Implementations: {@link MemoryStore}, {@link FileStore}. */
export interface Store {
  /** The entity with this key (case-insensitive), or undefined. */
  get(account: string, kind: Kind, key: string): Entity | undefined;
  /** Inserts or replaces an entity (marks the store dirty). */
  put(account: string, kind: Kind, key: string, entity: Entity): void;
  /** Removes an entity; true if it existed. */
  delete(account: string, kind: Kind, key: string): boolean;
  /** All entities of a kind, ordered by key. */
  list(account: string, kind: Kind): Entity[];
  /** Marks an entity changed in place (handlers mutate entities then call this). */
  touch(): void;
  /**
   * A counter bumped by every change (put, delete, touch, clear). Caches of views derived from
   * stored entities (the serialized GET bodies) are valid while it stays the same.
   */
  readonly version: number;
  /** Removes everything. */
  clear(): void;
  /** Persists pending changes durably before the response is sent (no-op in memory). */
  commit(): void;
  /** Flushes and releases resources. */
  close(): Promise<void>;
}

/** Normalizes an id into a store key. */
export function storeKey(id: string): string {
  return id.toLowerCase();
}
