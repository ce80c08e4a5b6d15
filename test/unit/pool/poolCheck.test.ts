import { checkPool } from "../../../provider/pool/check";
import { UNKNOWN } from "../../../provider/core/planner";

const base = {
  id: "p1",
  vmSize: "Standard_D2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 1,
};

describe("checkPool", () => {
  test("valid inputs are normalised: defaults, vmSize case, enum case, durations, formula spacing", () => {
    const { inputs, failures } = checkPool({
      ...base,
      targetNodeCommunicationMode: "Simplified",
      resizeTimeout: "PT900S",
      metadata: [],
      __provider: "x",
    });
    expect(failures).toEqual([]);
    expect(inputs).toMatchObject({
      vmSize: "standard_d2s_v3",
      targetNodeCommunicationMode: "simplified",
      resizeTimeout: "PT15M",
      enableAutoScale: false,
      taskSlotsPerNode: 1,
      targetLowPriorityNodes: 0,
      taskSchedulingPolicy: { nodeFillType: "spread" },
    });
    expect(inputs).not.toHaveProperty("metadata");
    expect(inputs).not.toHaveProperty("__provider");
    const auto = checkPool({
      ...base,
      targetDedicatedNodes: undefined,
      enableAutoScale: true,
      autoScaleFormula: "  $TargetDedicatedNodes =  1;\r\n\r\n  $x = 2; ",
    });
    expect(auto.failures).toEqual([]);
    expect(auto.inputs?.autoScaleFormula).toBe("$TargetDedicatedNodes = 1;\n$x = 2;");
    expect(auto.inputs?.autoScaleEvaluationInterval).toBe("PT15M");
  });

  test("resizeTimeout below 5 minutes names the property and the fix", () => {
    const { failures } = checkPool({ ...base, id: "x", resizeTimeout: "PT1M" });
    expect(failures).toEqual([
      {
        property: "resizeTimeout",
        reason:
          'Pool "x": resizeTimeout "PT1M" is invalid: must be at least PT5M (5 minutes); use "PT5M" or longer',
      },
    ]);
  });

  test("targetDedicatedNodes with enableAutoScale is an error", () => {
    const { failures } = checkPool({
      ...base,
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 1;",
    });
    expect(failures?.map((f) => f.property)).toEqual(["targetDedicatedNodes"]);
    expect(failures?.[0].reason).toMatch(/must not be set when enableAutoScale is true/);
  });

  test("schema problems name the property path", () => {
    const { failures } = checkPool({ ...base, vmSize: undefined, metadata: [{ name: "a" }] });
    const props = failures?.map((f) => f.property) ?? [];
    expect(props).toEqual(expect.arrayContaining(["vmSize"]));
    expect(props.some((p) => p.startsWith("metadata"))).toBe(true);
  });

  test("unknown preview values are not validated", () => {
    const { failures } = checkPool({
      ...base,
      vmSize: UNKNOWN,
      startTask: { commandLine: UNKNOWN },
      resizeTimeout: UNKNOWN,
    });
    expect(failures).toEqual([]);
  });

  test("secrets never appear in failure reasons", () => {
    const { failures } = checkPool({ ...base, userAccounts: [{ name: "u", password: 12345678 }] });
    expect(failures?.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain("12345678");
  });

  test("unknown properties are reported with the fix", () => {
    const { failures } = checkPool({ ...base, vmsize: "x" });
    expect(failures?.[0]).toMatchObject({ property: "vmsize" });
  });
});
