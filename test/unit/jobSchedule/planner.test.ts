import fc from "fast-check";
import {
  hasRemoval,
  planDiff,
  planDiffWithUnknowns,
  planUpdate,
} from "../../../provider/jobSchedule/planner";
import { UNKNOWN } from "../../../provider/jobSchedule/specWalk";
import { baseInputs } from "./fixtures";

describe("planDiff", () => {
  test("identical inputs: no changes", () => {
    expect(planDiff(baseInputs(), baseInputs())).toMatchObject({ changes: false, replaces: [], updated: [] });
  });

  test("omitted enabled equals enabled: true", () => {
    expect(planDiff(baseInputs({ enabled: undefined }), baseInputs()).changes).toBe(false);
  });

  test.each([
    ["jobScheduleId", { jobScheduleId: "other" }],
    ["displayName", { displayName: "Nightly" }],
  ])("%s changed: delete-before-replace", (prop, change) => {
    const plan = planDiff(baseInputs(), baseInputs(change));
    expect(plan).toMatchObject({ changes: true, replaces: [prop], deleteBeforeReplace: true });
  });

  test("another account endpoint: replace", () => {
    const plan = planDiff(
      baseInputs({ batchAccount: { endpoint: "http://127.0.0.1:1/a" } }),
      baseInputs({ batchAccount: { endpoint: "http://127.0.0.1:1/b" } }),
    );
    expect(plan.replaces).toEqual(["batchAccount"]);
  });

  test("adopt is not a change", () => {
    expect(planDiff(baseInputs(), baseInputs({ adopt: true })).changes).toBe(false);
  });

  test("unknown id during preview: replace; unknown schedule: update", () => {
    const news = { ...baseInputs(), jobScheduleId: UNKNOWN, schedule: UNKNOWN as never };
    const plan = planDiffWithUnknowns(baseInputs(), news);
    expect(plan.replaces).toEqual(["jobScheduleId"]);
    expect(plan.updated).toContain("schedule");
  });
});

describe("planUpdate", () => {
  test("recurrence changed: one PATCH with schedule only", () => {
    const steps = planUpdate(baseInputs(), baseInputs({ schedule: { recurrenceInterval: "PT2H" } }));
    expect(steps).toEqual([{ kind: "patch", body: { schedule: { recurrenceInterval: "PT2H" } } }]);
  });

  test("field added and metadata edited: one PATCH with both top-level properties", () => {
    const news = baseInputs({ metadata: [{ name: "team", value: "ml" }] });
    news.jobSpecification = { ...news.jobSpecification, priority: 10 };
    const steps = planUpdate(baseInputs(), news);
    expect(steps).toEqual([
      { kind: "patch", body: { jobSpecification: news.jobSpecification, metadata: news.metadata } },
    ]);
  });

  test("metadata removed: PUT with the full body", () => {
    const news = baseInputs({ metadata: undefined });
    const steps = planUpdate(baseInputs(), news);
    expect(steps).toEqual([
      { kind: "put", body: { schedule: news.schedule, jobSpecification: news.jobSpecification } },
    ]);
  });

  test("metadata emptied: PUT", () => {
    expect(planUpdate(baseInputs(), baseInputs({ metadata: [] }))[0].kind).toBe("put");
  });

  test("a nested field removed: PUT", () => {
    const olds = baseInputs();
    olds.jobSpecification.jobManagerTask = { id: "jm", commandLine: "/bin/true", displayName: "m" };
    expect(planUpdate(olds, baseInputs())[0].kind).toBe("put");
  });

  test("an array element removed: PUT", () => {
    const olds = baseInputs({
      metadata: [
        { name: "a", value: "1" },
        { name: "b", value: "2" },
      ],
    });
    expect(planUpdate(olds, baseInputs({ metadata: [{ name: "a", value: "1" }] }))[0].kind).toBe("put");
  });

  test("schedule field removed: PUT", () => {
    const olds = baseInputs({ schedule: { recurrenceInterval: "PT1H", startWindow: "PT5M" } });
    expect(planUpdate(olds, baseInputs())[0].kind).toBe("put");
  });

  test("poolId swapped for an auto pool: PUT", () => {
    const news = baseInputs();
    news.jobSpecification = {
      poolInfo: { autoPoolSpecification: { poolLifetimeOption: "job", pool: { vmSize: "standard_d2s_v3" } } },
    };
    expect(planUpdate(baseInputs(), news)[0].kind).toBe("put");
  });

  test("disable only", () => {
    expect(planUpdate(baseInputs(), baseInputs({ enabled: false }))).toEqual([{ kind: "disable" }]);
  });

  test("enable only", () => {
    expect(planUpdate(baseInputs({ enabled: false }), baseInputs())).toEqual([{ kind: "enable" }]);
  });

  test("PATCH first, then disable", () => {
    const steps = planUpdate(
      baseInputs(),
      baseInputs({ enabled: false, schedule: { recurrenceInterval: "PT2H" } }),
    );
    expect(steps.map((s) => s.kind)).toEqual(["patch", "disable"]);
  });

  test("PUT first, then enable", () => {
    const steps = planUpdate(baseInputs({ enabled: false }), baseInputs({ metadata: undefined }));
    expect(steps.map((s) => s.kind)).toEqual(["put", "enable"]);
  });

  test("nothing changed: no calls", () => {
    expect(planUpdate(baseInputs(), baseInputs())).toEqual([]);
  });
});

// Property tests over random small JSON objects standing in for schedule/jobSpecification/metadata.
const leaf = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom("a", "b", "PT1M"), fc.boolean());
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.dictionary(fc.constantFrom("x", "y", "z"), tie("node"), { maxKeys: 3 }),
    fc.array(tie("node"), { maxLength: 3 }),
  ),
})).node;
const obj = fc.dictionary(fc.constantFrom("p", "q", "r"), tree, { maxKeys: 3 });

describe("planner properties", () => {
  test("at most one PATCH/PUT, then at most one enable/disable, in that order", () => {
    fc.assert(
      fc.property(obj, obj, obj, obj, fc.boolean(), fc.boolean(), (s1, s2, j1, j2, e1, e2) => {
        const olds = baseInputs({ schedule: s1, jobSpecification: j1 as never, enabled: e1 });
        const news = baseInputs({ schedule: s2, jobSpecification: j2 as never, enabled: e2 });
        const kinds = planUpdate(olds, news).map((s) => s.kind);
        const writes = kinds.filter((k) => k === "patch" || k === "put");
        const toggles = kinds.filter((k) => k === "enable" || k === "disable");
        expect(writes.length).toBeLessThanOrEqual(1);
        expect(toggles.length).toBe(e1 === e2 ? 0 : 1);
        expect(kinds).toEqual([...writes, ...toggles]);
        expect(kinds.length === 0).toBe(!planDiff(olds, news).changes);
      }),
    );
  });

  test("applying a PATCH by merging (as the service does) reaches the desired state; PUT when it would not", () => {
    // The service's PATCH replaces each top-level property it carries; a deep merge would keep
    // removed fields, which is exactly when the planner must choose PUT.
    const deepMerge = (a: unknown, b: unknown): unknown => {
      if (
        typeof a !== "object" ||
        a === null ||
        Array.isArray(a) ||
        typeof b !== "object" ||
        b === null ||
        Array.isArray(b)
      )
        return b;
      const out: Record<string, unknown> = { ...(a as object) };
      for (const [k, v] of Object.entries(b)) out[k] = deepMerge(out[k], v);
      return out;
    };
    fc.assert(
      fc.property(obj, obj, (s1, s2) => {
        const olds = baseInputs({ schedule: s1 });
        const news = baseInputs({ schedule: s2 });
        const [step] = planUpdate(olds, news);
        if (step?.kind === "patch") {
          expect(deepMerge(olds.schedule, step.body.schedule)).toEqual(news.schedule);
        } else if (step?.kind === "put") {
          expect(hasRemoval(olds.schedule, news.schedule)).toBe(true);
          expect(step.body.schedule).toEqual(news.schedule);
        }
      }),
    );
  });

  test("hasRemoval is false from nothing and true to nothing", () => {
    fc.assert(
      fc.property(tree, (t) => {
        expect(hasRemoval(undefined, t)).toBe(false);
        if (t !== undefined) expect(hasRemoval(t, undefined)).toBe(true);
      }),
    );
  });
});
