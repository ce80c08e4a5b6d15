/**
 * Foundation: the real, pinned Pulumi CLI runs a tiny program with a dynamic resource, offline,
 * through our own language host and dynamic-provider launcher, on Node 22. No emulator involved.
 */
import * as fs from "fs";
import * as path from "path";
// Not from ./harness (index): the foundation must not depend on the emulator compiling.
import { BIN_DIR, compiledProgram } from "./harness/paths";
import { PulumiTestStack } from "./harness/PulumiTestStack";
import { runPulumi } from "./harness/runPulumi";

const PINNED_CLI = "v3.276.0";

// Each CLI command takes seconds (more on a busy 2-core machine); the harness has its own per-command timeout.
jest.setTimeout(10 * 60_000);

describe("foundation: Pulumi CLI + language host + dynamic provider, offline", () => {
  let stack: PulumiTestStack | undefined;

  afterAll(async () => {
    await stack?.dispose();
  });

  test("the linked CLI is the pinned version", async () => {
    const result = await runPulumi(["version"], {
      cwd: BIN_DIR,
      env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" },
    });
    expect(result.stdout.trim()).toBe(PINNED_CLI);
  });

  test("up, preview --expect-no-changes, refresh, destroy", async () => {
    stack = await PulumiTestStack.create({
      program: compiledProgram("test/e2e/fixtures/foundation"),
      project: "foundation",
      config: { "foundation:message": "from-config" },
    });

    const up = await stack.up();
    // Both plugins are found next to the CLI (node_modules/.bin), not as "ambient" PATH plugins.
    expect(up.stdout).not.toMatch(/from \$PATH/);

    const outputs = await stack.outputs();
    expect(outputs).toEqual({
      echoId: "echo-from-config",
      message: "from-config",
      // The provider's require("pulumi-azure-batch/package.json") resolved at call time.
      packageName: "pulumi-azure-batch",
      // Program (language host) and dynamic provider (launcher) both ran on Node 22.
      programNodeVersion: expect.stringMatching(/^22\./),
      providerNodeVersion: expect.stringMatching(/^22\./),
    });

    const state = await stack.exportState();
    const types = (state.deployment.resources ?? []).map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(["pulumi:pulumi:Stack", "pulumi-nodejs:dynamic:Resource"]));

    await stack.preview({ expectNoChanges: true });
    await stack.refresh({ expectNoChanges: true });

    await stack.destroy();
    const after = await stack.exportState();
    expect(after.deployment.resources ?? []).toHaveLength(0);
  });

  test("a failing program fails the update with the program's error", async () => {
    const failing = await PulumiTestStack.create({
      program: { source: 'throw new Error("fixture failure 4d1c");\n' },
      project: "failing",
    });
    try {
      const result = await failing.up({ allowFailure: true });
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toContain("fixture failure 4d1c");
    } finally {
      await failing.dispose();
    }
    expect(fs.existsSync(path.join(failing.tempRoot))).toBe(false);
  });
});
