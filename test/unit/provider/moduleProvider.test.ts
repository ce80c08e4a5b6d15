/**
 * The serialized provider as a `require()` of the installed `dynamic` module: which form is chosen,
 * that the module forwards lazily, and — on a copy of the built package under a temp
 * `node_modules` — what Pulumi's own serializer writes for it and that the engine's loader gets a
 * working provider back from that text.
 */
import { lazyProvider, serializedAsRequire } from "../../../provider/core/moduleProvider";
import type { ProviderImplementation } from "../../../provider/core/shim";
import {
  installPackageCopy,
  serializeInstalledProvider,
  type InstalledPackage,
} from "../../installedPackage";

const METHODS = ["configure", "check", "diff", "create", "read", "update", "delete"];

describe("serializedAsRequire", () => {
  test.each([
    ["/p/node_modules/pulumi-azure-batch/dist/provider/pool/dynamic.js", "/p", true],
    ["/p/node_modules/pulumi-azure-batch/dist/provider/pool/dynamic.js", "/elsewhere", true],
    ["/p/node_modules/.pnpm/x@1/node_modules/pulumi-azure-batch/d.js", "/p", true],
    // a symlinked checkout: the real path has no node_modules, so the serializer would copy it by value
    ["/work/main/dist/provider/pool/dynamic.js", "/work/app", false],
    // relative to a working directory inside node_modules, the segment disappears as it does for Pulumi
    ["/p/node_modules/pulumi-azure-batch/d.js", "/p/node_modules/other", false],
  ])("%s from %s: %s", (file, cwd, expected) => {
    expect(serializedAsRequire(file, cwd)).toBe(expected);
  });
});

describe("lazyProvider", () => {
  test("loads the implementation on the first call only, and forwards every method with its arguments", async () => {
    const calls: string[] = [];
    let loads = 0;
    const impl = Object.fromEntries(
      ["check", "diff", "create", "read", "update", "delete"].map((k) => [
        k,
        async (...a: unknown[]) => {
          calls.push(`${k}:${a.join(",")}`);
          return { k };
        },
      ]),
    ) as unknown as ProviderImplementation;
    impl.configure = async (_req, target) => {
      calls.push(`configure:${target === undefined}`);
    };
    const provider = lazyProvider(() => {
      loads++;
      return impl;
    });
    expect(loads).toBe(0);
    expect(Object.keys(provider)).toEqual(METHODS);
    await provider.configure({ config: { get: () => undefined, require: () => "" } });
    expect(await provider.check!({}, { a: 1 })).toEqual({ k: "check" });
    await provider.diff!("i", {}, {});
    await provider.create({});
    await provider.read!("i", {});
    await provider.update!("i", {}, {});
    await provider.delete!("i", {});
    expect(loads).toBe(7);
    expect(calls.map((c) => c.split(":")[0])).toEqual(METHODS);
    expect(calls[0]).toBe("configure:true");
  });
});

describe("the built package installed under node_modules", () => {
  let installed: InstalledPackage;

  beforeAll(() => {
    installed = installPackageCopy();
  });

  afterAll(() => installed?.dispose());

  test.each(["pool", "jobSchedule", "certificate"])(
    "%s: the SDK's provider serializes to one require() and deserializes to a working provider",
    (resource) => {
      const out = serializeInstalledProvider(installed.dir, resource);
      // With @pulumi/pulumi symlinked out of this folder the serializer cannot read the package's
      // exports map and writes the file's own path; the package exports that path too, so it loads.
      expect(out.text).toMatch(
        new RegExp(
          `require\\("pulumi-azure-batch/(dynamic/${resource}|dist/provider/${resource}/dynamic\\.js)"\\)`,
        ),
      );
      expect(out.text).not.toMatch(/function \(r\)|accountKey|process\.env|@pulumi/);
      expect(Buffer.byteLength(JSON.stringify(out.text))).toBeLessThanOrEqual(512);
      // Declaring resources loads the dynamic module alone, not the implementation.
      expect(out.loaded).toBe(1);
      expect(out.same).toBe(true);
      expect(out.methods).toEqual(METHODS);
      expect(out.failures).toBeGreaterThan(0); // check ran for real: `{}` is not a valid resource
    },
  );
});
