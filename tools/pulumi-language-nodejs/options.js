"use strict";
// The runtime options of a `runtime: nodejs` project (Pulumi.yaml `runtime.options`), read the way
// Pulumi's own Node.js host reads them (see README.md, "Reference behaviour"): the same keys, the
// same defaults (TypeScript on) and the same error texts, so a project behaves alike under both.

/** Package managers the `packagemanager` option accepts; `auto` picks one from the lock file. */
const PACKAGE_MANAGERS = ["auto", "npm", "yarn", "pnpm", "bun"];

/**
 * @typedef {object} NodeOptions
 * @property {boolean} typescript run `.ts` through Pulumi's TypeScript path (ts-node, type-checked)
 * @property {string} tsconfig path of the tsconfig file ts-node uses ("" = tsconfig.json in the program directory)
 * @property {string} nodeargs extra arguments for the Node.js process, split like a shell would
 * @property {string} packagemanager one of PACKAGE_MANAGERS
 */

/**
 * Validates `runtime.options` and fills in the defaults; throws an Error with the official host's
 * message for a value of the wrong type (the CLI shows it as the run's error).
 * @param {Record<string, unknown>} raw
 * @returns {NodeOptions}
 */
function parseOptions(raw) {
  /** @type {NodeOptions} */
  const options = { typescript: true, tsconfig: "", nodeargs: "", packagemanager: "auto" };
  if ("typescript" in raw) {
    if (typeof raw.typescript !== "boolean") throw new Error("typescript option must be a boolean");
    options.typescript = raw.typescript;
  }
  if ("tsconfig" in raw) {
    if (typeof raw.tsconfig !== "string") throw new Error("tsconfigpath option must be a string");
    options.tsconfig = raw.tsconfig;
  }
  if ("nodeargs" in raw) {
    if (typeof raw.nodeargs !== "string") throw new Error("nodeargs option must be a string");
    options.nodeargs = raw.nodeargs;
  }
  if ("packagemanager" in raw) {
    const pm = raw.packagemanager;
    if (typeof pm !== "string") throw new Error("packagemanager option must be a string");
    if (!PACKAGE_MANAGERS.includes(pm)) {
      throw new Error(
        `packagemanager option must be one of auto, npm, yarn, pnpm or bun, got ${JSON.stringify(pm)}`,
      );
    }
    options.packagemanager = pm;
  }
  return options;
}

/**
 * Splits `nodeargs` into words as a POSIX shell would (whitespace separates; single quotes are
 * literal; double quotes group and allow backslash escapes; a backslash escapes the next
 * character), because the official host splits it with a shell-like lexer, not on spaces.
 * @param {string} text
 * @returns {string[]}
 */
function splitArgs(text) {
  const words = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error("nodeargs: EOF found when expecting closing quote");
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      for (i++; ; i++) {
        if (i >= text.length) throw new Error("nodeargs: EOF found when expecting closing quote");
        if (text[i] === '"') break;
        if (text[i] === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) i++;
        word += text[i];
      }
    } else if (c === "\\") {
      if (i + 1 >= text.length) throw new Error("nodeargs: EOF found after escape character");
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

module.exports = { PACKAGE_MANAGERS, parseOptions, splitArgs };
