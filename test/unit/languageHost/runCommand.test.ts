/**
 * The pure helpers of our language host (tools/pulumi-language-nodejs): runtime options as
 * Pulumi's host reads them, the runner's command line and environment for one Run request, and
 * the RunResponse for each way the runner can end. The reference behaviour is written down in
 * tools/pulumi-language-nodejs/README.md.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports -- the host is plain JavaScript */
const HOST = path.resolve(__dirname, "../../../tools/pulumi-language-nodejs");
const options = require(path.join(HOST, "options.js"));
const runCommand = require(path.join(HOST, "run-command.js"));
const packageManager = require(path.join(HOST, "package-manager.js"));
/* eslint-enable @typescript-eslint/no-require-imports */

describe("runtime options", () => {
  test("defaults: TypeScript on, no tsconfig or node arguments, package manager auto", () => {
    expect(options.parseOptions({})).toEqual({
      typescript: true,
      tsconfig: "",
      nodeargs: "",
      packagemanager: "auto",
    });
  });

  test("every option read; wrong types fail with the official host's messages", () => {
    expect(
      options.parseOptions({
        typescript: false,
        tsconfig: "tsconfig.pulumi.json",
        nodeargs: "--a",
        packagemanager: "pnpm",
      }),
    ).toEqual({
      typescript: false,
      tsconfig: "tsconfig.pulumi.json",
      nodeargs: "--a",
      packagemanager: "pnpm",
    });
    expect(() => options.parseOptions({ typescript: "yes" })).toThrow("typescript option must be a boolean");
    expect(() => options.parseOptions({ tsconfig: 1 })).toThrow("tsconfigpath option must be a string");
    expect(() => options.parseOptions({ nodeargs: ["--a"] })).toThrow("nodeargs option must be a string");
    expect(() => options.parseOptions({ packagemanager: "deno" })).toThrow(
      'packagemanager option must be one of auto, npm, yarn, pnpm or bun, got "deno"',
    );
  });

  test("nodeargs split like a shell: quotes group, backslashes escape", () => {
    expect(options.splitArgs('  --max-old-space-size=512   --title \'my prog\' "a \\"b\\"" c\\ d')).toEqual([
      "--max-old-space-size=512",
      "--title",
      "my prog",
      'a "b"',
      "c d",
    ]);
    expect(options.splitArgs("")).toEqual([]);
    expect(() => options.splitArgs("--title 'open")).toThrow(/closing quote/);
  });
});

describe("run-command", () => {
  const base = {
    runPath: "/x/node_modules/@pulumi/pulumi/cmd/run/index.js",
    monitorAddress: "127.0.0.1:10",
    engineAddress: "127.0.0.1:11",
    organization: "organization",
    project: "proj",
    stack: "dev",
    rootDirectory: "/p",
    programDirectory: "/p/app",
    entryPoint: "index.ts",
    dryRun: true,
    parallel: 8,
    tracing: "",
    args: ["extra"],
    config: { "proj:message": "hi", "azure-batch:endpoint": "http://x" },
    configSecretKeys: ["proj:key"],
    options: options.parseOptions({}),
  };

  test("command line, environment and PULUMI_CONFIG as the official host builds them", () => {
    const { argv, env } = runCommand.buildRunCommand(base, { PATH: "/bin" });
    expect(argv).toEqual([
      base.runPath,
      ...["--monitor", "127.0.0.1:10", "--engine", "127.0.0.1:11", "--organization", "organization"],
      ...["--project", "proj", "--root-directory", "/p", "--stack", "dev", "--pwd", "/p/app"],
      ...["--dry-run", "--parallel", "8", "index.ts", "extra"],
    ]);
    expect(JSON.parse(env.PULUMI_CONFIG)).toEqual({
      "proj:config:message": "hi",
      "azure-batch:config:endpoint": "http://x",
    });
    expect(JSON.parse(env.PULUMI_CONFIG_SECRET_KEYS)).toEqual(["proj:key"]);
    // TypeScript is on by default; no tsconfig override; no NODE_PATH fallback of ours.
    expect(env.PULUMI_NODEJS_TYPESCRIPT).toBe("true");
    expect(env.PULUMI_NODEJS_TSCONFIG_PATH).toBeUndefined();
    expect(env.NODE_PATH).toBeUndefined();
    expect(env.PATH).toBe("/bin");
  });

  test("typescript false leaves the caller's setting; tsconfig, nodeargs, no entry point, parallel 0", () => {
    const { argv, env } = runCommand.buildRunCommand(
      {
        ...base,
        dryRun: false,
        parallel: 0,
        entryPoint: "",
        options: options.parseOptions({
          typescript: false,
          tsconfig: "tsconfig.pulumi.json",
          nodeargs: "--max-old-space-size=512 --title 'a b'",
        }),
      },
      { PULUMI_NODEJS_TYPESCRIPT: "false" },
    );
    expect(argv.slice(0, 4)).toEqual(["--max-old-space-size=512", "--title", "a b", base.runPath]);
    expect(argv).not.toContain("--dry-run");
    expect(argv.slice(-4)).toEqual(["--parallel", "0", ".", "extra"]);
    expect(env.PULUMI_NODEJS_TYPESCRIPT).toBe("false");
    expect(env.PULUMI_NODEJS_TSCONFIG_PATH).toBe("tsconfig.pulumi.json");
  });

  test("the runner is the program's own @pulumi/pulumi, with no fallback to ours", () => {
    const repo = path.resolve(__dirname, "../../..");
    expect(runCommand.locateRunner(path.join(repo, "examples", "quickstart"), {})).toBe(
      require.resolve("@pulumi/pulumi/cmd/run", { paths: [repo] }),
    );
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "lh-no-sdk-"));
    try {
      expect(runCommand.locateRunner(empty, {})).toBeUndefined();
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
    expect(runCommand.SDK_NOT_INSTALLED).toBe(
      "It looks like the Pulumi SDK has not been installed. Have you run pulumi install?",
    );
  });

  test("outcome of the runner's exit", () => {
    expect(runCommand.runOutcome(0, null)).toEqual({ error: "", bail: false });
    expect(runCommand.runOutcome(32, null)).toEqual({ error: "", bail: true });
    expect(runCommand.runOutcome(1, null).error).toBe("Program exited with non-zero exit code: 1");
    expect(runCommand.runOutcome(null, "SIGKILL").error).toContain("SIGKILL");
  });
});

describe("package manager", () => {
  test("auto: PULUMI_PREFER_YARN, then the lock file, else npm; explicit choices win", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lh-pm-"));
    try {
      expect(packageManager.resolvePackageManager("auto", dir, {})).toBe("npm");
      expect(packageManager.resolvePackageManager("auto", dir, { PULUMI_PREFER_YARN: "true" })).toBe("yarn");
      fs.writeFileSync(path.join(dir, "pnpm-lock.yaml"), "");
      expect(packageManager.resolvePackageManager("auto", dir, {})).toBe("pnpm");
      expect(packageManager.resolvePackageManager("npm", dir, {})).toBe("npm");
      expect(packageManager.installCommand("npm")).toEqual(["npm", ["install", "--loglevel=error"]]);
      expect(packageManager.installCommand("yarn")).toEqual(["yarn", ["install"]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
