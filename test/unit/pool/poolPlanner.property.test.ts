/**
 * Property tests of the planner against a model of Batch semantics (batchModel.ts): for random
 * (old state, new inputs) pairs, applying an in-place plan's steps to the old pool yields the new
 * inputs, a replacement is only planned when some change really needs one, and equal inputs never
 * plan a change.
 */
import fc from "fast-check";
import { planPool, isPoolEmpty, type PoolRecord } from "../../../provider/pool/planner";
import { topLevelChanges } from "../../../provider/core/planner";
import { AUTOSCALE_KEYS, PATCH_WHEN_EMPTY, POOL_BODY_KEYS, RESIZE_KEYS } from "../../../provider/pool/schema";
import { applySteps } from "./batchModel";

const metadata = fc.array(fc.record({ name: fc.constantFrom("a", "b"), value: fc.constantFrom("1", "2") }), {
  maxLength: 2,
});
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A normalised pool body, as `check` produces it (defaults filled in). */
const body: fc.Arbitrary<PoolRecord> = fc
  .record({
    id: fc.constantFrom("p1", "p2"),
    vmSize: fc.constantFrom("small", "large"),
    displayName: optional(fc.constantFrom("x", "y")),
    autoscale: fc.boolean(),
    targetDedicatedNodes: fc.integer({ min: 0, max: 2 }),
    targetLowPriorityNodes: fc.integer({ min: 0, max: 1 }),
    resizeTimeout: fc.constantFrom("PT15M", "PT20M"),
    autoScaleFormula: fc.constantFrom("f1", "f2"),
    autoScaleEvaluationInterval: fc.constantFrom("PT15M", "PT5M"),
    startTask: optional(fc.record({ commandLine: fc.constantFrom("a", "b") })),
    metadata: optional(metadata),
    applicationPackageReferences: optional(
      fc.array(fc.record({ applicationId: fc.constantFrom("x", "y") }), { maxLength: 1 }),
    ),
    certificateReferences: optional(
      fc.array(
        fc.record({ thumbprint: fc.constantFrom("t1", "t2"), thumbprintAlgorithm: fc.constant("sha1") }),
        { maxLength: 1 },
      ),
    ),
    targetNodeCommunicationMode: fc.constantFrom("default", "simplified"),
    taskSlotsPerNode: fc.constantFrom(1, 2),
    userAccounts: optional(
      fc.array(fc.record({ name: fc.constant("u"), password: fc.constantFrom("p", "q") }), { maxLength: 1 }),
    ),
    networkConfiguration: optional(fc.record({ subnetId: fc.constantFrom("s1", "s2") })),
  })
  .map(
    ({
      autoscale,
      targetDedicatedNodes,
      targetLowPriorityNodes,
      resizeTimeout,
      autoScaleFormula,
      autoScaleEvaluationInterval,
      ...rest
    }) => {
      const pool: PoolRecord = { ...rest, enableAutoScale: autoscale };
      if (autoscale) Object.assign(pool, { autoScaleFormula, autoScaleEvaluationInterval });
      else Object.assign(pool, { targetDedicatedNodes, targetLowPriorityNodes, resizeTimeout });
      return Object.fromEntries(Object.entries(pool).filter(([, v]) => v !== undefined));
    },
  );

/** State after create/update: the body plus current node counts (settled at the targets, or drained). */
const stateOf = (pool: PoolRecord, settled: boolean): PoolRecord => ({
  ...pool,
  eTag: "0x1",
  currentDedicatedNodes: settled ? ((pool.targetDedicatedNodes as number) ?? 1) : 0,
  currentLowPriorityNodes: settled ? ((pool.targetLowPriorityNodes as number) ?? 0) : 0,
});

/** The properties the service's pool must match the inputs on (autoscale owns the targets). */
function comparedKeys(news: PoolRecord): string[] {
  return POOL_BODY_KEYS.filter((k) =>
    news.enableAutoScale === true ? !RESIZE_KEYS.includes(k) : !AUTOSCALE_KEYS.slice(1).includes(k),
  );
}

describe("planPool properties", () => {
  test("equal inputs never plan a change", () => {
    fc.assert(
      fc.property(body, fc.boolean(), (pool, settled) => {
        expect(planPool(stateOf(pool, settled), { ...pool, __provider: "x" }).kind).toBe("none");
      }),
    );
  });

  test("applying an in-place plan to the old pool yields the new inputs", () => {
    fc.assert(
      fc.property(body, body, fc.boolean(), (oldPool, newPool, settled) => {
        const olds = stateOf(oldPool, settled);
        const plan = planPool(olds, newPool);
        if (plan.kind !== "update") return;
        const result = applySteps(olds, plan.steps);
        expect(topLevelChanges(result, newPool, comparedKeys(newPool))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test("replacement only when the id changes or an empty-only property changes on a pool with nodes", () => {
    fc.assert(
      fc.property(body, body, fc.boolean(), (oldPool, newPool, settled) => {
        const olds = stateOf(oldPool, settled);
        const plan = planPool(olds, newPool);
        if (plan.kind !== "replace") return;
        for (const key of plan.replaces) {
          const needs =
            key === "id" ||
            (PATCH_WHEN_EMPTY.includes(key as never) && !isPoolEmpty(olds)) ||
            key === "networkConfiguration" ||
            key === "displayName";
          expect(needs).toBe(true);
        }
        expect(plan.steps).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test("at most one PATCH and one updateproperties per plan, in a safe order", () => {
    fc.assert(
      fc.property(body, body, fc.boolean(), (oldPool, newPool, settled) => {
        const ops = planPool(stateOf(oldPool, settled), newPool).steps.map((s) => s.op);
        expect(ops.filter((o) => o === "patch").length).toBeLessThanOrEqual(1);
        expect(ops.filter((o) => o === "updateProperties").length).toBeLessThanOrEqual(1);
        const order = ["disableAutoScale", "updateProperties", "patch", "resize", "enableAutoScale"];
        expect([...ops].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ops);
      }),
    );
  });
});
