/**
 * From a Job Schedule as the service returns it (GET) to the resource's outputs and inputs.
 *
 * The declared properties are normalised exactly as `check` normalises user inputs (so a
 * server-added default or a different duration spelling is not drift), and write-only secrets
 * the service does not return (registry/user passwords, mount keys) are restored from the prior
 * state so they do not show up as removed. Pure.
 */
import type { BatchJobSchedule } from "../client/models";
import { normalizeJobScheduleInputs } from "./check";
import { filledProperties, projectProperties, SERVICE_FILLED_KEY } from "../core/declared";
import { toPlainJson } from "../core/normalize";
import { restoreWriteOnlySecrets } from "../core/secrets";
import type { JobScheduleInputs, JobScheduleOutputs } from "./types";

/** The input properties of a schedule as the service holds it, normalised like `check` does. */
export function inputsFromService(
  live: BatchJobSchedule,
  prior: Partial<JobScheduleInputs> = {},
): JobScheduleInputs {
  return inputsOf(normalizedLive(live, prior), prior);
}

function inputsOf(normalized: Record<string, unknown>, prior: Partial<JobScheduleInputs>): JobScheduleInputs {
  return toPlainJson<JobScheduleInputs>(projectProperties(normalized, prior, PROJECTED_KEYS));
}

/** The properties compared on the declared paths only (the service fills in and reorders there). */
export const PROJECTED_KEYS = ["schedule", "jobSpecification", "metadata"] as const;

function normalizedLive(live: BatchJobSchedule, prior: Partial<JobScheduleInputs>): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    jobScheduleId: live.id ?? prior.jobScheduleId,
    displayName: live.displayName,
    schedule: live.schedule ?? {},
    jobSpecification: withAutoPoolTargets(live.jobSpecification),
    metadata: live.metadata,
    enabled: live.state !== "disabled",
  };
  if (prior.adopt === true) raw.adopt = true;
  if (prior.batchAccount !== undefined) raw.batchAccount = prior.batchAccount;
  const inputs = normalizeJobScheduleInputs(raw) as unknown as JobScheduleInputs;
  inputs.jobSpecification = restoreWriteOnlySecrets(inputs.jobSpecification, prior.jobSpecification);
  return inputs as unknown as Record<string, unknown>;
}

/**
 * An auto pool of fixed size that the service reports without targets has 0 nodes of each kind,
 * as a pool created without them does: a declared 0 is then not a value the service lost.
 */
function withAutoPoolTargets(
  spec: BatchJobSchedule["jobSpecification"],
): BatchJobSchedule["jobSpecification"] {
  const pool = spec?.poolInfo?.autoPoolSpecification?.pool as Record<string, unknown> | undefined;
  if (!spec || !pool || pool.enableAutoScale === true) return spec;
  const filled = { targetDedicatedNodes: 0, targetLowPriorityNodes: 0, ...pool };
  const auto = { ...spec.poolInfo?.autoPoolSpecification, pool: filled };
  return { ...spec, poolInfo: { ...spec.poolInfo, autoPoolSpecification: auto } } as typeof spec;
}

/**
 * The full outputs: the inputs as the service holds them, plus url, eTag, state, creationTime,
 * lastModified and executionInfo.
 *
 * @param etagHeader the `ETag` response header, used when the body carries none
 */
export function outputsFromService(
  live: BatchJobSchedule,
  prior: Partial<JobScheduleInputs> = {},
  etagHeader?: string,
): JobScheduleOutputs {
  return jobScheduleState(live, prior, etagHeader).outputs;
}

/**
 * {@link inputsFromService} and {@link outputsFromService} of one GET, normalising the live
 * schedule once for both (a read needs both; the three spec walks were most of its cost, issue 16).
 */
export function jobScheduleState(
  live: BatchJobSchedule,
  prior: Partial<JobScheduleInputs> = {},
  etagHeader?: string,
): { inputs: JobScheduleInputs; outputs: JobScheduleOutputs } {
  const normalized = normalizedLive(live, prior);
  const inputs = inputsOf(normalized, prior);
  const outputs = toPlainJson<JobScheduleOutputs>({
    ...inputs,
    url: live.url,
    eTag: live.eTag ?? etagHeader,
    state: live.state,
    creationTime: live.creationTime,
    lastModified: live.lastModified,
    executionInfo: live.executionInfo,
    // What the service filled in beyond the declared paths (see absorbIntoState in the planner).
    [SERVICE_FILLED_KEY]: filledProperties(normalized, prior, PROJECTED_KEYS),
  });
  // toPlainJson copies deeply, so the outputs share no object with the inputs.
  return { inputs, outputs };
}
