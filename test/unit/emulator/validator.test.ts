import { validateDefinition, durationSeconds } from "../../../spec/validator";

describe("spec/validator", () => {
  it("accepts a minimal valid pool", () => {
    expect(validateDefinition("BatchPoolCreateOptions", { id: "p1", vmSize: "standard_d2s_v3" })).toEqual([]);
  });

  it("reports missing, invalid, unknown and duration-range issues with paths", () => {
    const issues = validateDefinition("BatchPoolCreateOptions", {
      id: "p",
      vmSize: "x",
      virtualMachineConfiguration: { imageReference: {} },
      resizeTimeout: "PT1M",
      foo: 1,
      targetNodeCommunicationMode: "bad",
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.code]));
    expect(byPath["virtualMachineConfiguration.nodeAgentSKUId"]).toBe("MissingRequiredProperty");
    expect(byPath["foo"]).toBe("UnknownProperty");
    expect(byPath["targetNodeCommunicationMode"]).toBe("InvalidPropertyValue");
    expect(byPath["resizeTimeout"]).toBe("InvalidPropertyValue");
    const missing = issues.find((i) => i.path === "virtualMachineConfiguration.nodeAgentSKUId");
    expect(missing?.property).toBe("nodeAgentSKUId");
  });

  it("can ignore unknown properties", () => {
    expect(
      validateDefinition(
        "BatchPoolCreateOptions",
        { id: "p", vmSize: "x", foo: 1 },
        { unknownProperties: false },
      ),
    ).toEqual([]);
  });

  it("parses durations", () => {
    expect(durationSeconds("PT5M")).toBe(300);
    expect(durationSeconds("P1DT1H")).toBe(90000);
    expect(durationSeconds("5m")).toBeNaN();
  });

  it("accepts a bare registry host (Batch's documented form) but not free text", () => {
    const ok = { registryServer: "myregistry.azurecr.io", username: "u", password: "p" };
    expect(validateDefinition("ContainerRegistryReference", ok)).toEqual([]);
    const bad = validateDefinition("ContainerRegistryReference", { registryServer: "not a host" });
    expect(bad.map((i) => i.property)).toEqual(["registryServer"]);
  });
});
