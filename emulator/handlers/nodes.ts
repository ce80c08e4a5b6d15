/**
 * Compute node operations: list, get, remote login settings, and the RDP file (from the seed doc
 * "Compute Node - Get Remote Desktop"; not in the 2024-07-01 spec).
 */
import type { Ctx, HandlerResult } from "../context";
import { nodeNotFound } from "../errors";
import { nodesOf, nodeView, remoteLogin, type NodeRecord } from "../model/pools";
import type { Entity } from "../store/Store";
import { entityResponse, listResponse } from "./common";
import { poolUrl, requirePool } from "./pools";

function requireNode(ctx: Ctx): { pool: Entity; node: NodeRecord } {
  const pool = requirePool(ctx);
  const id = ctx.params[1].toLowerCase();
  const node = nodesOf(pool).find((n) => n.id.toLowerCase() === id);
  if (!node) throw nodeNotFound();
  return { pool, node };
}

/** GET /pools/{poolId}/nodes — Nodes_ListNodes. */
export function listNodes(ctx: Ctx): HandlerResult {
  const pool = requirePool(ctx);
  const url = poolUrl(ctx, pool.id as string);
  const views = nodesOf(pool)
    .map((n) => nodeView(pool, n, ctx.now, url))
    .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  return listResponse(ctx, views, (v) => String(v.id).toLowerCase(), "nodes");
}

/** GET /pools/{poolId}/nodes/{nodeId} — Nodes_GetNode. */
export function getNode(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  return entityResponse(ctx, pool, nodeView(pool, node, ctx.now, poolUrl(ctx, pool.id as string)), "nodes");
}

/** GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings — Nodes_GetNodeRemoteLoginSettings. */
export function getRemoteLoginSettings(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const login = remoteLogin(pool, node);
  return { status: 200, body: { remoteLoginIPAddress: login.ip, remoteLoginPort: login.port }, entity: pool };
}

/** GET /pools/{poolId}/nodes/{nodeId}/rdp — Nodes_GetRemoteDesktop: an RDP file (octet-stream). */
export function getRemoteDesktop(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const login = remoteLogin(pool, node);
  const users = (pool.userAccounts as { name?: string }[] | undefined) ?? [];
  const lines = [`full address:s:${login.ip}:${login.port}`, "prompt for credentials:i:1"];
  if (users[0]?.name) lines.push(`username:s:${users[0].name}`);
  return {
    status: 200,
    text: lines.join("\r\n") + "\r\n",
    contentType: "application/octet-stream",
    entity: pool,
  };
}
