/**
 * Compute node operations: task scheduling on/off, user accounts, reboot, reimage, deallocate,
 * start, and uploading the Batch service logs. Answers as recorded (nodesdk): DataServiceId naming
 * the URL called (the new user's URL on a create, with Location), no ETag; 202 for the transitions.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Ctx, HandlerResult } from "../context";
import { iso } from "../etag";
import {
  missingRequiredProperty,
  nodeInTransition,
  nodeUserExists,
  nodeUserNotFound,
  operationInvalidForCurrentState,
} from "../errors";
import { isWindowsPool, nodeState, settleNode, startPhase } from "../model/nodes";
import type { NodeRecord, NodeUser } from "../model/pools";
import type { Entity } from "../store/Store";
import { bodyOf } from "./common";
import { requireNode } from "./nodes";

/** The default account lifetime: "If omitted, the default is 1 day from the current time" (spec). */
const DAY_MS = 24 * 60 * 60 * 1000;

function changed(ctx: Ctx, status: number): HandlerResult {
  ctx.state.store.touch();
  return { status, dataServiceId: ctx.base + ctx.subPath };
}

/** A node that can take an operation now: not leaving, not in the middle of a transition. */
function requireSettledNode(ctx: Ctx): { pool: Entity; node: NodeRecord; state: string } {
  const { pool, node } = requireNode(ctx);
  settleNode(node, ctx.now);
  const state = nodeState(pool, node, ctx.now);
  if (state === "rebooting") throw nodeInTransition("Rebooted");
  if (state === "reimaging") throw nodeInTransition("Reimaged");
  if (state === "starting" && node.phase) throw nodeInTransition("Started");
  if (state === "leavingpool" || state === "deallocating")
    throw operationInvalidForCurrentState(`The node is ${state}.`);
  return { pool, node, state };
}

/** POST .../disablescheduling — Nodes_DisableNodeScheduling. */
export function disableScheduling(ctx: Ctx): HandlerResult {
  const { node } = requireNode(ctx);
  node.schedulingDisabled = true;
  return changed(ctx, 200);
}

/** POST .../enablescheduling — Nodes_EnableNodeScheduling. */
export function enableScheduling(ctx: Ctx): HandlerResult {
  const { node } = requireNode(ctx);
  delete node.schedulingDisabled;
  return changed(ctx, 200);
}

function accountFields(pool: Entity, body: Entity, now: number, name: string): NodeUser {
  const password = typeof body.password === "string" && body.password !== "";
  if (isWindowsPool(pool) && !password) throw missingRequiredProperty("password");
  return {
    name,
    isAdmin: body.isAdmin === true,
    expiryTime: typeof body.expiryTime === "string" ? body.expiryTime : iso(now + DAY_MS),
    hasPassword: password,
    ...(typeof body.sshPublicKey === "string" ? { sshPublicKey: body.sshPublicKey } : {}),
  };
}

const findUser = (node: NodeRecord, name: string) =>
  (node.users ?? []).findIndex((u) => u.name.toLowerCase() === name.toLowerCase());

/** POST .../users — Nodes_CreateNodeUser (201, Location and DataServiceId name the new user). */
export function createUser(ctx: Ctx): HandlerResult {
  const { pool, node } = requireSettledNode(ctx);
  const body = bodyOf(ctx);
  const name = String(body.name);
  if (findUser(node, name) >= 0) throw nodeUserExists();
  node.users = [...(node.users ?? []), accountFields(pool, body, ctx.now, name)];
  ctx.state.store.touch();
  return { status: 201, dataServiceId: `${ctx.base}${ctx.subPath.replace(/\/+$/, "")}/${name}` };
}

/** PUT .../users/{userName} — Nodes_ReplaceNodeUser: every updatable property replaced. */
export function replaceUser(ctx: Ctx): HandlerResult {
  const { pool, node } = requireSettledNode(ctx);
  const i = findUser(node, ctx.params[2]);
  if (i < 0) throw nodeUserNotFound();
  const users = node.users as NodeUser[];
  users[i] = { ...accountFields(pool, bodyOf(ctx), ctx.now, users[i].name), isAdmin: users[i].isAdmin };
  return changed(ctx, 200);
}

/** DELETE .../users/{userName} — Nodes_DeleteNodeUser. */
export function deleteUser(ctx: Ctx): HandlerResult {
  const { node } = requireNode(ctx);
  const i = findUser(node, ctx.params[2]);
  if (i < 0) throw nodeUserNotFound();
  node.users = (node.users as NodeUser[]).filter((_, k) => k !== i);
  ctx.state.store.touch();
  return { status: 200 };
}

/** Starts a transition on a settled node that is not deallocated (reboot, reimage, deallocate). */
function transition(
  ctx: Ctx,
  state: "rebooting" | "reimaging" | "deallocating",
  next: "idle" | "deallocated",
  before?: (node: NodeRecord) => void,
): HandlerResult {
  const { node, state: now } = requireSettledNode(ctx);
  if (now === "deallocated") throw operationInvalidForCurrentState("The node is deallocated.");
  before?.(node);
  startPhase(node, state, ctx.now, ctx.state.timings.nodeStartMs, next);
  return changed(ctx, 202);
}

/** POST .../reboot — Nodes_RebootNode: rebooting, then idle (the start task runs again). */
export const rebootNode = (ctx: Ctx) => transition(ctx, "rebooting", "idle");

/** POST .../reimage — Nodes_ReimageNode: a fresh OS disk (files and users gone), then idle. */
export const reimageNode = (ctx: Ctx) =>
  transition(ctx, "reimaging", "idle", (node) => {
    delete node.users;
    delete node.deleted;
  });

/** POST .../deallocate — Nodes_DeallocateNode: deallocating, then deallocated until started. */
export const deallocateNode = (ctx: Ctx) => transition(ctx, "deallocating", "deallocated");

/** POST .../start — Nodes_StartNode: only a deallocated node starts (starting, then idle). */
export function startNode(ctx: Ctx): HandlerResult {
  const { node, state } = requireSettledNode(ctx);
  if (state !== "deallocated")
    throw operationInvalidForCurrentState(`The node is ${state}, not deallocated.`);
  startPhase(node, "starting", ctx.now, ctx.state.timings.nodeStartMs, "idle");
  return changed(ctx, 202);
}

/**
 * POST .../uploadbatchservicelogs — Nodes_UploadNodeLogs. Nothing is uploaded (the emulator keeps no
 * agent logs); the answer names the virtual directory as recorded: `<account>-<hex>/<pool>/<node>/<id>`.
 */
export function uploadNodeLogs(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const account = String(ctx.account);
  const tag = createHash("sha256").update(account).digest("hex").slice(0, 16).toUpperCase();
  return {
    status: 200,
    body: {
      "odata.metadata": `${ctx.base}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.UploadBatchServiceLogsResult`,
      virtualDirectoryName: `${account}-${tag}/${String(pool.id)}/${node.id}/${randomUUID()}`,
      numberOfFilesUploaded: 4,
    },
  };
}
