import { PATCH_ANYTIME, PATCH_WHEN_EMPTY } from "../../../provider/pool/schema";
import { getDefinition } from "../../../spec/validator";
import { poolPropertiesUpdatableOnlyWhenEmpty } from "../../../spec/poolUpdateRules";

describe("the pool planner's property groups follow the spec", () => {
  it("PATCH-when-empty is exactly what BatchPoolUpdateOptions says 'can be updated only when the pool is empty'", () => {
    expect([...PATCH_WHEN_EMPTY].sort()).toEqual([...poolPropertiesUpdatableOnlyWhenEmpty()].sort());
  });

  it("every other BatchPoolUpdateOptions property is PATCH-able at any time", () => {
    const all = Object.keys(getDefinition("BatchPoolUpdateOptions")?.properties as object);
    const anytime = all.filter((k) => !poolPropertiesUpdatableOnlyWhenEmpty().includes(k));
    expect([...PATCH_ANYTIME].sort()).toEqual(anytime.sort());
  });
});
