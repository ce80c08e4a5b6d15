/**
 * A job schedule as the service returns it → a `JobSchedule` declaration: the create body
 * (BatchJobScheduleCreateOptions) cleaned by the spec, `enabled: false` for a disabled schedule,
 * its pool a reference when that pool is imported too (an auto-pool stays inline).
 */
import type { BatchJobSchedule } from "../provider/client/models";
import type { Value } from "./code";
import type { ConvertContext, Converted } from "./context";
import { cleanBySpec, definition } from "./specWalk";

const CREATE = "BatchJobScheduleCreateOptions";

// States in which the schedule can no longer be updated or enabled, so adopting it would fail.
const FINISHED = new Set(["completed", "terminating", "deleting"]);

/** Converts one job schedule (its variable must already be allocated by the caller). */
export function convertJobSchedule(js: BatchJobSchedule, variable: string, ctx: ConvertContext): Converted {
  const id = js.id as string;
  if (js.state && FINISHED.has(js.state)) {
    return {
      skipped: {
        kind: "jobSchedule",
        id,
        message: `the job schedule is ${js.state}: it creates no more jobs and cannot be updated, so it is not written to the program`,
      },
    };
  }
  const comments: string[] = [];
  const hooks = ctx.hooksFor("jobSchedule", id, variable, `job schedule "${id}"`, comments);
  const createProps = definition(CREATE)?.properties ?? {};
  const stateProps = definition("BatchJobSchedule")?.properties ?? {};
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(js as unknown as Record<string, unknown>)) {
    if (k in createProps) body[k] = v;
    else if (!(k in stateProps) && !k.startsWith("odata.")) hooks.unknown(k);
  }
  const args = cleanBySpec(body, { $ref: `#/definitions/${CREATE}` }, "", hooks) as Record<string, Value>;
  args.schedule ??= {};
  if (js.state === "disabled") args.enabled = false;
  args.adopt = true;
  const pool = js.jobSpecification?.poolInfo;
  const where = pool?.poolId ? `on pool "${pool.poolId}"` : "on an auto pool";
  return {
    declaration: {
      kind: "jobSchedule",
      id,
      variable,
      resourceName: id,
      className: "JobSchedule",
      args,
      comments: [
        `Job schedule "${id}", ${where}${js.state === "disabled" ? ", disabled" : ""}.`,
        ...comments,
      ],
    },
  };
}
