/**
 * The pool state machine, evaluated lazily from timestamps on every read (deterministic, no timers):
 * allocation resizing/stopping → steady (nodes join, then starting → idle), deleting → gone.
 * Automatic transitions do not change the pool's ETag: the spec's lastModified covers only
 * pool-level data changed by requests.
 */
import type { Timings } from "../config";
import { iso } from "../etag";
import type { Entity } from "../store/Store";

/** A compute node as stored inside its pool. */
export interface NodeRecord {
  id: string;
  isDedicated: boolean;
  /** Epoch ms the node joined. */
  allocatedAt: number;
  /** Epoch ms the node becomes idle. */
  readyAt: number;
  /** Sequence number: gives the node a stable IP and remote-login port. */
  seq: number;
  /** Selected for removal (removenodes / shrinking resize). */
  leaving?: boolean;
  /** A transition started by a node operation (reboot, reimage, deallocate, start): see model/nodes.ts. */
  phase?: NodePhase;
  /** Epoch ms of the last boot when it was not the allocation (reboot, reimage, start). */
  bootAt?: number;
  /** Task scheduling disabled (disablescheduling). */
  schedulingDisabled?: boolean;
  /** Accounts added with POST .../users (never with their password). */
  users?: NodeUser[];
  /** Node files deleted through the API ("/"-separated paths). */
  deleted?: string[];
  /** The start task's command line when the node joined (it runs on join and on every boot). */
  startCommand?: string;
}

/** A node state set by a node operation: `state` from `since`, then `next` from `until`. */
export interface NodePhase {
  state: "rebooting" | "reimaging" | "deallocating" | "deallocated" | "starting";
  since: number;
  until?: number;
  next?: "idle" | "deallocated";
}

/** A user account on a node (BatchNodeUserCreateOptions without the password). */
export interface NodeUser {
  name: string;
  isAdmin: boolean;
  expiryTime: string;
  hasPassword: boolean;
  sshPublicKey?: string;
}

/** Outcome of advancing an entity's state machine to `now`. */
export type Advance = "same" | "changed" | "gone";

/** The pool's nodes (stored in `_nodes`). */
export function nodesOf(pool: Entity): NodeRecord[] {
  if (!Array.isArray(pool._nodes)) pool._nodes = [];
  return pool._nodes as NodeRecord[];
}

/** Starts an allocation (resize) that completes after the configured time. */
export function startAllocation(
  pool: Entity,
  now: number,
  ms: number,
  state: "resizing" | "stopping" = "resizing",
): void {
  pool.allocationState = state;
  pool.allocationStateTransitionTime = iso(now);
  pool._allocEndsAt = now + ms;
}

function nodeId(pool: Entity, seq: number, dedicated: boolean): string {
  const hex = (Number(pool._idHash ?? 0) + seq * 2654435761).toString(16).slice(-8).padStart(8, "0");
  return `tvmps_${hex}${seq.toString(16).padStart(8, "0")}_${dedicated ? "d" : "p"}`;
}

function reconcile(pool: Entity, at: number, t: Timings): void {
  const startCommand = (pool.startTask as { commandLine?: unknown } | undefined)?.commandLine;
  let nodes = nodesOf(pool).filter((n) => !n.leaving);
  for (const dedicated of [true, false]) {
    const target = Number(dedicated ? pool.targetDedicatedNodes : pool.targetLowPriorityNodes) || 0;
    let mine = nodes.filter((n) => n.isDedicated === dedicated);
    while (mine.length > target) {
      const drop = mine[mine.length - 1];
      nodes = nodes.filter((n) => n !== drop);
      mine = mine.slice(0, -1);
    }
    for (let k = mine.length; k < target; k++) {
      const seq = (Number(pool._nodeSeq) || 0) + 1;
      pool._nodeSeq = seq;
      nodes.push({
        id: nodeId(pool, seq, dedicated),
        isDedicated: dedicated,
        allocatedAt: at,
        readyAt: at + t.nodeStartMs,
        seq,
        ...(typeof startCommand === "string" ? { startCommand } : {}),
      });
    }
  }
  pool._nodes = nodes;
}

/** Recomputes currentDedicatedNodes / currentLowPriorityNodes from the node list. */
export function countNodes(pool: Entity): void {
  const nodes = nodesOf(pool);
  pool.currentDedicatedNodes = nodes.filter((n) => n.isDedicated).length;
  pool.currentLowPriorityNodes = nodes.filter((n) => !n.isDedicated).length;
}

/** Advances the pool to `now`. */
export function advancePool(pool: Entity, now: number, t: Timings): Advance {
  if (pool.state === "deleting" && now >= Number(pool._deleteEndsAt)) return "gone";
  if (pool.allocationState === "steady" || pool._allocEndsAt === undefined || now < Number(pool._allocEndsAt))
    return "same";
  const at = Number(pool._allocEndsAt);
  if (pool.state === "deleting") {
    pool._nodes = [];
  } else if (pool.allocationState === "stopping") {
    for (const n of nodesOf(pool)) delete n.leaving;
    pool.resizeErrors = [
      {
        code: "ResizeStopped",
        message:
          "Desired number of dedicated nodes could not be allocated as resize operation was stopped by user",
      },
    ];
  } else {
    reconcile(pool, at, t);
  }
  countNodes(pool);
  pool.allocationState = "steady";
  pool.allocationStateTransitionTime = iso(at);
  delete pool._allocEndsAt;
  return "changed";
}
