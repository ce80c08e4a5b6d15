/**
 * Turns a pool read from the service into the resource's state: the inputs' shape (normalised like
 * `check` does, server-only fields dropped) plus the read-only outputs. This is what makes
 * `pulumi refresh` report real drift and nothing else.
 */
import type { BatchPool } from "../client";
import { filledProperties, projectProperties, SERVICE_FILLED_KEY } from "../core/declared";
import { toPlainJson } from "../core/normalize";
import { normalizePool } from "./normalize";
import type { PoolRecord } from "./planner";
import { POOL_BODY_KEYS, POOL_OPTION_KEYS, POOL_OUTPUT_KEYS, RESIZE_KEYS } from "./schema";
import { restoreWriteOnlySecrets } from "../core/secrets";

/** The parts of a pool's state. */
export interface PoolState {
  /** What the inputs would be for the live pool (body + the prior provider options). */
  inputs: PoolRecord;
  /** Full outputs: `inputs` plus the read-only properties. */
  outputs: PoolRecord;
}

/**
 * Builds the state from a live pool.
 *
 * @param live the pool from GET
 * @param prior the previous inputs/state (provider options are kept from it; write-only secrets the
 *   service does not return are restored from it; under autoscale, the declared fixed-size values)
 * @param eTag the ETag response header, preferred over the body's
 */
export function poolState(live: BatchPool, prior: PoolRecord, eTag?: string): PoolState {
  const raw = toPlainJson<PoolRecord>(live);
  const body: PoolRecord = {};
  for (const k of POOL_BODY_KEYS) if (raw[k] !== undefined) body[k] = raw[k];
  // Only what the program declared is compared: values the service filled in are not drift.
  const normalized = restoreWriteOnlySecrets(normalizePool(body), prior);
  const inputs = projectProperties(normalized, prior, POOL_BODY_KEYS);
  // What the service filled in beyond the declared paths: declaring one of those values later is
  // then no change (see absorbIntoState in the planner).
  const filled = filledProperties(normalized, prior, POOL_BODY_KEYS);
  if (inputs.enableAutoScale === true) {
    // The formula owns the targets; keep whatever the program declared so refresh shows no drift.
    for (const k of RESIZE_KEYS) if (prior[k] !== undefined) inputs[k] = prior[k];
  }
  for (const k of POOL_OPTION_KEYS) if (prior[k] !== undefined) inputs[k] = prior[k];
  const outputs: PoolRecord = { ...inputs };
  for (const k of POOL_OUTPUT_KEYS) if (raw[k] !== undefined) outputs[k] = raw[k];
  if (eTag) outputs.eTag = eTag;
  if (filled) outputs[SERVICE_FILLED_KEY] = filled;
  return { inputs, outputs };
}

/** The create body: the pool properties of the checked inputs (provider options removed). */
export function createBody(inputs: PoolRecord): PoolRecord {
  const body: PoolRecord = {};
  for (const k of POOL_BODY_KEYS) if (inputs[k] !== undefined) body[k] = inputs[k];
  return body;
}
