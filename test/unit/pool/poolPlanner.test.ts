import { planPool, isPoolEmpty, type PoolRecord } from "../../../provider/pool/planner";
import { UNKNOWN } from "../../../provider/core/planner";

/** A checked (normalised) fixed-size pool with two nodes, as stored in state after create. */
function state(overrides: PoolRecord = {}): PoolRecord {
  return {
    id: "p1",
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: {
      imageReference: { publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    },
    resizeTimeout: "PT15M",
    targetDedicatedNodes: 2,
    targetLowPriorityNodes: 0,
    enableAutoScale: false,
    enableInterNodeCommunication: false,
    taskSlotsPerNode: 1,
    taskSchedulingPolicy: { nodeFillType: "spread" },
    targetNodeCommunicationMode: "default",
    startTask: { commandLine: "echo a" },
    metadata: [{ name: "team", value: "render" }],
    url: "http://x/pools/p1",
    eTag: "0x1",
    state: "active",
    allocationState: "steady",
    currentDedicatedNodes: 2,
    currentLowPriorityNodes: 0,
    __provider: "serialized",
    ...overrides,
  };
}

/** The inputs part of a state (what `check` would produce for the same program). */
function inputs(s: PoolRecord, overrides: PoolRecord = {}): PoolRecord {
  const out = { ...s };
  for (const k of [
    "url",
    "eTag",
    "state",
    "allocationState",
    "currentDedicatedNodes",
    "currentLowPriorityNodes",
  ]) {
    delete out[k];
  }
  return { ...out, ...overrides };
}

const emptyState = (o: PoolRecord = {}) => state({ targetDedicatedNodes: 0, currentDedicatedNodes: 0, ...o });

describe("planPool", () => {
  test("same inputs: no change; __provider and output-only keys never cause one", () => {
    const s = state();
    expect(planPool(s, inputs(s)).kind).toBe("none");
    expect(planPool(s, inputs(s, { __provider: "other" })).kind).toBe("none");
    expect(planPool({ ...s, eTag: "0x9", currentDedicatedNodes: 1 }, inputs(s)).kind).toBe("none");
  });

  test("start task changed: one PATCH carrying only the start task", () => {
    const s = state();
    const plan = planPool(s, inputs(s, { startTask: { commandLine: "echo b" } }));
    expect(plan).toMatchObject({ kind: "update", replaces: [] });
    expect(plan.steps).toEqual([{ op: "patch", body: { startTask: { commandLine: "echo b" } } }]);
  });

  test("several PATCH-anytime properties changed: still one PATCH with exactly those", () => {
    const s = state();
    const news = inputs(s, {
      metadata: [{ name: "team", value: "x" }],
      applicationPackageReferences: [{ applicationId: "app" }],
      certificateReferences: [{ thumbprint: "ab", thumbprintAlgorithm: "sha1" }],
      targetNodeCommunicationMode: "simplified",
    });
    const plan = planPool(s, news);
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]).toEqual({
      op: "patch",
      body: {
        metadata: news.metadata,
        applicationPackageReferences: news.applicationPackageReferences,
        certificateReferences: news.certificateReferences,
        targetNodeCommunicationMode: "simplified",
      },
    });
  });

  test.each([
    ["metadata removed", { metadata: undefined }, []],
    ["metadata emptied", { metadata: [] }, []],
    ["start task removed", { startTask: undefined }, [{ name: "team", value: "render" }]],
  ])("%s: updateproperties with the full desired group", (_name, overrides, metadata) => {
    const s = state({ applicationPackageReferences: [{ applicationId: "app" }] });
    const plan = planPool(s, inputs(s, overrides));
    expect(plan.kind).toBe("update");
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0].op).toBe("updateProperties");
    const body = (plan.steps[0] as { body: PoolRecord }).body;
    expect(body.applicationPackageReferences).toEqual([{ applicationId: "app" }]);
    expect(body.certificateReferences).toEqual([]);
    expect(body.targetNodeCommunicationMode).toBe("default");
    expect(body.metadata).toEqual(metadata);
    expect(body.startTask).toEqual("startTask" in overrides ? undefined : s.startTask);
  });

  test("certificate references removed: updateproperties", () => {
    const s = state({ certificateReferences: [{ thumbprint: "ab", thumbprintAlgorithm: "sha1" }] });
    const plan = planPool(s, inputs(s, { certificateReferences: undefined }));
    expect(plan.steps.map((x) => x.op)).toEqual(["updateProperties"]);
  });

  test.each([
    ["targetDedicatedNodes", { targetDedicatedNodes: 5 }],
    ["targetLowPriorityNodes", { targetLowPriorityNodes: 3 }],
    ["resizeTimeout", { resizeTimeout: "PT20M" }],
  ])("%s changed: resize", (_name, overrides) => {
    const s = state();
    const plan = planPool(s, inputs(s, overrides));
    expect(plan.steps).toEqual([
      {
        op: "resize",
        stopPendingResize: false,
        body: { targetDedicatedNodes: 2, targetLowPriorityNodes: 0, resizeTimeout: "PT15M", ...overrides },
      },
    ]);
  });

  test("resize carries nodeDeallocationOption and stopPendingResize", () => {
    const s = state();
    const plan = planPool(
      s,
      inputs(s, {
        targetDedicatedNodes: 1,
        nodeDeallocationOption: "taskcompletion",
        stopPendingResize: true,
      }),
    );
    expect(plan.steps).toEqual([
      {
        op: "resize",
        stopPendingResize: true,
        body: {
          targetDedicatedNodes: 1,
          targetLowPriorityNodes: 0,
          resizeTimeout: "PT15M",
          nodeDeallocationOption: "taskcompletion",
        },
      },
    ]);
  });

  test("provider options alone: an update with no REST calls", () => {
    const s = state();
    const plan = planPool(s, inputs(s, { waitForSteady: false, nodeDeallocationOption: "requeue" }));
    expect(plan).toMatchObject({ kind: "update", steps: [], replaces: [] });
  });

  test("switch to autoscale: enableautoscale with formula and interval, targets ignored", () => {
    const s = state();
    const news = inputs(s, {
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 1;",
      autoScaleEvaluationInterval: "PT5M",
      targetDedicatedNodes: undefined,
      targetLowPriorityNodes: undefined,
      resizeTimeout: undefined,
    });
    expect(planPool(s, news).steps).toEqual([
      {
        op: "enableAutoScale",
        body: { autoScaleFormula: "$TargetDedicatedNodes = 1;", autoScaleEvaluationInterval: "PT5M" },
      },
    ]);
  });

  test("autoscale formula changed: enableautoscale without restarting the interval", () => {
    const s = state({ enableAutoScale: true, autoScaleFormula: "a", autoScaleEvaluationInterval: "PT15M" });
    const plan = planPool(s, inputs(s, { autoScaleFormula: "b", targetDedicatedNodes: undefined }));
    expect(plan.steps).toEqual([{ op: "enableAutoScale", body: { autoScaleFormula: "b" } }]);
  });

  test("autoscale interval changed: enableautoscale with the interval", () => {
    const s = state({ enableAutoScale: true, autoScaleFormula: "a", autoScaleEvaluationInterval: "PT15M" });
    const plan = planPool(s, inputs(s, { autoScaleEvaluationInterval: "PT10M" }));
    expect(plan.steps).toEqual([
      { op: "enableAutoScale", body: { autoScaleFormula: "a", autoScaleEvaluationInterval: "PT10M" } },
    ]);
  });

  test("switch autoscale off: disableautoscale then resize to the fixed targets", () => {
    const s = state({ enableAutoScale: true, autoScaleFormula: "a", autoScaleEvaluationInterval: "PT15M" });
    const news = inputs(s, {
      enableAutoScale: false,
      autoScaleFormula: undefined,
      autoScaleEvaluationInterval: undefined,
      targetDedicatedNodes: 3,
    });
    expect(planPool(s, news).steps).toEqual([
      { op: "disableAutoScale" },
      {
        op: "resize",
        stopPendingResize: false,
        body: { targetDedicatedNodes: 3, targetLowPriorityNodes: 0, resizeTimeout: "PT15M" },
      },
    ]);
  });

  test.each([
    ["vmSize", { vmSize: "standard_d4s_v3" }],
    ["displayName", { displayName: "new" }],
    [
      "virtualMachineConfiguration",
      { virtualMachineConfiguration: { imageReference: { id: "x" }, nodeAgentSKUId: "y" } },
    ],
    ["networkConfiguration", { networkConfiguration: { subnetId: "s" } }],
    ["userAccounts", { userAccounts: [{ name: "u", password: "p" }] }],
    [
      "mountConfiguration",
      { mountConfiguration: [{ nfsMountConfiguration: { source: "s", relativeMountPath: "m" } }] },
    ],
    ["taskSlotsPerNode", { taskSlotsPerNode: 2 }],
    ["enableInterNodeCommunication", { enableInterNodeCommunication: true }],
    ["upgradePolicy", { upgradePolicy: { mode: "manual" } }],
    ["resourceTags", { resourceTags: { a: "b" } }],
    ["taskSchedulingPolicy", { taskSchedulingPolicy: { nodeFillType: "pack" } }],
  ])("empty-only %s: PATCH on an empty pool, replacement on a pool with nodes", (key, overrides) => {
    const busy = state();
    expect(planPool(busy, inputs(busy, overrides))).toMatchObject({
      kind: "replace",
      replaces: [key],
      steps: [],
    });
    const empty = emptyState();
    expect(planPool(empty, inputs(empty, overrides))).toMatchObject({
      kind: "update",
      steps: [{ op: "patch", body: overrides }],
    });
  });

  test("an empty pool: empty-only PATCH goes before the resize that adds nodes", () => {
    const empty = emptyState();
    const plan = planPool(empty, inputs(empty, { vmSize: "big", targetDedicatedNodes: 2 }));
    expect(plan.steps.map((s) => s.op)).toEqual(["patch", "resize"]);
  });

  test("a pool not yet drained (current nodes > 0) is not empty", () => {
    expect(isPoolEmpty(state({ targetDedicatedNodes: 0 }))).toBe(false);
    expect(isPoolEmpty(emptyState())).toBe(true);
    expect(isPoolEmpty(emptyState({ enableAutoScale: true }))).toBe(false);
  });

  test("removing an empty-only value PATCH cannot clear: replacement even when empty", () => {
    const empty = emptyState({ networkConfiguration: { subnetId: "s" } });
    expect(planPool(empty, inputs(empty, { networkConfiguration: undefined }))).toMatchObject({
      kind: "replace",
      replaces: ["networkConfiguration"],
    });
    const withUsers = emptyState({ userAccounts: [{ name: "u", password: "p" }] });
    expect(planPool(withUsers, inputs(withUsers, { userAccounts: undefined })).steps).toEqual([
      { op: "patch", body: { userAccounts: [] } },
    ]);
  });

  test("id changed: replacement listing exactly id (plus any other replacement cause)", () => {
    const s = state();
    expect(planPool(s, inputs(s, { id: "p2" }))).toMatchObject({ kind: "replace", replaces: ["id"] });
    expect(planPool(s, inputs(s, { id: "p2", vmSize: "x", metadata: [] }))).toMatchObject({
      kind: "replace",
      replaces: ["id", "vmSize"],
    });
  });

  test("unknown values during preview count as changes, classified by property", () => {
    const s = state();
    expect(planPool(s, inputs(s, { metadata: [{ name: "a", value: UNKNOWN }] }))).toMatchObject({
      kind: "update",
    });
    expect(planPool(s, inputs(s, { vmSize: UNKNOWN }))).toMatchObject({
      kind: "replace",
      replaces: ["vmSize"],
    });
  });
});
