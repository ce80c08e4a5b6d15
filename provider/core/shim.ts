/**
 * The literal serialized dynamic provider: what a resource stores when its package is not installed
 * under `node_modules` (a symlinked checkout, `npm link`, a workspace). An installed package stores
 * a `require()` of its `dynamic` module instead, half the size (see `./moduleProvider.ts`, which
 * chooses between the two).
 *
 * Pulumi serializes a dynamic resource's provider object (with everything it captures) into the
 * state of EVERY resource as `__provider`. So the object built here captures nothing but the
 * implementation's module specifier (a string): its `configure` `require()`s the implementation at
 * call time, inside the provider process, from the installed `pulumi-azure-batch` package. State
 * therefore holds ~500 bytes of glue per copy, no SDK code and no credentials, and a new library version takes
 * effect without touching state.
 *
 * How a resource reuses it (see `sdk/pool/index.ts`):
 *
 * ```ts
 * const provider = dynamicShim("pulumi-azure-batch/provider/pool");
 * super(provider, name, props, opts, "batch", "Pool");
 * ```
 *
 * and `provider/pool/index.ts` exports `configure`, `check`, `diff`, `create`, `read`, `update`,
 * `delete` with the `pulumi.dynamic.ResourceProvider` signatures (its `configure` calls
 * {@link installProvider}, which stores the stack config for `provider/core/config.ts`).
 */
import type * as pulumi from "@pulumi/pulumi";
import { captureStackConfig } from "./config";

/** The methods an implementation installs on the serialized provider (see {@link dynamicShim}). */
export const DELEGATED_METHODS = ["check", "diff", "create", "read", "update", "delete"] as const;

/** The module an implementation must be: the dynamic provider's methods, all required. */
export interface ProviderImplementation {
  /**
   * Receives the stack config (called once per provider process, before any other method) and
   * installs the other methods on `target`, the deserialized provider object.
   */
  configure(req: pulumi.dynamic.ConfigureRequest, target?: object): Promise<void>;
  /** See `pulumi.dynamic.ResourceProvider.check`. */
  check(olds: any, news: any): Promise<pulumi.dynamic.CheckResult>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** See `pulumi.dynamic.ResourceProvider.diff`. */
  diff(id: string, olds: any, news: any): Promise<pulumi.dynamic.DiffResult>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** See `pulumi.dynamic.ResourceProvider.create`. */
  create(inputs: any): Promise<pulumi.dynamic.CreateResult>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** See `pulumi.dynamic.ResourceProvider.read`. */
  read(id: string, props?: any): Promise<pulumi.dynamic.ReadResult>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** See `pulumi.dynamic.ResourceProvider.update`. */
  update(id: string, olds: any, news: any): Promise<pulumi.dynamic.UpdateResult>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** See `pulumi.dynamic.ResourceProvider.delete`. */
  delete(id: string, props: any): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Implements `configure` for an implementation module: stores the stack config for
 * `provider/core/config.ts` and installs the module's methods on the deserialized provider object.
 *
 * @param impl the implementation module (its `check`, `diff`, `read`, `update`, `delete`)
 * @param req the engine's configure request
 * @param target the deserialized provider object (the `this` of the shim's `configure`)
 */
export async function installProvider(
  impl: Omit<ProviderImplementation, "configure">,
  req: pulumi.dynamic.ConfigureRequest,
  target: object | undefined,
): Promise<void> {
  captureStackConfig(req?.config);
  if (!target) return;
  for (const name of DELEGATED_METHODS) {
    const fn = impl[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(target, name, {
      value: (...args: unknown[]) => fn(...args),
      configurable: true,
      writable: true,
    });
  }
}

/**
 * Builds the serialized provider for an implementation module.
 *
 * Why one method: the closure serializer wraps every function in ~200 bytes of preamble and every
 * captured variable in more, and the text lands in the state of every resource twice (inputs and
 * outputs). The engine's Node.js dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`,
 * 3.276) deserializes the provider, calls its `configure` once per process in the same step, before
 * any method is looked up, and looks methods up on the object at call time. So `configure` (a plain
 * `function`, whose `this` is the provider object) requires the implementation, which installs
 * `check`, `diff`, `create`, `read`, `update` and `delete` on it synchronously: a method called
 * concurrently while `configure`'s promise is pending finds them already in place, and no behaviour
 * depends on the order of the engine's calls. For this library's own modules the path is written
 * into the function's text (see {@link LITERAL_SHIMS}), so the function captures nothing.
 *
 * State written by 0.1.0 holds `{ configure, create }` shims; their `configure` calls the same
 * implementation `configure`, so old state keeps deploying (test/e2e/stateCompat.test.ts).
 *
 * @param modulePath a bare specifier resolvable from the Pulumi program's directory, e.g.
 *   `"pulumi-azure-batch/provider/pool"` (package.json `exports` maps it to `dist/provider/pool/index.js`).
 * @returns a `ResourceProvider` whose methods appear after `configure`, the same object for the same path.
 */
export function dynamicShim(modulePath: string): pulumi.dynamic.ResourceProvider {
  // One object per module: Pulumi serializes a provider once per object, so a fresh object per
  // resource would re-run the closure serializer for every resource of a stack.
  let provider = shims.get(modulePath);
  if (!provider) {
    provider = (LITERAL_SHIMS[modulePath] ?? newShim(modulePath)) as pulumi.dynamic.ResourceProvider;
    shims.set(modulePath, provider);
  }
  return provider;
}

const shims = new Map<string, pulumi.dynamic.ResourceProvider>();

/* eslint-disable @typescript-eslint/no-require-imports -- the shim requires its implementation at call time, by design */

/**
 * The shims of this library's resources, keyed by implementation module. Each requires the
 * resource's short entry point (`pulumi-azure-batch/pool` = `provider/pool/configure.ts`, whose
 * export is the implementation's `configure`) written as a literal in the function's text:
 * nothing captured, 486–500 bytes serialized (0.1.0's two-function shim: ~980; 0.2's
 * `require(".../provider/pool").configure`: 505–512). Each is one line (prettier-ignore) because
 * tsc keeps a one-line body on one line and the serializer stores the text as written; comments
 * inside these functions would be serialized too, hence none.
 */
const LITERAL_SHIMS: Record<string, object> = {
  "pulumi-azure-batch/provider/pool": {
    // prettier-ignore
    configure: function (this: object, r: unknown) { return require("pulumi-azure-batch/pool")(r, this); },
  },
  "pulumi-azure-batch/provider/jobSchedule": {
    // prettier-ignore
    configure: function (this: object, r: unknown) { return require("pulumi-azure-batch/jobSchedule")(r, this); },
  },
  "pulumi-azure-batch/provider/certificate": {
    // prettier-ignore
    configure: function (this: object, r: unknown) { return require("pulumi-azure-batch/certificate")(r, this); },
  },
};

function newShim(modulePath: string): object {
  return {
    configure: function (this: object, r: unknown) {
      return require(modulePath).configure(r, this);
    },
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */
