import * as fs from "node:fs";
import * as path from "node:path";
import { generateModels, MODELS_PATH, SPEC_PATH, type SwaggerSpec } from "../../../scripts/gen-models";

describe("generated models", () => {
  it("are up to date with spec/BatchService.json (regenerate: node scripts/gen-models.ts)", () => {
    const root = path.join(__dirname, "../../..");
    const spec = JSON.parse(fs.readFileSync(path.join(root, SPEC_PATH), "utf8")) as SwaggerSpec;
    expect(generateModels(spec)).toBe(fs.readFileSync(path.join(root, MODELS_PATH), "utf8"));
  });
});
