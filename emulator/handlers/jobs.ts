/**
 * Jobs, as far as job schedules create them: list, list of one schedule, get. The jobs themselves
 * come from `model/scheduleRuns.ts`; creating or changing jobs directly is not emulated (404).
 */
import type { Ctx, HandlerResult } from "../context";
import { jobNotFound, jobScheduleNotFound } from "../errors";
import { jobsOf } from "../model/scheduleRuns";
import { present } from "../serialize";
import type { Entity } from "../store/Store";
import { entityResponse, listResponse } from "./common";
import { advanceAllSchedules } from "./jobSchedules";

/** A job as the service answers: its defaults filled in, values in canonical form. */
const view = (j: Entity): Entity => present("BatchJob", j);

/** GET /jobs — Jobs_ListJobs. */
export function listJobs(ctx: Ctx): HandlerResult {
  advanceAllSchedules(ctx);
  const all = ctx.state.store.list(ctx.account as string, "jobs");
  return listResponse(ctx, all.map(view), (v) => String(v.id).toLowerCase(), "jobs");
}

/** GET /jobschedules/{jobScheduleId}/jobs — Jobs_ListJobsFromSchedule. */
export function listJobsFromSchedule(ctx: Ctx): HandlerResult {
  advanceAllSchedules(ctx);
  const id = ctx.params[0];
  if (!ctx.state.store.get(ctx.account as string, "jobSchedules", id)) throw jobScheduleNotFound();
  const jobs = jobsOf(ctx.state.store, ctx.account as string, id);
  return listResponse(ctx, jobs.map(view), (v) => String(v.id).toLowerCase(), "jobs");
}

/** GET /jobs/{jobId} — Jobs_GetJob. */
export function getJob(ctx: Ctx): HandlerResult {
  advanceAllSchedules(ctx);
  const job = ctx.state.store.get(ctx.account as string, "jobs", ctx.params[0]);
  if (!job) throw jobNotFound();
  return entityResponse(ctx, job, view(job), "jobs");
}
