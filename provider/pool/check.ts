/**
 * `check` for pools: validation against the spec (BatchPoolCreateOptions, via spec/validator.ts)
 * plus the rules the schema cannot express, with messages that name the pool, the property and the
 * fix; then normalisation (pool/normalize.ts). Unknown preview values are skipped, not reported.
 */
import type * as pulumi from "@pulumi/pulumi";
import { validateDefinition } from "../../spec/validator";
import { durationSeconds, formatDuration } from "../core/normalize";
import { containsUnknown, isUnknown } from "../core/planner";
import { normalizePool } from "./normalize";
import { canonicalizeEnums } from "../../spec/enums";
import type { PoolRecord } from "./planner";
import { POOL_BODY_KEYS, POOL_OPTION_KEYS } from "./schema";
import { checkBatchAccount, checkBoolean, checkPositiveSeconds } from "../core/validate/options";
import { labelled, reason, resourceLabel } from "../core/validate/reason";
import { describeSpecIssue } from "../core/validate/specIssue";
import { checkSpecRules } from "../core/validate/specRules";

const MIN_DURATION: Record<string, [number, number?]> = {
  resizeTimeout: [300],
  autoScaleEvaluationInterval: [300, 168 * 3600],
};

/** Validates and normalises a pool's inputs (the dynamic provider's `check`). */
export function checkPool(news: PoolRecord): pulumi.dynamic.CheckResult {
  const { __provider: _provider, ...rest } = news;
  const failures = validatePool(rest);
  return { inputs: failures.length > 0 ? rest : normalizePool(rest), failures };
}

/** Every problem in a pool's inputs, as check failures naming the property and the fix. */
export function validatePool(inputs: PoolRecord): pulumi.dynamic.CheckFailure[] {
  const label = resourceLabel("Pool", inputs.id);
  const failures: pulumi.dynamic.CheckFailure[] = [];
  const fail = (property: string, text: string) => {
    if (!failures.some((f) => f.property === property))
      failures.push({ property, reason: labelled(label, text) });
  };

  const body: PoolRecord = {};
  for (const k of POOL_BODY_KEYS) if (inputs[k] !== undefined) body[k] = inputs[k];
  for (const k of Object.keys(inputs)) {
    if (!POOL_BODY_KEYS.includes(k as never) && !POOL_OPTION_KEYS.includes(k as never)) {
      fail(
        k,
        reason(k, "is not a pool property of api-version 2024-07-01.20.0", "remove it or check its spelling"),
      );
    }
  }

  // Schema: validate the known parts only (unknown preview values are dropped, and so are issues about them).
  // Enum case is normalised first: `Simplified` is accepted and stored as the spec's `simplified`.
  const known = canonicalizeEnums("BatchPoolCreateOptions", stripUnknown(body) as PoolRecord);
  const unknownPaths = unknownPathsOf(body);
  for (const issue of validateDefinition("BatchPoolCreateOptions", known)) {
    // Paths in the validator's form (`metadata[0].name`), so issues about unknown values are dropped.
    if (
      unknownPaths.some(
        (u) => issue.path === u || (/^[.[]/.test(issue.path.slice(u.length)) && issue.path.startsWith(u)),
      )
    )
      continue;
    if (MIN_DURATION[issue.path]) continue; // reported below with the fix spelled out
    fail(issue.path || issue.property, describeSpecIssue(issue));
  }
  // The unstripped body: the rules skip unknown values themselves, and an unknown part of a
  // combination (an image's publisher) still counts as given.
  checkSpecRules("BatchPoolCreateOptions", canonicalizeEnums("BatchPoolCreateOptions", body), fail);
  // The spec's description: "This property must be specified" (the schema cannot say so any more).
  if (inputs.virtualMachineConfiguration === undefined || inputs.virtualMachineConfiguration === null) {
    fail(
      "virtualMachineConfiguration",
      reason(
        "virtualMachineConfiguration",
        "is required",
        'add it, e.g. virtualMachineConfiguration: { imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" }, nodeAgentSKUId: "batch.node.ubuntu 22.04" }',
      ),
    );
  }

  if (typeof known.id === "string" && !/^[A-Za-z0-9_-]{1,64}$/.test(known.id)) {
    fail("id", `id "${known.id.slice(0, 80)}" is invalid: use 1-64 letters, digits, hyphens or underscores`);
  }
  for (const [prop, [min, max]] of Object.entries(MIN_DURATION)) {
    const v = known[prop];
    if (typeof v !== "string") continue;
    const s = durationSeconds(v);
    if (s === undefined)
      fail(prop, `${prop} "${String(v).slice(0, 40)}" is invalid: use an ISO 8601 duration such as PT15M`);
    else if (s < min)
      fail(
        prop,
        `${prop} "${v}" is invalid: must be at least ${formatDuration(min)} (${min / 60} minutes); use "${formatDuration(min)}" or longer`,
      );
    else if (max !== undefined && s > max)
      fail(
        prop,
        `${prop} "${v}" is invalid: must be at most ${formatDuration(max)} (${max / 3600} hours); use "${formatDuration(max)}" or shorter`,
      );
  }

  // Autoscale versus fixed size (BatchPoolCreateOptions descriptions).
  const auto = inputs.enableAutoScale;
  if (auto === true) {
    for (const k of ["targetDedicatedNodes", "targetLowPriorityNodes"]) {
      if (inputs[k] !== undefined) {
        fail(
          k,
          `${k} must not be set when enableAutoScale is true: remove it (the autoScaleFormula sets the size) or set enableAutoScale to false`,
        );
      }
    }
    if (inputs.autoScaleFormula === undefined) {
      fail(
        "autoScaleFormula",
        'autoScaleFormula is required when enableAutoScale is true: add a formula such as "$TargetDedicatedNodes = 1;"',
      );
    }
  } else if (auto === false || auto === undefined) {
    if (inputs.autoScaleFormula !== undefined) {
      fail(
        "autoScaleFormula",
        "autoScaleFormula is only allowed when enableAutoScale is true: set enableAutoScale: true or remove the formula",
      );
    }
    if (inputs.autoScaleEvaluationInterval !== undefined) {
      fail(
        "autoScaleEvaluationInterval",
        "autoScaleEvaluationInterval is only allowed when enableAutoScale is true: set enableAutoScale: true or remove it",
      );
    }
    // No targets is what the service accepts too: a pool with 0 nodes (normalizePool fills in 0).
  }
  checkPoolOptions(inputs, fail);
  const option = inputs.nodeDeallocationOption;
  if (
    typeof option === "string" &&
    !isUnknown(option) &&
    !/^(requeue|terminate|taskcompletion|retaineddata)$/i.test(option)
  ) {
    fail(
      "nodeDeallocationOption",
      `nodeDeallocationOption "${option}" is invalid: use requeue, terminate, taskcompletion or retaineddata`,
    );
  }
  return failures;
}

/** The provider options of a pool: flags, the wait limit and the explicit connection. */
function checkPoolOptions(inputs: PoolRecord, fail: (property: string, text: string) => void): void {
  for (const k of ["adopt", "waitForSteady", "stopPendingResize"]) checkBoolean(k, inputs[k], fail);
  checkPositiveSeconds("steadyTimeoutSeconds", inputs.steadyTimeoutSeconds, fail);
  const timeouts = inputs.timeouts;
  if (timeouts !== undefined && timeouts !== null && !isUnknown(timeouts)) {
    if (typeof timeouts !== "object" || Array.isArray(timeouts)) {
      fail("timeouts", reason("timeouts", "is not an object", "write { steadySeconds: 1800 }"));
    } else {
      for (const [k, v] of Object.entries(timeouts as PoolRecord)) {
        if (k === "steadySeconds") checkPositiveSeconds("timeouts.steadySeconds", v, fail);
        else fail(`timeouts.${k}`, reason(`timeouts.${k}`, "is not a known timeout", "use steadySeconds"));
      }
    }
  }
  checkBatchAccount(inputs.batchAccount, fail);
}

function stripUnknown(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (isUnknown(v) ? undefined : stripUnknown(v)));
  if (value !== null && typeof value === "object") {
    const out: PoolRecord = {};
    for (const [k, v] of Object.entries(value as PoolRecord)) if (!isUnknown(v)) out[k] = stripUnknown(v);
    return out;
  }
  return value;
}

function unknownPathsOf(value: unknown, prefix = ""): string[] {
  if (isUnknown(value)) return [prefix];
  if (!containsUnknown(value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownPathsOf(v, `${prefix}[${i}]`));
  return Object.entries(value as PoolRecord).flatMap(([k, v]) =>
    unknownPathsOf(v, prefix ? `${prefix}.${k}` : k),
  );
}
