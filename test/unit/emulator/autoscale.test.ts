import { evaluateFormula, FormulaError } from "../../../emulator/model/autoscale";
import { compileFilter } from "../../../emulator/odata";

const inputs = { currentDedicatedNodes: 2, currentLowPriorityNodes: 0 };

describe("autoscale formula subset", () => {
  it("evaluates assignments, arithmetic, min/max and ternaries", () => {
    const r = evaluateFormula(
      "x = 3 * 2;\n$TargetDedicatedNodes = min(x, 4) + ($CurrentDedicatedNodes > 1 ? 1 : 0);\n$TargetLowPriorityNodes = max(0, 2 - 5);",
      inputs,
    );
    expect(r.targetDedicatedNodes).toBe(5);
    expect(r.targetLowPriorityNodes).toBe(0);
    expect(r.results).toBe(
      "$TargetDedicatedNodes=5;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue;x=6",
    );
  });
  it("accepts the legacy $TargetDedicated name (official example)", () => {
    expect(evaluateFormula("$TargetDedicated=1", inputs)).toMatchObject({
      targetDedicatedNodes: 1,
      results: "$TargetDedicated=1;$NodeDeallocationOption=requeue",
    });
  });
  it("sets $NodeDeallocationOption", () => {
    expect(
      evaluateFormula('$TargetDedicatedNodes=0; $NodeDeallocationOption="taskcompletion"', inputs)
        .nodeDeallocationOption,
    ).toBe("taskcompletion");
  });
  it.each([
    "$TargetDedicatedNodes = ",
    "$TargetDedicatedNodes = $PendingTasks.GetSample(1)",
    "1 + 2",
    "$TargetDedicatedNodes = (1",
  ])("rejects %p", (f) => expect(() => evaluateFormula(f, inputs)).toThrow(FormulaError));
});

describe("$filter subset", () => {
  const pools = [
    { id: "web-1", state: "active", allocationState: "steady", vmSize: "a" },
    { id: "web-2", state: "deleting", allocationState: "resizing", vmSize: "b" },
    { id: "db-1", state: "active", allocationState: "resizing", vmSize: "a" },
  ];
  const ids = (f: string) => pools.filter(compileFilter(f)).map((p) => p.id);
  it("supports eq, ne, startswith, and, or, not, parentheses", () => {
    expect(ids("id eq 'db-1'")).toEqual(["db-1"]);
    expect(ids("state ne 'deleting'")).toEqual(["web-1", "db-1"]);
    expect(ids("startswith(id,'web')")).toEqual(["web-1", "web-2"]);
    expect(ids("startswith(id,'web') and (allocationState eq 'steady' or vmSize eq 'b')")).toEqual([
      "web-1",
      "web-2",
    ]);
    expect(ids("not (vmSize eq 'a')")).toEqual(["web-2"]);
  });
  it("rejects malformed filters", () => {
    expect(() => compileFilter("id eq")).toThrow();
    expect(() => compileFilter("id like 'x'")).toThrow();
  });
});
