/**
 * `check` for the JobSchedule resource: every input mistake fails here, before any REST call,
 * with a message naming the property and the fix; then the inputs are normalised (durations,
 * date-times, enum spelling, service defaults dropped, `enabled` defaulted to true) so that
 * `diff` compares like with like.
 *
 * Pure apart from reading the spec. During a preview, values that are not known yet (the
 * engine's unknown placeholder) are skipped rather than reported. Messages never contain
 * secret values (the schema messages name paths only).
 */
import { validateDefinition } from "../../spec/validator";
import { ONE_MINUTE_TICKS, parseDuration } from "./duration";
import { containsUnknown, normalizeBySpec, UNKNOWN } from "./specWalk";
import type { JobScheduleInputs } from "./types";
import { checkBatchAccount, checkBoolean, checkKnownKeys } from "../core/validate/options";
import { labelled, reason, resourceLabel } from "../core/validate/reason";
import { describeSpecIssue } from "../core/validate/specIssue";
import { checkSpecRules } from "../core/validate/specRules";

/** The top-level inputs of a JobSchedule: the REST properties and the provider options. */
export const JOB_SCHEDULE_INPUT_KEYS = [
  "jobScheduleId",
  "displayName",
  "schedule",
  "jobSpecification",
  "metadata",
  "enabled",
  "adopt",
  "batchAccount",
] as const;

/** A check failure as the dynamic provider reports it. */
export interface JobScheduleCheckFailure {
  /** The input property at fault (dotted path). */
  property: string;
  /** What is wrong and how to fix it. */
  reason: string;
}

/** The result of {@link checkJobSchedule}. */
export interface JobScheduleCheckResult {
  /** The normalised inputs (the news unchanged when there are failures). */
  inputs: Record<string, unknown>;
  /** Every problem found; empty when the inputs are valid. */
  failures: JobScheduleCheckFailure[];
}

/** The ID rule of the service: letters, digits, hyphens and underscores, 1 to 64 characters. */
export const JOB_SCHEDULE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

type Obj = Record<string, unknown>;

const known = (v: unknown): boolean => v !== undefined && v !== null && !containsUnknown(v);
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function checkId(id: unknown, fail: (p: string, r: string) => void): void {
  if (id === UNKNOWN) return;
  if (typeof id !== "string" || id === "") {
    fail("id", 'id is required; add a name unique in the Batch account, e.g. "nightly-report".');
  } else if (id.length > 64) {
    fail("id", `id is ${id.length} characters long; shorten it to at most 64.`);
  } else if (!JOB_SCHEDULE_ID_PATTERN.test(id)) {
    fail(
      "id",
      `id "${id}" may contain only letters, digits, hyphens and underscores; replace the other characters.`,
    );
  }
}

function checkSchedule(schedule: unknown, fail: (p: string, r: string) => void): void {
  if (schedule === UNKNOWN) return;
  if (!isObject(schedule)) {
    fail(
      "schedule",
      'schedule is required; add an object such as { recurrenceInterval: "PT1H" } ({} runs one Job now).',
    );
    return;
  }
  for (const prop of ["startWindow", "recurrenceInterval"] as const) {
    const v = schedule[prop];
    if (!known(v)) continue;
    if (typeof v !== "string") {
      fail(
        `schedule.${prop}`,
        reason(`schedule.${prop}`, "is not a string", 'write an ISO 8601 duration string such as "PT5M"'),
      );
      continue;
    }
    const parsed = parseDuration(v);
    if (!parsed.ok) fail(`schedule.${prop}`, `schedule.${prop}: ${parsed.reason}.`);
    else if (parsed.ticks < ONE_MINUTE_TICKS) {
      fail(
        `schedule.${prop}`,
        `schedule.${prop} is "${v}", below the service minimum of 1 minute; use "PT1M" or more.`,
      );
    }
  }
  const times: Record<string, number> = {};
  for (const prop of ["doNotRunUntil", "doNotRunAfter"] as const) {
    const v = schedule[prop];
    if (!known(v)) continue;
    const ms = typeof v === "string" ? Date.parse(v) : NaN;
    if (Number.isNaN(ms) || typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}T/.test(v)) {
      fail(
        `schedule.${prop}`,
        `schedule.${prop} is not an ISO-8601 UTC date-time; write one such as "2030-01-31T06:00:00Z".`,
      );
    } else times[prop] = ms;
  }
  if (
    times.doNotRunUntil !== undefined &&
    times.doNotRunAfter !== undefined &&
    times.doNotRunAfter <= times.doNotRunUntil
  ) {
    fail(
      "schedule.doNotRunAfter",
      "schedule.doNotRunAfter must be later than schedule.doNotRunUntil; move it after the start or remove one of them.",
    );
  }
}

function checkJobSpecification(spec: unknown, fail: (p: string, r: string) => void): void {
  if (spec === UNKNOWN) return;
  if (!isObject(spec)) {
    fail(
      "jobSpecification",
      'jobSpecification is required; add one with at least poolInfo: { poolId: "my-pool" }.',
    );
    return;
  }
  const poolInfo = spec.poolInfo;
  if (poolInfo !== UNKNOWN) {
    const hasId = isObject(poolInfo) && poolInfo.poolId !== undefined && poolInfo.poolId !== null;
    const hasAuto =
      isObject(poolInfo) &&
      poolInfo.autoPoolSpecification !== undefined &&
      poolInfo.autoPoolSpecification !== null;
    if (hasId === hasAuto) {
      fail(
        "jobSpecification.poolInfo",
        hasId
          ? "jobSpecification.poolInfo sets both poolId and autoPoolSpecification; keep exactly one."
          : `jobSpecification.poolInfo ${poolInfo === undefined || poolInfo === null ? "is missing" : "names no pool"}: it needs exactly one of poolId or autoPoolSpecification; ` +
              'write poolInfo: { poolId: "my-pool" } (an existing pool) or poolInfo: { autoPoolSpecification: { poolLifetimeOption: "job", pool: { vmSize, virtualMachineConfiguration } } } (a pool per job).',
      );
    }
  }
  const { priority, maxParallelTasks } = spec;
  if (typeof priority === "number" && (priority < -1000 || priority > 1000 || !Number.isInteger(priority))) {
    fail(
      "jobSpecification.priority",
      `jobSpecification.priority is ${priority}; use an integer from -1000 to 1000.`,
    );
  }
  if (typeof maxParallelTasks === "number" && (maxParallelTasks === 0 || maxParallelTasks < -1)) {
    fail(
      "jobSpecification.maxParallelTasks",
      `jobSpecification.maxParallelTasks is ${maxParallelTasks}; use -1 (no limit) or a number greater than 0.`,
    );
  }
}

/** The create body (what the schema validates): only the REST properties, without undefined ones. */
function restBody(news: Obj): Obj {
  const body: Obj = {};
  if (news.jobScheduleId !== undefined && news.jobScheduleId !== null) body.id = news.jobScheduleId;
  for (const k of ["displayName", "schedule", "jobSpecification", "metadata"]) {
    if (news[k] !== undefined && news[k] !== null) body[k] = news[k];
  }
  return body;
}

/**
 * The schedule ID travels as `jobScheduleId`: Pulumi reserves a resource property named `id`
 * (see `jobSchedule/types.ts`). An `id` that reaches the provider anyway (a hand-written call) is
 * taken as the schedule ID.
 */
export function fromSdkProps(received: Obj): Obj {
  if (!("id" in received) || "jobScheduleId" in received) return received;
  const { id, ...rest } = received;
  return { ...rest, jobScheduleId: id };
}

/**
 * Validates and normalises JobSchedule inputs.
 *
 * @param news the new inputs from the engine (secrets arrive unwrapped; unknowns as {@link UNKNOWN}).
 */
export function checkJobSchedule(received: Obj): JobScheduleCheckResult {
  const news = fromSdkProps(received);
  const failures: JobScheduleCheckFailure[] = [];
  const label = resourceLabel("JobSchedule", news.jobScheduleId);
  const fail = (property: string, text: string): void => {
    if (!failures.some((f) => f.property === property))
      failures.push({ property, reason: labelled(label, text) });
  };
  checkKnownKeys(news, JOB_SCHEDULE_INPUT_KEYS, "job schedule", fail);
  checkId(news.jobScheduleId, fail);
  if (known(news.displayName) && typeof news.displayName !== "string") {
    fail(
      "displayName",
      reason("displayName", "is not a string", "write a string of at most 1024 characters"),
    );
  }
  for (const flag of ["enabled", "adopt"])
    checkBoolean(flag, known(news[flag]) ? news[flag] : undefined, fail);
  checkBatchAccount(news.batchAccount, fail);
  checkSchedule(news.schedule, fail);
  checkJobSpecification(news.jobSpecification, fail);
  if (known(news.metadata) && !Array.isArray(news.metadata)) {
    fail(
      "metadata",
      'metadata is not a list; write { name, value } pairs, e.g. [{ name: "team", value: "data" }].',
    );
  }

  // The contract's schema: types, enums, required and unknown properties at every depth, on the
  // normalised body (the service reads enums case-insensitively: "nonAdmin" is "nonadmin"). Issues
  // inside a top-level property that is still unknown (preview) are not real.
  const body = restBody(normalizeJobScheduleInputs(news));
  const unknownTop = Object.keys(body).filter((k) => containsUnknown(body[k]));
  for (const issue of validateDefinition("BatchJobScheduleCreateOptions", body)) {
    const top = issue.path.split(/[.[]/)[0];
    if (unknownTop.includes(top) || failures.some((f) => issue.path.startsWith(f.property))) continue;
    fail(issue.path, describeSpecIssue(issue));
  }
  const knownBody: Obj = {};
  for (const [k, v] of Object.entries(body)) if (!unknownTop.includes(k)) knownBody[k] = v;
  checkSpecRules("BatchJobScheduleCreateOptions", knownBody, (p, r) => {
    if (!failures.some((f) => p.startsWith(f.property))) fail(p, r);
  });
  if (failures.length > 0) return { inputs: news, failures };
  return { inputs: normalizeJobScheduleInputs(news), failures };
}

/**
 * Normalises inputs (or inputs read back from the service) so equal meanings compare equal:
 * spec-driven normalisation of `schedule`, `jobSpecification` and `metadata`, an empty
 * `displayName` or `metadata` dropped, `enabled` defaulted to true, `adopt` kept only when true.
 */
export function normalizeJobScheduleInputs(news: Obj): Obj {
  const inputs: Obj = { ...news };
  inputs.schedule =
    news.schedule === undefined ? {} : normalizeBySpec(news.schedule, "BatchJobScheduleConfiguration");
  if (news.jobSpecification !== undefined) {
    inputs.jobSpecification = normalizeBySpec(news.jobSpecification, "BatchJobSpecification");
  }
  const metadata = normalizeBySpec({ metadata: news.metadata }, "BatchJobScheduleCreateOptions").metadata;
  if (metadata === undefined) delete inputs.metadata;
  else inputs.metadata = metadata;
  if (inputs.displayName === "" || inputs.displayName === null) delete inputs.displayName;
  if (inputs.enabled === undefined || inputs.enabled === null) inputs.enabled = true;
  if (inputs.adopt !== true && inputs.adopt !== UNKNOWN) delete inputs.adopt;
  return inputs as Partial<JobScheduleInputs> as Obj;
}
