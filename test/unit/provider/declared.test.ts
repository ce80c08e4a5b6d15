import fc from "fast-check";
import { projectOnDeclared, sameServiceValue } from "../../../provider/core/declared";

describe("projectOnDeclared", () => {
  test("drops what the service filled in, at any depth, and keeps declared values", () => {
    const declared = {
      imageReference: { publisher: "canonical", sku: "22_04-lts" },
      dataDisks: [{ lun: 0, diskSizeGB: 10 }],
    };
    const live = {
      imageReference: { publisher: "Canonical", sku: "22_04-lts", version: "latest" },
      dataDisks: [{ lun: 0, diskSizeGB: 10, caching: "none", storageAccountType: "standard_lrs" }],
    };
    expect(projectOnDeclared(live, declared)).toEqual(declared);
  });

  test("real drift on declared paths stays visible; removed and added items too", () => {
    expect(projectOnDeclared({ a: { b: 2, c: 9 } }, { a: { b: 1 } })).toEqual({ a: { b: 2 } });
    expect(projectOnDeclared({ a: {} }, { a: { b: 1 } })).toEqual({ a: {} });
    expect(
      projectOnDeclared(
        [
          { n: "x", v: 1 },
          { n: "y", v: 2 },
        ],
        [{ n: "x" }],
      ),
    ).toEqual([{ n: "x" }, { n: "y", v: 2 }]);
  });

  test("service equality: canonical durations and case-insensitive properties", () => {
    expect(sameServiceValue("PT01H00M00S", "PT1H")).toBe(true);
    expect(sameServiceValue("PT1H", "PT2H")).toBe(false);
    expect(sameServiceValue("STANDARD_D2S_V3", "standard_d2s_v3", "vmSize")).toBe(true);
    expect(sameServiceValue("Echo", "echo", "commandLine")).toBe(false);
  });

  test("property: adding undeclared keys to the live object never changes the projection", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.integer(), fc.string(), tie("object")),
      object: fc.dictionary(fc.constantFrom("a", "b", "c"), tie("value"), { maxKeys: 3 }),
    }));
    fc.assert(
      fc.property(json.object, fc.dictionary(fc.constantFrom("x", "y"), fc.integer()), (declared, extra) => {
        const live = { ...extra, ...(declared as object) };
        expect(projectOnDeclared(live, declared)).toEqual(declared);
      }),
      { numRuns: 200 },
    );
  });
});
