/**
 * What our language host reads from a program's node_modules: the resource plugins installed
 * packages declare (GetRequiredPackages) and the program's dependencies (GetProgramDependencies).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports -- the host is plain JavaScript */
const packages = require(path.resolve(__dirname, "../../../tools/pulumi-language-nodejs/packages.js"));
/* eslint-enable @typescript-eslint/no-require-imports */

let dir: string;

/** Writes node_modules/<name>/package.json under `root`. */
function install(root: string, name: string, pkg: Record<string, unknown>): void {
  const pkgDir = path.join(root, "node_modules", ...name.split("/"));
  fs.mkdirSync(pkgDir, { recursive: true });
  fs.writeFileSync(path.join(pkgDir, "package.json"), JSON.stringify({ name, ...pkg }));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lh-packages-"));
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({
      dependencies: { "@pulumi/random": "^4", "left-pad": "^1" },
      devDependencies: { missing: "^2" },
    }),
  );
  install(dir, "@pulumi/random", { version: "4.16.0", pulumi: { resource: true } });
  install(dir, "@pulumi/pulumi", { version: "3.276.0", pulumi: { comment: "not a plugin" } });
  install(dir, "left-pad", { version: "1.3.0" });
  install(dir, "third-party", { version: "0.1.0", pulumi: { resource: true } }); // no pulumi.name: skipped
  install(path.join(dir, "node_modules", "left-pad"), "@acme/thing", {
    version: "2.0.0",
    pulumi: { resource: true, name: "thing", server: "https://example.invalid/plugins" },
  });
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("resource plugins of installed packages, nested ones too, as the official host names them", () => {
  const found = packages.requiredPackages(dir);
  expect(found.map((p: { name: string }) => p.name).sort()).toEqual(["random", "thing"]);
  expect(found.find((p: { name: string }) => p.name === "random")).toMatchObject({
    version: "v4.16.0",
    server: "",
  });
  expect(found.find((p: { name: string }) => p.name === "thing")).toMatchObject({
    version: "v2.0.0",
    server: "https://example.invalid/plugins",
  });
});

test("direct dependencies with installed versions (declared range when missing); transitive lists all", () => {
  expect(packages.programDependencies(dir, false)).toEqual([
    { name: "@pulumi/random", version: "4.16.0" },
    { name: "left-pad", version: "1.3.0" },
    { name: "missing", version: "^2" },
  ]);
  expect(packages.programDependencies(dir, true).map((d: { name: string }) => d.name)).toEqual([
    "@acme/thing",
    "@pulumi/pulumi",
    "@pulumi/random",
    "left-pad",
    "third-party",
  ]);
});
