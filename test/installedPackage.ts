/**
 * A copy of the built package under a temp `node_modules`, the way a user's `npm install` lays it
 * out, with the repository's own dependencies symlinked beside it. The repository links itself as
 * `node_modules/pulumi-azure-batch -> ..`, so its own programs never see an installed package. This
 * copy shows what users' state holds (`provider/core/moduleProvider.ts`). Used by the unit tests
 * and `bench/pool-provider.ts`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The repository root: the nearest folder up with this package's package.json (from test/ or dist/test/). */
export function repositoryRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (
      fs.existsSync(file) &&
      (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string }).name === "pulumi-azure-batch"
    )
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no pulumi-azure-batch package.json above ${from}`);
  }
}

/** A temp folder whose `node_modules/pulumi-azure-batch` is a copy of the build; remove with `dispose`. */
export interface InstalledPackage {
  /** The folder that holds `node_modules` (use it as the working directory). */
  dir: string;
  /** Deletes the folder. */
  dispose(): void;
}

/** Copies package.json, dist/{sdk,provider,spec} and spec/ (build first) into a fresh temp install. */
export function installPackageCopy(root = repositoryRoot()): InstalledPackage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "installed-package-"));
  try {
    const pkg = path.join(dir, "node_modules", "pulumi-azure-batch");
    fs.mkdirSync(pkg, { recursive: true });
    fs.copyFileSync(path.join(root, "package.json"), path.join(pkg, "package.json"));
    for (const d of ["dist/sdk", "dist/provider", "dist/spec", "spec"]) {
      fs.cpSync(path.join(root, d), path.join(pkg, d), { recursive: true });
    }
    for (const name of fs.readdirSync(path.join(root, "node_modules"))) {
      if (name === "pulumi-azure-batch" || name === ".bin") continue;
      fs.symlinkSync(path.join(root, "node_modules", name), path.join(dir, "node_modules", name));
    }
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** What {@link serializeInstalledProvider} reports. */
export interface SerializedProvider {
  /** The text Pulumi stores as `__provider`. */
  text: string;
  /** Modules of the resource's provider folder loaded by declaring and serializing (before any call). */
  loaded: number;
  /** The engine's loader gave back the very module object that was serialized. */
  same: boolean;
  /** The methods of the deserialized provider. */
  methods: string[];
  /** Failures `check({}, {})` returned (it ran, so more than 0: `{}` is not a valid resource). */
  failures: number;
}

/**
 * In a child process (the serializer looks modules up in Node's own require cache, which jest
 * replaces) with `cwd` as the program's folder: builds the provider the SDK hands to Pulumi,
 * serializes it with Pulumi's closure serializer, and loads it back as the engine's host does.
 */
export function serializeInstalledProvider(cwd: string, resource: string): SerializedProvider {
  const script = `
    const pulumi = require("@pulumi/pulumi");
    const { serializableProvider } = require("pulumi-azure-batch/provider/core/moduleProvider");
    const provider = serializableProvider("pulumi-azure-batch/provider/${resource}",
      require.resolve("pulumi-azure-batch/dynamic/${resource}"));
    pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true }).then(async (sf) => {
      const loaded = Object.keys(require.cache).filter((k) => k.includes("/dist/provider/${resource}/")).length;
      const back = require("require-from-string")(sf.text).handler();
      await back.configure({ config: { get: () => undefined, require: () => "" } });
      const checked = await back.check({}, {});
      process.stdout.write(JSON.stringify({ text: sf.text, loaded, same: back === provider,
        methods: Object.keys(back), failures: checked.failures.length }));
    }).catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  ) as SerializedProvider;
}
