/**
 * The Pulumi project the stack benchmarks run (`stack-100.ts`, `growth.ts`): the program of
 * bench/fixtures/stack-100 beside an installed copy of the package (`../test/installedPackage.ts`),
 * as a user's `npm install` lays it out. Run in the repository, the program would import the
 * symlinked checkout, whose state stores the 539-byte literal shim per copy instead of the
 * installed package's `require()` of its dynamic module (`provider/core/moduleProvider.ts`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compiledProgram, emulatorEnv, type TestEmulator, type TestStackOptions } from "../test/e2e/harness";
import { installPackageCopy } from "../test/installedPackage";

/** A project folder for `PulumiTestStack.create`; `dispose` removes it. */
export interface StackProject {
  projectDir: string;
  /**
   * The stack options of the program's stack against `emu`: `kind` (`batch` | `noop`), `pairs`
   * pools + schedules named with `prefix`; the config makes the program import the installed package.
   */
  stackOptions(o: {
    emu: TestEmulator;
    kind: string;
    pairs: number;
    prefix: string;
    timeoutMs: number;
  }): TestStackOptions;
  dispose(): void;
}

/** Writes Pulumi.yaml (project `stack100`, JavaScript) and the compiled program into a fresh install. */
export function stackProject(): StackProject {
  const installed = installPackageCopy();
  try {
    fs.copyFileSync(compiledProgram("bench/fixtures/stack-100"), path.join(installed.dir, "index.js"));
    fs.writeFileSync(
      path.join(installed.dir, "Pulumi.yaml"),
      "name: stack100\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: index.js\n",
    );
  } catch (e) {
    installed.dispose();
    throw e;
  }
  return {
    projectDir: installed.dir,
    stackOptions: ({ emu, kind, pairs, prefix, timeoutMs }) => ({
      program: { projectDir: installed.dir },
      project: "stack100",
      stackPrefix: `${prefix}-${kind}`,
      config: {
        "stack100:sdk": "pulumi-azure-batch",
        "stack100:kind": kind,
        "stack100:count": String(pairs),
        "stack100:prefix": prefix,
      },
      env: { ...emulatorEnv(emu), AZURE_BATCH_POLL_INTERVAL_MS: "50" },
      timeoutMs,
    }),
    dispose: installed.dispose,
  };
}
