/**
 * The serialized provider as a `require()` of an installed module: about 270 bytes per copy in
 * state instead of the ~540 of the literal shim (`./shim.ts`).
 *
 * Why it is that small: Pulumi's closure serializer (3.276, `runtime/closure/createClosure.js`)
 * does not serialize a captured value that is the `exports` of a module loaded from a
 * `node_modules` folder; it writes `require("<package export>")`, the export found by reversing
 * the package's `exports` map. So when the provider object handed to `pulumi.dynamic.Resource` IS
 * such a module's exports, `__provider` holds just that call, and the engine's dynamic-provider host
 * gets the module itself back when it deserializes it. The module then calls
 * `configure` first, once per process, then `check`, `diff`, and so on. The module (`<resource>/dynamic.ts`) is
 * {@link lazyProvider}: it loads nothing until the first call, so a Pulumi program that only
 * declares resources does not pay for the implementation.
 *
 * When the package is NOT under `node_modules` as seen from the program's working directory (a
 * symlinked checkout, `npm link`, a workspace), the serializer would copy the module by value with
 * everything it reaches; {@link serializableProvider} then falls back to the literal shim, which
 * behaves the same and is only bigger. Both forms load the same implementation, and `diff` ignores
 * `__provider`, so state written in one form deploys in the other.
 */
import * as path from "node:path";
import type * as pulumi from "@pulumi/pulumi";
import { DELEGATED_METHODS, dynamicShim, type ProviderImplementation } from "./shim";

/** A dynamic provider whose every method, `configure` included, is present from the start. */
export type ModuleProvider = pulumi.dynamic.ResourceProvider & Pick<ProviderImplementation, "configure">;

/**
 * Builds the exports of a `<resource>/dynamic.ts` module: every method forwards to the
 * implementation module, loaded on the first call (`require` caches it).
 *
 * `configure` forwards without the provider object: the methods are already on this module, so
 * the implementation only stores the stack config. The engine calls `configure` before anything
 * else, and it stores the config synchronously, before its first `await`. A method called while
 * the configure promise is pending therefore sees the config, whatever order the engine uses.
 *
 * @param load returns the implementation module (e.g. `() => require("./index")`)
 */
export function lazyProvider(load: () => ProviderImplementation): ModuleProvider {
  const provider: Record<string, (...args: never[]) => unknown> = {
    configure: (req: pulumi.dynamic.ConfigureRequest) => load().configure(req),
  };
  for (const name of DELEGATED_METHODS) {
    provider[name] = (...args: unknown[]) => (load()[name] as (...a: unknown[]) => unknown)(...args);
  }
  return provider as unknown as ModuleProvider;
}

/**
 * True when Pulumi's serializer would write a `require()` for a module at `file` (its real path):
 * the path relative to the working directory has a `node_modules` segment. This is the test the
 * serializer itself applies (`captureModuleAsync`), so the answer cannot disagree with it.
 *
 * @param file the module's resolved file name (`require.resolve`, which follows symlinks as the
 *   `require.cache` keys do)
 * @param cwd the program's working directory (default: this process's)
 */
export function serializedAsRequire(file: string, cwd = process.cwd()): boolean {
  return path.relative(cwd, file).split(path.sep).includes("node_modules");
}

/**
 * The provider object a resource hands to `pulumi.dynamic.Resource`: the installed
 * `<resource>/dynamic` module when the serializer will store it as a `require()`, else the literal
 * shim for `modulePath` (see the file comment).
 *
 * @param modulePath the implementation's package path, e.g. `"pulumi-azure-batch/provider/pool"`
 * @param dynamicFile the resolved file of the resource's `dynamic` module (the caller's
 *   `require.resolve("../../provider/pool/dynamic")`)
 */
export function serializableProvider(
  modulePath: string,
  dynamicFile: string,
): pulumi.dynamic.ResourceProvider {
  if (!serializedAsRequire(dynamicFile)) return dynamicShim(modulePath);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module's exports are the provider, by design
  return require(dynamicFile) as ModuleProvider;
}
