/**
 * Compute node reads: list, get, remote login settings, and the RDP file (from the seed doc
 * "Compute Node - Get Remote Desktop"; not in the 2024-07-01 spec). Node responses carry no ETag or
 * Last-Modified (nodesdk recordings), unlike the pool's.
 */
import type { Ctx, HandlerResult } from "../context";
import { nodeNotFound, poolNotFound } from "../errors";
import { nodeView, remoteLogin } from "../model/nodes";
import { nodesOf, type NodeRecord } from "../model/pools";
import type { Entity } from "../store/Store";
import { entityResponse, listResponse } from "./common";
import { findPool, poolUrl, wire } from "./pools";

/** The pool and node a node request names (404 PoolNotFound / NodeNotFound). */
export function requireNode(ctx: Ctx): { pool: Entity; node: NodeRecord } {
  const pool = findPool(ctx, ctx.params[0]);
  if (!pool) throw poolNotFound();
  const id = ctx.params[1].toLowerCase();
  const node = nodesOf(pool).find((n) => n.id.toLowerCase() === id);
  if (!node) throw nodeNotFound();
  return { pool, node };
}

function viewContext(ctx: Ctx, pool: Entity) {
  return { pool, poolWire: wire(pool), now: ctx.now, poolUrl: poolUrl(ctx, pool.id as string) };
}

/** GET /pools/{poolId}/nodes — Nodes_ListNodes. */
export function listNodes(ctx: Ctx): HandlerResult {
  const pool = findPool(ctx, ctx.params[0]);
  if (!pool) throw poolNotFound();
  const c = viewContext(ctx, pool);
  const views = nodesOf(pool)
    .map((n) => nodeView(n, c))
    .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  return listResponse(ctx, views, (v) => String(v.id).toLowerCase(), "nodes");
}

/** GET /pools/{poolId}/nodes/{nodeId} — Nodes_GetNode. */
export function getNode(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const r = entityResponse(ctx, pool, nodeView(node, viewContext(ctx, pool)), "nodes");
  return { status: r.status, body: r.body };
}

/** GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings — Nodes_GetNodeRemoteLoginSettings. */
export function getRemoteLoginSettings(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const login = remoteLogin(pool, node);
  return { status: 200, body: { remoteLoginIPAddress: login.ip, remoteLoginPort: login.port } };
}

/** GET /pools/{poolId}/nodes/{nodeId}/rdp — Nodes_GetRemoteDesktop: an RDP file (octet-stream). */
export function getRemoteDesktop(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const login = remoteLogin(pool, node);
  const users = (pool.userAccounts as { name?: string }[] | undefined) ?? [];
  const lines = [`full address:s:${login.ip}:${login.port}`, "prompt for credentials:i:1"];
  if (users[0]?.name) lines.push(`username:s:${users[0].name}`);
  return { status: 200, text: lines.join("\r\n") + "\r\n", contentType: "application/octet-stream" };
}
