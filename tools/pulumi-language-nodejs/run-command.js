"use strict";
// Pure helpers of the language host: where to find `@pulumi/pulumi/cmd/run` and which command
// line and environment the Node.js runner gets for one `Run` request, as Pulumi's own host builds
// them (README.md, "Reference behaviour"). Kept apart from the gRPC wiring (main.js) so they stay
// small and testable without a CLI.

const path = require("path");
const { splitArgs } = require("./options");

/** The repository this host ships in. */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Exit code with which `@pulumi/pulumi/cmd/run` says it already showed the user a readable error. */
const EXIT_AFTER_USER_ACTIONABLE_MESSAGE = 32;

/** What the official host answers when the program has no @pulumi/pulumi to run it with. */
const SDK_NOT_INSTALLED = "It looks like the Pulumi SDK has not been installed. Have you run pulumi install?";

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
 * Finds the runner of the program's own `@pulumi/pulumi`, resolved from the program directory (so
 * program and runner share one copy of the SDK). No fallback to this repository's copy: a program
 * whose dependencies are not installed must fail as it would with Pulumi's host, not run on ours.
 * PULUMI_LANGUAGE_NODEJS_RUN_PATH overrides the module name, as it does for Pulumi's host.
 * @param {string} programDirectory
 * @param {NodeJS.ProcessEnv} env
 */
function locateRunner(programDirectory, env = process.env) {
  const request = env.PULUMI_LANGUAGE_NODEJS_RUN_PATH || "@pulumi/pulumi/cmd/run";
  return resolveFrom(request, programDirectory);
}

/**
 * The config map as the runner's PULUMI_CONFIG: keys `ns:name` become `ns:config:name`, the form
 * the official host sends (the SDK reads both).
 * @param {Record<string, string>} config
 */
function configJson(config) {
  const out = {};
  for (const [key, value] of Object.entries(config)) {
    const colon = key.indexOf(":");
    if (colon < 0)
      throw new Error(`failed to serialize configuration: invalid config key ${JSON.stringify(key)}`);
    const namespace = key.slice(0, colon);
    const name = key.slice(colon + 1);
    out[name.startsWith("config:") ? key : `${namespace}:config:${name}`] = value;
  }
  return JSON.stringify(out);
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
 * @param {string} run.programDirectory
 * @param {string} run.entryPoint
 * @param {boolean} run.dryRun
 * @param {number} run.parallel
 * @param {string} run.tracing
 * @param {string[]} run.args
 * @param {Record<string, string>} run.config
 * @param {string[]} run.configSecretKeys
 * @param {import("./options").NodeOptions} run.options parsed runtime options
 * @param {NodeJS.ProcessEnv} baseEnv
 */
function buildRunCommand(run, baseEnv) {
  const argv = [...splitArgs(run.options.nodeargs), run.runPath];
  const flag = (name, value) => {
    if (value !== undefined && value !== "") argv.push(`--${name}`, String(value));
  };
  flag("monitor", run.monitorAddress);
  flag("engine", run.engineAddress);
  flag("organization", run.organization);
  flag("project", run.project);
  flag("root-directory", run.rootDirectory);
  flag("stack", run.stack);
  flag("pwd", run.programDirectory);
  if (run.dryRun) argv.push("--dry-run");
  flag("parallel", String(run.parallel || 0));
  flag("tracing", run.tracing);
  // The engine always names an entry point ("." for the program directory itself).
  argv.push(run.entryPoint || ".", ...run.args);

  const env = {
    ...baseEnv,
    PULUMI_CONFIG: configJson(run.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(run.configSecretKeys),
  };
  // Only "true" is ever set: with TypeScript off, whatever the caller's environment says stays.
  if (run.options.typescript) env.PULUMI_NODEJS_TYPESCRIPT = "true";
  if (run.options.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = run.options.tsconfig;
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
  if (signal) return { error: `Program exited unexpectedly: signal: ${signal}`, bail: false };
  return { error: `Program exited with non-zero exit code: ${code}`, bail: false };
}

module.exports = {
  REPO_ROOT,
  SDK_NOT_INSTALLED,
  resolveFrom,
  locateRunner,
  configJson,
  buildRunCommand,
  runOutcome,
};
