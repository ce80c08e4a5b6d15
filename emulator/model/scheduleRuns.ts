/**
 * A job schedule's runs: the jobs the service creates from it, as the recordings show them (pysdk
 * job schedule GET right after the create: `executionInfo.recentJob` `<scheduleId>:job-1` and
 * `nextRunTime` one `recurrenceInterval` later). Advanced lazily, like every emulator state machine,
 * whenever the schedule is read.
 *
 * The rules, from the spec's `BatchJobScheduleConfiguration`: the first run is due at
 * `doNotRunUntil` (or at once); with a `recurrenceInterval` a run is due every interval after that,
 * and "only one Job can run at a time under a schedule", so a due run while the previous job is
 * still active creates nothing; without one the schedule runs once. Disabled schedules create no
 * jobs. Jobs never finish by themselves here (the emulator runs no tasks), so a recurring schedule
 * keeps its first job until it is terminated or deleted.
 */
import { bumpVersion, iso } from "../etag";
import type { Entity, Store } from "../store/Store";

/** The .NET-style parts of an ISO 8601 duration, in ms (months 30 days, years 365), or NaN. */
export function durationMs(value: unknown): number {
  if (typeof value !== "string") return NaN;
  const m =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      value,
    );
  if (!m || /^P$|T$/i.test(value)) return NaN;
  const units = [365 * 864e5, 30 * 864e5, 7 * 864e5, 864e5, 36e5, 6e4, 1e3];
  return m.slice(1).reduce((sum, part, i) => sum + (part ? Number(part) * units[i] : 0), 0);
}

/** The properties of a job specification a job carries as its own (BatchJob). */
const JOB_PROPERTIES = [
  "displayName",
  "priority",
  "maxParallelTasks",
  "allowTaskPreemption",
  "usesTaskDependencies",
  "onAllTasksComplete",
  "onTaskFailure",
  "networkConfiguration",
  "constraints",
  "jobManagerTask",
  "jobPreparationTask",
  "jobReleaseTask",
  "commonEnvironmentSettings",
  "poolInfo",
  "metadata",
];

/** Jobs of one schedule, oldest first. */
export function jobsOf(store: Store, account: string, scheduleId: string): Entity[] {
  const id = scheduleId.toLowerCase();
  return store
    .list(account, "jobs")
    .filter((j) => String(j._scheduleId).toLowerCase() === id)
    .sort((a, b) => Number(a._run) - Number(b._run));
}

function createJob(store: Store, account: string, base: string, s: Entity, run: number, at: number): Entity {
  const spec = (s.jobSpecification as Entity | undefined) ?? {};
  const id = `${s.id}:job-${run}`;
  const job: Entity = {
    id,
    url: `${base}/jobs/${id}`,
    creationTime: iso(at),
    state: "active",
    stateTransitionTime: iso(at),
    ...Object.fromEntries(JOB_PROPERTIES.filter((k) => spec[k] !== undefined).map((k) => [k, spec[k]])),
    executionInfo: {
      startTime: iso(at),
      ...(typeof (spec.poolInfo as Entity | undefined)?.poolId === "string"
        ? { poolId: (spec.poolInfo as Entity).poolId }
        : {}),
    },
    _scheduleId: s.id,
    _run: run,
  };
  bumpVersion(job, at);
  store.put(account, "jobs", id, job);
  return job;
}

/** Ends the schedule's active jobs (its termination or deletion ends them, as Batch does). */
export function endJobs(store: Store, account: string, s: Entity, at: number, deleting: boolean): void {
  for (const job of jobsOf(store, account, String(s.id))) {
    if (deleting) {
      store.delete(account, "jobs", String(job.id));
      continue;
    }
    if (job.state === "completed") continue;
    job.previousState = job.state;
    job.previousStateTransitionTime = job.stateTransitionTime;
    job.state = "completed";
    job.stateTransitionTime = iso(at);
    job.executionInfo = {
      ...(job.executionInfo as Entity),
      endTime: iso(at),
      terminateReason: "JobScheduleTerminated",
    };
    bumpVersion(job, at);
  }
  store.touch();
}

/**
 * Creates the runs that fell due up to `now` and sets `executionInfo.nextRunTime` / `recentJob`.
 * Returns true when it changed anything.
 */
export function advanceRuns(store: Store, account: string, base: string, s: Entity, now: number): boolean {
  if (s.state !== "active" && s.state !== "disabled") return false;
  const schedule = (s.schedule as Entity | undefined) ?? {};
  const interval = durationMs(schedule.recurrenceInterval);
  if (s._nextRunAt === undefined) {
    const notBefore = Date.parse(String(schedule.doNotRunUntil ?? ""));
    s._nextRunAt = Number.isNaN(notBefore) ? Date.parse(String(s.creationTime)) : notBefore;
    s._runs ??= 0;
  }
  let changed = false;
  while (s._nextRunAt !== null && now >= Number(s._nextRunAt)) {
    const due = Number(s._nextRunAt);
    const busy = jobsOf(store, account, String(s.id)).some((j) => j.state !== "completed");
    if (s.state === "active" && !busy) {
      s._runs = Number(s._runs) + 1;
      const job = createJob(store, account, base, s, Number(s._runs), due);
      s.executionInfo = { ...(s.executionInfo as Entity), recentJob: { id: job.id, url: job.url } };
    }
    s._nextRunAt = interval > 0 ? due + interval : null;
    changed = true;
  }
  const info = { ...((s.executionInfo as Entity | undefined) ?? {}) };
  if (s._nextRunAt === null) delete info.nextRunTime;
  else info.nextRunTime = iso(Number(s._nextRunAt));
  s.executionInfo = info;
  return changed;
}
