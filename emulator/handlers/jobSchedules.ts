/**
 * Job schedule operations: create, get, exists, list, patch, put, enable, disable, terminate, delete.
 * State machine (lazy): terminating → completed, deleting → gone.
 */
import { checkConditions } from "../conditional";
import type { Ctx, HandlerResult } from "../context";
import { bumpVersion, iso } from "../etag";
import {
  jobScheduleBeingDeleted,
  jobScheduleBeingTerminated,
  jobScheduleCompleted,
  jobScheduleExists,
  jobScheduleNotFound,
} from "../errors";
import type { Advance } from "../model/pools";
import { advanceRuns, endJobs } from "../model/scheduleRuns";
import type { Entity } from "../store/Store";
import { present } from "../serialize";
import { bodyOf, checkId, entityResponse, listResponse, setOrRemove, withoutSecrets } from "./common";

/** A schedule as the service answers: its defaults filled in, values in canonical form. */
const view = (s: Entity): Entity => present("BatchJobSchedule", s);

function setState(s: Entity, state: string, at: number): void {
  s.previousState = s.state;
  s.previousStateTransitionTime = s.stateTransitionTime;
  s.state = state;
  s.stateTransitionTime = iso(at);
}

function advance(s: Entity, now: number): Advance {
  if (s.state === "deleting" && now >= Number(s._deleteEndsAt)) return "gone";
  if (s.state === "terminating" && now >= Number(s._terminateEndsAt)) {
    const at = Number(s._terminateEndsAt);
    setState(s, "completed", at);
    s.executionInfo = { endTime: iso(at) };
    delete s._terminateEndsAt;
    return "changed";
  }
  return "same";
}

function find(ctx: Ctx, id: string): Entity | undefined {
  const account = ctx.account as string;
  const store = ctx.state.store;
  const s = store.get(account, "jobSchedules", id);
  if (!s) return undefined;
  const r = advance(s, ctx.now);
  if (r === "gone") {
    endJobs(store, account, s, ctx.now, true);
    store.delete(account, "jobSchedules", id);
    return undefined;
  }
  if (r === "changed" && s.state === "completed") endJobs(store, account, s, ctx.now, false);
  const ran = advanceRuns(store, account, ctx.base, s, ctx.now);
  if (r === "changed" || ran) store.touch();
  return s;
}

/** Every schedule of the account, advanced to now (so their due jobs exist), e.g. before listing jobs. */
export function advanceAllSchedules(ctx: Ctx): void {
  for (const s of ctx.state.store.list(ctx.account as string, "jobSchedules")) find(ctx, String(s.id));
}

function requireSchedule(ctx: Ctx): Entity {
  const s = find(ctx, ctx.params[0]);
  if (!s) throw jobScheduleNotFound();
  checkConditions(ctx, s);
  return s;
}

/** Rejects changes to a schedule being deleted, being terminated, or completed (409). */
function requireChangeable(ctx: Ctx): Entity {
  const s = requireSchedule(ctx);
  if (s.state === "deleting") throw jobScheduleBeingDeleted();
  if (s.state === "terminating") throw jobScheduleBeingTerminated();
  if (s.state === "completed") throw jobScheduleCompleted();
  return s;
}

function changed(ctx: Ctx, s: Entity): void {
  bumpVersion(s, ctx.now);
  ctx.state.store.touch();
}

/** POST /jobschedules — JobSchedules_CreateJobSchedule. */
export function createJobSchedule(ctx: Ctx): HandlerResult {
  const body = withoutSecrets(bodyOf(ctx));
  checkId(body.id);
  const id = body.id as string;
  if (find(ctx, id)) throw jobScheduleExists();
  const now = ctx.now;
  const s: Entity = {
    id,
    url: `${ctx.base}/jobschedules/${id}`,
    creationTime: iso(now),
    state: "active",
    stateTransitionTime: iso(now),
    ...body,
    executionInfo: {},
  };
  bumpVersion(s, now);
  // The first job is created at once unless doNotRunUntil lies ahead (recorded: job-1 right away).
  advanceRuns(ctx.state.store, ctx.account as string, ctx.base, s, now);
  ctx.state.store.put(ctx.account as string, "jobSchedules", id, s);
  return { status: 201, entity: s, dataServiceId: s.url as string };
}

/** GET /jobschedules/{id} — JobSchedules_GetJobSchedule. */
export function getJobSchedule(ctx: Ctx): HandlerResult {
  const s = requireSchedule(ctx);
  return entityResponse(ctx, s, view(s), "jobschedules");
}

/** HEAD /jobschedules/{id} — JobSchedules_JobScheduleExists. */
export function jobScheduleExistsOp(ctx: Ctx): HandlerResult {
  const s = find(ctx, ctx.params[0]);
  if (!s) return { status: 404 };
  checkConditions(ctx, s);
  return { status: 200, entity: s };
}

/** GET /jobschedules — JobSchedules_ListJobSchedules. */
export function listJobSchedules(ctx: Ctx): HandlerResult {
  const all = ctx.state.store
    .list(ctx.account as string, "jobSchedules")
    .map((s) => find(ctx, s.id as string))
    .filter((s): s is Entity => s !== undefined);
  return listResponse(ctx, all.map(view), (v) => String(v.id).toLowerCase(), "jobschedules");
}

/** PATCH /jobschedules/{id} — JobSchedules_UpdateJobSchedule: replaces only the given properties. */
export function updateJobSchedule(ctx: Ctx): HandlerResult {
  const s = requireChangeable(ctx);
  const body = withoutSecrets(bodyOf(ctx));
  if (body.schedule !== undefined) {
    s.schedule = body.schedule;
    // A new schedule counts its runs afresh (from doNotRunUntil, else from the creation time).
    delete s._nextRunAt;
  }
  if (body.jobSpecification !== undefined) s.jobSpecification = body.jobSpecification;
  if (body.metadata !== undefined) setOrRemove(s, "metadata", body.metadata);
  changed(ctx, s);
  return { status: 200, entity: s, dataServiceId: s.url as string };
}

/** PUT /jobschedules/{id} — JobSchedules_ReplaceJobSchedule: replaces all updatable properties. */
export function replaceJobSchedule(ctx: Ctx): HandlerResult {
  const s = requireChangeable(ctx);
  const body = withoutSecrets(bodyOf(ctx));
  // Read-only properties in the body (id, url, state, ...) are ignored, as Batch does.
  setOrRemove(s, "schedule", body.schedule ?? {});
  delete s._nextRunAt;
  s.jobSpecification = body.jobSpecification;
  setOrRemove(s, "metadata", body.metadata);
  changed(ctx, s);
  return { status: 200, entity: s, dataServiceId: s.url as string };
}

/** POST /jobschedules/{id}/disable — JobSchedules_DisableJobSchedule. */
export function disableJobSchedule(ctx: Ctx): HandlerResult {
  const s = requireChangeable(ctx);
  if (s.state !== "disabled") {
    setState(s, "disabled", ctx.now);
    changed(ctx, s);
  }
  return { status: 204, entity: s, dataServiceId: s.url as string };
}

/** POST /jobschedules/{id}/enable — JobSchedules_EnableJobSchedule. */
export function enableJobSchedule(ctx: Ctx): HandlerResult {
  const s = requireChangeable(ctx);
  if (s.state !== "active") {
    setState(s, "active", ctx.now);
    changed(ctx, s);
  }
  return { status: 204, entity: s, dataServiceId: s.url as string };
}

/** POST /jobschedules/{id}/terminate — JobSchedules_TerminateJobSchedule: terminating → completed. */
export function terminateJobSchedule(ctx: Ctx): HandlerResult {
  // A schedule being deleted takes a terminate (202) and goes on being deleted (nodesdk and xplat
  // recordings: DELETE 202, then terminate 202).
  const deleting = requireSchedule(ctx);
  if (deleting.state === "deleting")
    return { status: 202, entity: deleting, dataServiceId: deleting.url as string };
  const s = requireChangeable(ctx);
  setState(s, "terminating", ctx.now);
  s._terminateEndsAt = ctx.now + ctx.state.timings.jobScheduleTerminateMs;
  changed(ctx, s);
  return { status: 202, entity: s, dataServiceId: s.url as string };
}

/** DELETE /jobschedules/{id} — JobSchedules_DeleteJobSchedule: deleting → gone. */
export function deleteJobSchedule(ctx: Ctx): HandlerResult {
  const s = requireSchedule(ctx);
  if (s.state === "deleting") throw jobScheduleBeingDeleted();
  setState(s, "deleting", ctx.now);
  s._deleteEndsAt = ctx.now + ctx.state.timings.jobScheduleDeleteMs;
  changed(ctx, s);
  return { status: 202, entity: s };
}
