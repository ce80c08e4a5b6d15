import fc from "fast-check";
import {
  absorbServiceFilled,
  alignItems,
  projectOnDeclared,
  sameServiceValue,
  serviceFilled,
  SERVICE_FILLED_KEY,
} from "../../../provider/core/declared";
import { planDiff, planUpdate } from "../../../provider/jobSchedule/planner";
import type { JobScheduleInputs } from "../../../provider/jobSchedule/types";
import { planPool, type PoolRecord } from "../../../provider/pool/planner";

type Rec = Record<string, unknown>;

const image = { publisher: "canonical", offer: "ubuntuserver", sku: "18.04-lts" };

/** A pool with a node (so a change of virtualMachineConfiguration would replace it), as in state. */
function poolState(overrides: PoolRecord = {}): PoolRecord {
  return {
    id: "p1",
    vmSize: "standard_d1_v2",
    virtualMachineConfiguration: {
      imageReference: { ...image },
      nodeAgentSKUId: "batch.node.ubuntu 18.04",
      dataDisks: [{ lun: 1, diskSizeGB: 50 }],
    },
    resizeTimeout: "PT15M",
    targetDedicatedNodes: 1,
    targetLowPriorityNodes: 0,
    enableAutoScale: false,
    enableInterNodeCommunication: false,
    taskSlotsPerNode: 1,
    taskSchedulingPolicy: { nodeFillType: "spread" },
    targetNodeCommunicationMode: "default",
    metadata: [{ name: "team", value: "render" }],
    currentDedicatedNodes: 1,
    currentLowPriorityNodes: 0,
    [SERVICE_FILLED_KEY]: {
      virtualMachineConfiguration: {
        imageReference: { version: "latest" },
        dataDisks: [{ caching: "none", storageAccountType: "standard_lrs" }],
      },
    },
    ...overrides,
  };
}

/** The program's inputs for {@link poolState}, with the virtualMachineConfiguration given. */
function poolNews(vmc: Rec, overrides: PoolRecord = {}): PoolRecord {
  const {
    currentDedicatedNodes: _c,
    currentLowPriorityNodes: _l,
    [SERVICE_FILLED_KEY]: _f,
    ...rest
  } = poolState();
  return { ...rest, virtualMachineConfiguration: vmc, ...overrides };
}

const vmc = (extra: Rec = {}, disk: Rec = {}) => ({
  imageReference: { ...image, ...extra },
  nodeAgentSKUId: "batch.node.ubuntu 18.04",
  dataDisks: [{ lun: 1, diskSizeGB: 50, ...disk }],
});

describe("lists the service keeps as sets", () => {
  test("metadata in another order projects onto the declared order", () => {
    const declared = [
      { name: "meta1", value: "value1" },
      { name: "meta2", value: "value2" },
    ];
    const live = [declared[1], declared[0]];
    expect(projectOnDeclared(live, declared)).toEqual(declared);
  });

  test("a changed or missing item still differs; unkeyed lists keep their order", () => {
    const declared = [
      { name: "a", value: "1" },
      { name: "b", value: "2" },
    ];
    expect(projectOnDeclared([{ name: "b", value: "3" }, declared[0]], declared)).not.toEqual(declared);
    expect(projectOnDeclared([declared[0]], declared)).not.toEqual(declared);
    const files = [{ filePath: "x" }, { filePath: "y" }];
    expect(alignItems([files[1], files[0]], files)).toEqual([files[1], files[0]]);
  });
});

describe("service equality", () => {
  test("formulas modulo whitespace, enums without case, canonical durations", () => {
    expect(
      sameServiceValue("$TargetDedicatedNodes=1;\r\n", "  $TargetDedicatedNodes=1;", "autoScaleFormula"),
    ).toBe(true);
    expect(sameServiceValue("$a=1;", "$a=2;", "autoScaleFormula")).toBe(false);
    expect(sameServiceValue("Spread", "spread", "nodeFillType")).toBe(true);
    expect(sameServiceValue("LocalMachine", "localmachine", "storeLocation")).toBe(true);
    expect(sameServiceValue("PT01H00M00S", "PT1H", "startWindow")).toBe(true);
  });
});

describe("serviceFilled / absorbServiceFilled", () => {
  test("records the complement of the declared paths, without secrets", () => {
    const live = { a: 1, b: { c: 2, d: 3 }, users: [{ name: "u", password: "p", loginMode: "batch" }] };
    const declared = { a: 1, b: { c: 2 }, users: [{ name: "u" }] };
    expect(serviceFilled(live, declared)).toEqual({ b: { d: 3 }, users: [{ loginMode: "batch" }] });
    expect(serviceFilled({ a: 1 }, { a: 1 })).toBeUndefined();
  });

  test("a newly declared value equal to the filled one is absorbed; another value is not", () => {
    const olds = { b: { c: 2 } };
    expect(absorbServiceFilled(olds, { b: { c: 2, d: 3 } }, { b: { d: 3 } })).toEqual({ b: { c: 2, d: 3 } });
    expect(absorbServiceFilled(olds, { b: { c: 2, d: 4 } }, { b: { d: 3 } })).toEqual(olds);
    // A removal stays visible.
    expect(absorbServiceFilled({ b: { c: 2, d: 3 } }, { b: { c: 2 } }, undefined)).toEqual({
      b: { c: 2, d: 3 },
    });
  });

  test("property: absorbing never invents a difference and is idempotent", () => {
    const json = fc.dictionary(
      fc.constantFrom("a", "b", "c"),
      fc.oneof(fc.integer({ max: 3 }), fc.constant("x")),
    );
    fc.assert(
      fc.property(json, json, json, (olds, news, filled) => {
        const once = absorbServiceFilled(olds, news, filled);
        expect(absorbServiceFilled(once, news, filled)).toEqual(once);
        for (const [k, v] of Object.entries(once as Rec)) if (!(k in olds)) expect(v).toEqual(news[k]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("pool planner with service-filled values (pool has a node)", () => {
  test("declaring imageReference.version latest, or the filled disk caching, is no change", () => {
    expect(planPool(poolState(), poolNews(vmc({ version: "latest" }))).kind).toBe("none");
    expect(planPool(poolState(), poolNews(vmc({}, { caching: "none" })))).toMatchObject({ kind: "none" });
  });

  test("version latest is no change even without a record of the fill-in, both ways", () => {
    const bare = poolState({ [SERVICE_FILLED_KEY]: undefined });
    expect(planPool(bare, poolNews(vmc({ version: "latest" }))).kind).toBe("none");
    const declaredLatest = poolState({ virtualMachineConfiguration: vmc({ version: "latest" }) });
    expect(planPool(declaredLatest, poolNews(vmc())).kind).toBe("none");
  });

  test("another version or caching than the service's is a change (a replacement here)", () => {
    expect(planPool(poolState(), poolNews(vmc({ version: "1.2.3" })))).toMatchObject({
      kind: "replace",
      replaces: ["virtualMachineConfiguration"],
    });
    expect(planPool(poolState(), poolNews(vmc({}, { caching: "readwrite" }))).kind).toBe("replace");
  });

  test("removing declared metadata is still an update; the planner does not touch its arguments", () => {
    const olds = poolState();
    const news = poolNews(vmc());
    delete news.metadata;
    const before = JSON.stringify([olds, news]);
    expect(planPool(olds, news)).toMatchObject({ kind: "update", changed: ["metadata"] });
    expect(JSON.stringify([olds, news])).toBe(before);
  });
});

describe("job schedule planner with service-filled values", () => {
  const spec = { poolInfo: { poolId: "p" }, jobManagerTask: { id: "jm", commandLine: "run" } };
  const olds = {
    jobScheduleId: "s",
    schedule: { recurrenceInterval: "P1D" },
    jobSpecification: spec,
    enabled: true,
    // The service reports the job manager's retry count as the job's (2), not the default.
    [SERVICE_FILLED_KEY]: { jobSpecification: { jobManagerTask: { constraints: { maxTaskRetryCount: 2 } } } },
  } as unknown as JobScheduleInputs;

  test("declaring the value the service reported is no change; another value is a PATCH", () => {
    const same = { ...olds, jobSpecification: withRetries(2) } as JobScheduleInputs;
    expect(planDiff(olds, same).changes).toBe(false);
    expect(planUpdate(olds, same)).toEqual([]);
    const other = { ...olds, jobSpecification: withRetries(3) } as JobScheduleInputs;
    expect(planUpdate(olds, other)).toMatchObject([{ kind: "patch" }]);
  });

  test("removing a declared property is still a PUT", () => {
    const news = { ...olds, schedule: {} } as JobScheduleInputs;
    expect(planUpdate(olds, news)).toMatchObject([{ kind: "put" }]);
  });

  function withRetries(n: number) {
    return { ...spec, jobManagerTask: { ...spec.jobManagerTask, constraints: { maxTaskRetryCount: n } } };
  }
});
