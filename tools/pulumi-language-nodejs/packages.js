"use strict";
// What a program depends on, read from its node_modules: the Pulumi resource plugins it needs
// (GetRequiredPackages: every installed package whose package.json says `"pulumi": { "resource":
// true }`, as Pulumi's host finds them) and its npm dependencies (GetProgramDependencies).

const fs = require("fs");
const path = require("path");

/**
 * @typedef {object} PluginPackage
 * @property {string} name plugin name (`pulumi.name`, else the `@pulumi/` package's bare name)
 * @property {string} version `v`-prefixed
 * @property {string} server plugin download URL, "" for the default
 * @property {{ name: string, version: string, value: string } | undefined} parameterization
 */

/** Reads a JSON file, or undefined when it is missing or broken (a scan must not stop on one). */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The plugin a package.json declares, or undefined. Third-party packages must name their plugin
 * (`pulumi.name`); `@pulumi/x` defaults to `x`.
 * @param {any} pkg
 * @returns {PluginPackage | undefined}
 */
function pluginOf(pkg) {
  const pulumi = pkg && typeof pkg.pulumi === "object" && pkg.pulumi ? pkg.pulumi : {};
  if (pulumi.resource !== true) return undefined;
  let name = typeof pulumi.name === "string" && pulumi.name ? pulumi.name : "";
  if (!name && typeof pkg.name === "string" && pkg.name.startsWith("@pulumi/")) name = pkg.name.slice(8);
  const version = String(pulumi.version || pkg.version || "");
  if (!name || !version) return undefined;
  const p = pulumi.parameterization;
  return {
    name,
    version: version.startsWith("v") ? version : `v${version}`,
    server: typeof pulumi.server === "string" ? pulumi.server : "",
    parameterization:
      p && typeof p === "object"
        ? { name: String(p.name || ""), version: String(p.version || ""), value: String(p.value || "") }
        : undefined,
  };
}

/**
 * Every package directory under `dir`'s node_modules, nested ones included (scoped packages
 * looked into), each real directory visited once (symlinked workspaces can form cycles).
 * @param {string} dir
 * @param {Set<string>} seen
 * @returns {string[]}
 */
function packageDirs(dir, seen = new Set()) {
  const modules = path.join(dir, "node_modules");
  let entries;
  try {
    entries = fs.readdirSync(modules, { withFileTypes: true });
  } catch {
    return [];
  }
  const found = [];
  const visit = (pkgDir) => {
    let real;
    try {
      real = fs.realpathSync(pkgDir);
    } catch {
      return;
    }
    if (seen.has(real) || !fs.existsSync(path.join(real, "package.json"))) return;
    seen.add(real);
    found.push(real, ...packageDirs(real, seen));
  };
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(modules, entry.name);
    if (entry.name.startsWith("@")) {
      let scoped = [];
      try {
        scoped = fs.readdirSync(full);
      } catch {
        // unreadable scope: nothing in it counts
      }
      for (const name of scoped) visit(path.join(full, name));
    } else {
      visit(full);
    }
  }
  return found;
}

/**
 * The resource plugins the program's installed packages declare, from the program directory's
 * node_modules (where Pulumi's host starts its search too).
 * @param {string} programDirectory
 * @returns {PluginPackage[]}
 */
function requiredPackages(programDirectory) {
  const plugins = [];
  for (const dir of packageDirs(programDirectory)) {
    const plugin = pluginOf(readJson(path.join(dir, "package.json")));
    if (plugin) plugins.push(plugin);
  }
  return plugins;
}

/** Nearest package.json at or above `dir`, or undefined. */
function findPackageJson(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, "package.json");
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * The program's dependencies with their installed versions: the direct ones of its package.json,
 * or, when `transitive`, every package installed under it.
 * @param {string} programDirectory
 * @param {boolean} transitive
 * @returns {{ name: string, version: string }[]}
 */
function programDependencies(programDirectory, transitive) {
  const pkgFile = findPackageJson(programDirectory);
  if (!pkgFile) return [];
  const root = path.dirname(pkgFile);
  if (transitive) {
    const all = packageDirs(root).map((dir) => readJson(path.join(dir, "package.json")) || {});
    return all
      .filter((p) => typeof p.name === "string")
      .map((p) => ({ name: p.name, version: String(p.version || "") }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  const pkg = readJson(pkgFile) || {};
  const declared = { ...pkg.devDependencies, ...pkg.dependencies };
  return Object.keys(declared)
    .sort()
    .map((name) => {
      let resolved;
      try {
        resolved = require.resolve(`${name}/package.json`, { paths: [root] });
      } catch {
        // not installed (or no package.json export): report the declared range
      }
      const installed = resolved ? readJson(resolved) : undefined;
      return { name, version: String((installed && installed.version) || declared[name] || "") };
    });
}

module.exports = { pluginOf, packageDirs, requiredPackages, programDependencies, findPackageJson };
