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

/** Node state at `now`, derived from its timestamps. */
export function nodeState(pool: Entity, n: NodeRecord, now: number): string {
  if (n.leaving || pool.state === "deleting") return "leavingpool";
  return now < n.readyAt ? "starting" : "idle";
}

/** Remote login endpoint of a node: loopback with a per-node port (like a Batch NAT pool). */
export function remoteLogin(pool: Entity, n: NodeRecord): { ip: string; port: number; backendPort: number } {
  const vmc = pool.virtualMachineConfiguration as { nodeAgentSKUId?: string } | undefined;
  const windows = /windows/i.test(vmc?.nodeAgentSKUId ?? "");
  return { ip: "127.0.0.1", port: 50000 + n.seq, backendPort: windows ? 3389 : 22 };
}

/** A pool's inbound NAT pool (networkConfiguration.endpointConfiguration.inboundNATPools[]). */
interface NatPool {
  name: string;
  protocol: string;
  backendPort: number;
  frontendPortRangeStart: number;
  frontendPortRangeEnd: number;
}

/**
 * A node's inbound endpoints: one per inbound NAT pool the pool declares (named `{pool name}.0`, a
 * frontend port from its range), else the default SSH or RDP rule. Declared NAT pools replace the
 * default rule: the service answers only those (Microsoft's Python tests assert exactly one).
 */
function inboundEndpoints(pool: Entity, n: NodeRecord, login: ReturnType<typeof remoteLogin>): Entity[] {
  const net = pool.networkConfiguration as
    { endpointConfiguration?: { inboundNATPools?: NatPool[] } } | undefined;
  const natPools = net?.endpointConfiguration?.inboundNATPools ?? [];
  const endpoint = (name: string, protocol: string, frontendPort: number, backendPort: number): Entity => ({
    name,
    protocol,
    publicIPAddress: login.ip,
    publicFQDN: "localhost",
    frontendPort,
    backendPort,
  });
  if (natPools.length === 0)
    return [
      endpoint(login.backendPort === 22 ? "SSHRule.0" : "RDPRule.0", "tcp", login.port, login.backendPort),
    ];
  return natPools.map((nat) => {
    const size = Math.max(1, nat.frontendPortRangeEnd - nat.frontendPortRangeStart + 1);
    const port = nat.frontendPortRangeStart + ((n.seq - 1) % size);
    return endpoint(`${nat.name}.0`, nat.protocol.toLowerCase(), port, nat.backendPort);
  });
}

/** The node's wire representation (BatchNode). */
export function nodeView(pool: Entity, n: NodeRecord, now: number, poolUrl: string): Entity {
  const login = remoteLogin(pool, n);
  const state = nodeState(pool, n, now);
  const stateSince = state === "idle" ? n.readyAt : n.allocatedAt;
  const out: Entity = {
    id: n.id,
    url: `${poolUrl}/nodes/${n.id}`,
    state,
    schedulingState: "enabled",
    stateTransitionTime: iso(stateSince),
    lastBootTime: iso(n.allocatedAt),
    allocationTime: iso(n.allocatedAt),
    ipAddress: `10.0.${Math.floor(n.seq / 250)}.${(n.seq % 250) + 4}`,
    affinityId: `TVM:${n.id}`,
    vmSize: pool.vmSize,
    totalTasksRun: 0,
    runningTasksCount: 0,
    runningTaskSlotsCount: 0,
    totalTasksSucceeded: 0,
    isDedicated: n.isDedicated,
    endpointConfiguration: { inboundEndpoints: inboundEndpoints(pool, n, login) },
    nodeAgentInfo: { version: "1.2024.0701", lastUpdateTime: iso(n.allocatedAt) },
  };
  if (pool.startTask) out.startTask = pool.startTask;
  if (pool.certificateReferences) out.certificateReferences = pool.certificateReferences;
  return out;
}
