"use strict";
// Pure helpers of the language host: where to find `@pulumi/pulumi/cmd/run` and which command
// line and environment the Node.js runner gets for one `Run` request. Kept apart from the gRPC
// wiring (main.js) so they stay small and easy to reason about.

const fs = require("fs");
const path = require("path");

/** The repository this host ships in: its node_modules is the fallback for module resolution. */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Exit code with which `@pulumi/pulumi/cmd/run` says it already showed the user a readable error. */
const EXIT_AFTER_USER_ACTIONABLE_MESSAGE = 32;

/**
 * Resolves `request` the way `require()` would from `dir`, or returns undefined.
 * @param {string} request
 * @param {string | undefined} dir
 */
function resolveFrom(request, dir) {
  if (!dir) return undefined;
  try {
    return require.resolve(request, { paths: [dir] });
  } catch {
    return undefined;
  }
}

/**
 * Finds the runner of the program's own `@pulumi/pulumi` (so program and runner share one copy of
 * the SDK), searching from the program directory up, then the project root, then this repository.
 * PULUMI_LANGUAGE_NODEJS_RUN_PATH overrides the search, as it does for Pulumi's own host.
 * @param {string[]} dirs directories to search from, most specific first
 */
function locateRunner(dirs) {
  const override = process.env.PULUMI_LANGUAGE_NODEJS_RUN_PATH;
  if (override) return fs.existsSync(override) ? path.resolve(override) : undefined;
  for (const dir of [...dirs, REPO_ROOT]) {
    const found = resolveFrom("@pulumi/pulumi/cmd/run", dir);
    if (found) return found;
  }
  return undefined;
}

/**
 * Turns the runtime options of Pulumi.yaml (`runtime.options`) into the runner's environment.
 * TypeScript is off unless asked for: this project runs compiled JavaScript (tsc into dist/).
 * @param {Record<string, unknown>} options
 */
function optionsEnv(options) {
  const env = { PULUMI_NODEJS_TYPESCRIPT: options.typescript === true ? "true" : "false" };
  if (typeof options.tsconfig === "string") env.PULUMI_NODEJS_TSCONFIG_PATH = options.tsconfig;
  if (options.transpileOnly !== undefined) env.PULUMI_NODEJS_TRANSPILE_ONLY = String(options.transpileOnly);
  return env;
}

/**
 * Appends this repository's node_modules to NODE_PATH: a last resort that lets programs (and
 * dynamic providers' serialized code) outside the repository resolve `@pulumi/pulumi` and
 * `pulumi-azure-batch`. Resolution from the program's own directory still wins.
 * @param {string | undefined} existing
 */
function withRepoNodePath(existing) {
  const repoModules = path.join(REPO_ROOT, "node_modules");
  const parts = (existing || "").split(path.delimiter).filter(Boolean);
  return parts.includes(repoModules)
    ? parts.join(path.delimiter)
    : [...parts, repoModules].join(path.delimiter);
}

/**
 * Builds the runner's argv (after the node binary) and environment for one Run request.
 * @param {object} run plain values taken from the RunRequest
 * @param {string} run.runPath absolute path of `@pulumi/pulumi/cmd/run`
 * @param {string} run.monitorAddress
 * @param {string} run.engineAddress
 * @param {string} run.organization
 * @param {string} run.project
 * @param {string} run.stack
 * @param {string} run.rootDirectory
 * @param {string} run.pwd
 * @param {string} run.entryPoint
 * @param {boolean} run.dryRun
 * @param {number} run.parallel
 * @param {string[]} run.args
 * @param {Record<string, string>} run.config
 * @param {string[]} run.configSecretKeys
 * @param {Record<string, unknown>} run.options
 * @param {NodeJS.ProcessEnv} baseEnv
 */
function buildRunCommand(run, baseEnv) {
  const argv = [];
  if (typeof run.options.nodeargs === "string")
    argv.push(...run.options.nodeargs.split(/\s+/).filter(Boolean));
  argv.push(run.runPath);
  const flag = (name, value) => {
    if (value !== undefined && value !== "") argv.push(`--${name}`, String(value));
  };
  flag("monitor", run.monitorAddress);
  flag("engine", run.engineAddress);
  flag("organization", run.organization);
  flag("project", run.project);
  flag("root-directory", run.rootDirectory);
  flag("stack", run.stack);
  flag("pwd", run.pwd);
  if (run.dryRun) argv.push("--dry-run");
  if (run.parallel > 0) flag("parallel", run.parallel);
  argv.push(run.entryPoint || ".", ...run.args);

  const env = {
    ...baseEnv,
    ...optionsEnv(run.options),
    // The SDK reads configuration from here, not from flags (keys like "project:name").
    PULUMI_CONFIG: JSON.stringify(run.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(run.configSecretKeys),
    NODE_PATH: withRepoNodePath(baseEnv.NODE_PATH),
  };
  return { argv, env };
}

/**
 * Maps how the runner ended to the RunResponse fields: `bail` when the SDK already printed a
 * readable error (exit code 32), an `error` text for any other failure, neither on success.
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 */
function runOutcome(code, signal) {
  if (code === 0) return { error: "", bail: false };
  if (code === EXIT_AFTER_USER_ACTIONABLE_MESSAGE) return { error: "", bail: true };
  if (signal) return { error: `Program was terminated by signal ${signal}`, bail: false };
  return { error: `Program exited with non-zero exit code: ${code}`, bail: false };
}

module.exports = { REPO_ROOT, resolveFrom, locateRunner, buildRunCommand, runOutcome, withRepoNodePath };
