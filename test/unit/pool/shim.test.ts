import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { getStackConfig, resetStackConfig } from "../../../provider/core/config";
import { dynamicShim, installProvider } from "../../../provider/core/shim";

// The same loader the engine's dynamic-provider host uses to deserialize `__provider`.
const requireFromString: (code: string) => {
  handler(): pulumi.dynamic.ResourceProvider;
} = require("require-from-string"); // eslint-disable-line @typescript-eslint/no-require-imports

/** Serializes the shim the way `pulumi.dynamic.Resource` does (the text stored as `__provider`). */
async function serialized(modulePath: string): Promise<string> {
  const provider = dynamicShim(modulePath);
  const sf = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
  return sf.text;
}

describe("dynamicShim", () => {
  test.each(["pool", "jobSchedule", "certificate"])(
    "the %s shim, as built by tsc (what ships), serializes to at most 540 bytes and captures nothing",
    async (resource) => {
      // dist/, not this source through jest's transform: the serializer stores the function text
      // as compiled, and tsc's output is what users' state holds (`npm test` builds first).
      const shimJs = path.join(__dirname, "../../../dist/provider/core/shim.js");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const built: typeof import("../../../provider/core/shim") = require(shimJs);
      const provider = built.dynamicShim(`pulumi-azure-batch/provider/${resource}`);
      const { text } = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
      // 0.1.0's shim serialized to 981 bytes; this one to 529–536 (556–563 as the JSON string in state).
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(540);
      expect(text).toContain(`require("pulumi-azure-batch/provider/${resource}")`);
      expect(text).not.toMatch(/@pulumi|accountKey|process\.env|deep-diff|modulePath/);
    },
  );

  test("deserialized like the engine does, configure receives the provider object as `this`", async () => {
    // A stand-in implementation module on disk, required by absolute path at call time (it runs
    // outside jest's module registry, so it installs its methods by hand).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shim-"));
    const file = path.join(dir, "impl.js");
    fs.writeFileSync(
      file,
      `exports.configure = async (req, target) => {
         target.check = async (o, n) => ({ inputs: { ...n, seen: req.config.get("azure-batch:endpoint") } });
         target.create = async (n) => ({ id: "created:" + n.id });
       };`,
    );
    try {
      const provider = requireFromString(await serialized(file)).handler();
      expect(Object.keys(provider)).toEqual(["configure"]);
      const configured = provider.configure!({ config: { get: (k) => `value-of-${k}`, require: () => "" } });
      // Installed synchronously: a call made while configure's promise is pending finds them.
      expect(Object.keys(provider).sort()).toEqual(["check", "configure", "create"]);
      await configured;
      expect(await provider.check!({}, { id: "p" })).toEqual({
        inputs: { id: "p", seen: "value-of-azure-batch:endpoint" },
      });
      expect(await provider.create({ id: "p" })).toEqual({ id: "created:p" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("installProvider stores the stack config and installs every delegated method", async () => {
    const calls: string[] = [];
    const impl = Object.fromEntries(
      ["check", "diff", "create", "read", "update", "delete"].map((k) => [
        k,
        async (...a: unknown[]) => {
          calls.push(`${k}:${a.length}`);
        },
      ]),
    ) as unknown as Parameters<typeof installProvider>[0];
    const target: Record<string, (...a: unknown[]) => Promise<unknown>> = {};
    await installProvider(
      impl,
      { config: { get: () => "https://a.b.batch.azure.com", require: () => "" } },
      target,
    );
    await target.check({}, {});
    await target.diff("i", {}, {});
    await target.create({});
    await target.read("i", {});
    await target.update("i", {}, {});
    await target.delete("i", {});
    expect(calls).toEqual(["check:2", "diff:3", "create:1", "read:2", "update:3", "delete:2"]);
    expect(getStackConfig().endpoint).toBe("https://a.b.batch.azure.com");
    resetStackConfig();
  });
});
