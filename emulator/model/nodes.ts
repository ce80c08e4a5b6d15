/**
 * Compute nodes: their state (derived from timestamps, like the pool's, so reads never need timers),
 * the transitions node operations start (reboot, reimage, deallocate, start), and the wire view
 * (BatchNode) as the real service reports it: the pool's start task with the service's defaults,
 * `startTaskInfo`, `certificateReferences` always present, `virtualMachineInfo.imageReference` with the
 * `exactVersion` that "latest" resolved to (batchext recordings), NAT pool endpoints named `<name>.<n>`.
 */
import { iso } from "../etag";
import type { Entity } from "../store/Store";
import { findImage } from "./images";
import type { NodePhase, NodeRecord } from "./pools";

/**
 * When a new node's VM is up and it starts booting: halfway between joining and ready. Recorded
 * (batchext): `creating` (VM being created), then `starting` (booting, agent starting), then `idle`.
 */
function startingAt(n: NodeRecord): number {
  return n.allocatedAt + Math.floor((n.readyAt - n.allocatedAt) / 2);
}

/** Node state at `now`, derived from its timestamps. */
export function nodeState(pool: Entity, n: NodeRecord, now: number): string {
  if (n.leaving || pool.state === "deleting") return "leavingpool";
  const p = n.phase;
  if (p) {
    if (p.until === undefined || now < p.until) return p.state;
    return p.next ?? "idle";
  }
  if (now >= n.readyAt) return "idle";
  return n.bootAt === undefined && now < startingAt(n) ? "creating" : "starting";
}

/** When the node entered its current state. */
function stateSince(pool: Entity, n: NodeRecord, now: number): number {
  const p = n.phase;
  if (p) return p.until !== undefined && now >= p.until ? p.until : p.since;
  const state = nodeState(pool, n, now);
  if (state === "idle") return n.readyAt;
  return state === "starting" && n.bootAt === undefined ? startingAt(n) : n.allocatedAt;
}

/** Whether the node has booted at least once (what lastBootTime, the agent and certificates need). */
function hasBooted(n: NodeRecord, now: number): boolean {
  return n.bootAt !== undefined || n.phase !== undefined || now >= n.readyAt;
}

/** Epoch ms of the node's last boot (a new node's: just before it became ready). */
function bootTime(n: NodeRecord, now: number): number {
  const p = n.phase;
  if (p?.next === "idle" && p.until !== undefined && now >= p.until) return p.until;
  return n.bootAt ?? Math.max(n.allocatedAt, n.readyAt - 1);
}

/**
 * Folds a finished transition into the record (a booted node becomes a plain one again; a
 * deallocation rests in `deallocated`), so a new operation starts from the state a reader saw.
 */
export function settleNode(n: NodeRecord, now: number): void {
  const p = n.phase;
  if (!p || p.until === undefined || now < p.until) return;
  if (p.next === "deallocated") {
    n.phase = { state: "deallocated", since: p.until };
    return;
  }
  n.bootAt = p.until;
  n.readyAt = p.until;
  delete n.phase;
}

/** Starts a transition of `ms` that ends in `next`. */
export function startPhase(
  n: NodeRecord,
  state: NodePhase["state"],
  now: number,
  ms: number,
  next: "idle" | "deallocated",
): void {
  n.phase = { state, since: now, until: now + ms, next };
}

/** Whether the pool's nodes run Windows (from the node agent SKU). */
export function isWindowsPool(pool: Entity): boolean {
  const vmc = pool.virtualMachineConfiguration as { nodeAgentSKUId?: string } | undefined;
  return /windows/i.test(vmc?.nodeAgentSKUId ?? "");
}

/** Remote login endpoint of a node: loopback with a per-node port (like a Batch NAT pool). */
export function remoteLogin(pool: Entity, n: NodeRecord): { ip: string; port: number; backendPort: number } {
  return { ip: "127.0.0.1", port: 50000 + n.seq - 1, backendPort: isWindowsPool(pool) ? 3389 : 22 };
}

interface NatPool {
  name?: string;
  protocol?: string;
  backendPort?: number;
  frontendPortRangeStart?: number;
  frontendPortRangeEnd?: number;
}

function inboundEndpoints(pool: Entity, n: NodeRecord): Entity[] {
  const login = remoteLogin(pool, n);
  const endpoint = (name: string, protocol: string, frontendPort: number, backendPort: number) => ({
    name,
    protocol,
    publicIPAddress: login.ip,
    publicFQDN: "localhost",
    frontendPort,
    backendPort,
  });
  const cfg = pool.networkConfiguration as
    { endpointConfiguration?: { inboundNATPools?: NatPool[] } } | undefined;
  const nat = (cfg?.endpointConfiguration?.inboundNATPools ?? []).filter((p) => typeof p.name === "string");
  const out: Entity[] = [];
  for (const p of nat) {
    const start = Number(p.frontendPortRangeStart) || 1;
    const size = Math.max(1, (Number(p.frontendPortRangeEnd) || start) - start + 1);
    const index = (n.seq - 1) % size;
    out.push(endpoint(`${p.name}.${index}`, p.protocol ?? "tcp", start + index, Number(p.backendPort) || 0));
  }
  // Declared NAT pools replace the default login rule: Microsoft's azure-batch 15.0.0b2 tests
  // (api-version 2024-07-01.20.0) expect exactly the declared one. (A 2020 recording, nodesdk, also
  // shows SSHRule.0 beside it: the older behaviour.) The default rule is named SSHRule.0 on Windows
  // pools too (batchext: SSHRule.0 with backendPort 3389).
  if (nat.length === 0) out.push(endpoint("SSHRule.0", "tcp", login.port, login.backendPort));
  return out;
}

/** `virtualMachineInfo` of a node: the pool's image with the version "latest" resolved to. */
function virtualMachineInfo(poolWire: Entity): Entity | undefined {
  const vmc = poolWire.virtualMachineConfiguration as { imageReference?: Entity } | undefined;
  const ref = vmc?.imageReference;
  if (!ref) return undefined;
  if (typeof ref.virtualMachineImageId === "string") return { imageReference: { ...ref } };
  const version = typeof ref.version === "string" ? ref.version : "latest";
  const exactVersion = version.toLowerCase() === "latest" ? findImage(ref)?.exactVersion : version;
  return { imageReference: { ...ref, version, ...(exactVersion ? { exactVersion } : {}) } };
}

/** What the node view is built from besides the node. */
export interface NodeViewContext {
  /** The stored pool (state, nodes' timestamps). */
  pool: Entity;
  /** The pool as the service presents it (defaults filled in, canonical forms). */
  poolWire: Entity;
  now: number;
  poolUrl: string;
}

/** The node's wire representation (BatchNode), in the recorded property order. */
export function nodeView(n: NodeRecord, c: NodeViewContext): Entity {
  const { pool, poolWire, now } = c;
  const state = nodeState(pool, n, now);
  const booted = bootTime(n, now);
  const up = hasBooted(n, now);
  const out: Entity = {
    id: n.id,
    url: `${c.poolUrl}/nodes/${n.id}`,
    state,
    schedulingState: n.schedulingDisabled ? "disabled" : "enabled",
    stateTransitionTime: iso(stateSince(pool, n, now)),
    ...(up ? { lastBootTime: iso(booted) } : {}),
    allocationTime: iso(n.allocatedAt),
    ipAddress: `10.0.${Math.floor((n.seq - 1) / 250)}.${((n.seq - 1) % 250) + 4}`,
    affinityId: `TVM:${n.id}`,
    vmSize: poolWire.vmSize,
    totalTasksRun: 0,
    totalTasksSucceeded: 0,
    runningTasksCount: 0,
    runningTaskSlotsCount: 0,
  };
  if (poolWire.startTask) {
    out.startTask = poolWire.startTask;
    if (state === "idle")
      out.startTaskInfo = {
        state: "completed",
        startTime: iso(booted),
        endTime: iso(stateSince(pool, n, now)),
        exitCode: 0,
        result: "success",
        retryCount: 0,
      };
    else if (state === "starting" && up)
      out.startTaskInfo = { state: "running", startTime: iso(booted), retryCount: 0 };
  }
  // The agent reports certificates and itself once the node booted (batchext: none while creating).
  if (up) out.certificateReferences = poolWire.certificateReferences ?? [];
  out.isDedicated = n.isDedicated;
  out.endpointConfiguration = { inboundEndpoints: inboundEndpoints(pool, n) };
  if (up) out.nodeAgentInfo = { lastUpdateTime: iso(booted), version: "1.2024.0701" };
  const vmInfo = virtualMachineInfo(poolWire);
  if (vmInfo) out.virtualMachineInfo = vmInfo;
  return out;
}

const COUNT_KEYS = [
  "creating",
  "idle",
  "offline",
  "preempted",
  "rebooting",
  "reimaging",
  "running",
  "starting",
  "startTaskFailed",
  "leavingPool",
  "unknown",
  "unusable",
  "waitingForStartTask",
  "deallocated",
  "deallocating",
  "total",
  "upgradingOS",
] as const;
const KEY_OF_STATE = new Map<string, string>(COUNT_KEYS.map((k) => [k.toLowerCase(), k]));

/** BatchPoolNodeCounts of a pool: its dedicated and Spot nodes counted by state. */
export function nodeCounts(pool: Entity, nodes: NodeRecord[], now: number): Entity {
  const count = (dedicated: boolean) => {
    const c: Record<string, number> = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0]));
    for (const n of nodes) {
      if (n.isDedicated !== dedicated) continue;
      const key = KEY_OF_STATE.get(nodeState(pool, n, now)) ?? "unknown";
      c[key] += 1;
      c.total += 1;
    }
    return c;
  };
  return { poolId: pool.id, dedicated: count(true), lowPriority: count(false) };
}
