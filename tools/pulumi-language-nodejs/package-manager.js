"use strict";
// The `packagemanager` runtime option in effect: which package manager installs a program's
// dependencies (`pulumi install`) and is reported by `pulumi about`. `auto` picks one the way
// Pulumi's host does: PULUMI_PREFER_YARN, then the lock file beside the program, else npm.

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

/** Lock files that name their package manager, checked in this order. */
const LOCK_FILES = [
  ["yarn.lock", "yarn"],
  ["pnpm-lock.yaml", "pnpm"],
  ["bun.lockb", "bun"],
  ["bun.lock", "bun"],
];

/**
 * The concrete package manager for `option` (one of auto, npm, yarn, pnpm, bun) in `dir`.
 * @param {string} option
 * @param {string} dir the program directory
 * @param {NodeJS.ProcessEnv} env
 * @returns {"npm" | "yarn" | "pnpm" | "bun"}
 */
function resolvePackageManager(option, dir, env = process.env) {
  if (option !== "auto") return /** @type {"npm" | "yarn" | "pnpm" | "bun"} */ (option);
  if (/^(1|true)$/i.test(env.PULUMI_PREFER_YARN || "")) return "yarn";
  for (const [file, pm] of LOCK_FILES) {
    if (fs.existsSync(path.join(dir, file))) return /** @type {"yarn" | "pnpm" | "bun"} */ (pm);
  }
  return "npm";
}

/**
 * The install command line of a package manager (what `pulumi install` runs in the program
 * directory); npm keeps its output to errors, as with Pulumi's host.
 * @param {"npm" | "yarn" | "pnpm" | "bun"} pm
 */
function installCommand(pm) {
  return pm === "npm" ? ["npm", ["install", "--loglevel=error"]] : [pm, ["install"]];
}

/**
 * The package manager's version (`<pm> --version`), or "" when it cannot be run: `pulumi about`
 * must not fail because a package manager is missing.
 * @param {string} pm
 */
function packageManagerVersion(pm) {
  const r = spawnSync(pm, ["--version"], { encoding: "utf8", timeout: 20_000 });
  return r.status === 0 ? r.stdout.trim() : "";
}

module.exports = { resolvePackageManager, installCommand, packageManagerVersion };
