/**
 * Formatting of the generated files with Prettier's API, with the options written into the
 * project's `.prettierrc.json` so `prettier --check` there agrees.
 *
 * Why the standalone build with its plugins: Prettier's Node entry loads its parsers by dynamic
 * `import()`, which a CommonJS host without ESM support (Jest without --experimental-vm-modules,
 * some bundlers) refuses; the standalone build is the same formatter, loaded synchronously.
 */
import * as prettier from "prettier/standalone";
import * as babel from "prettier/plugins/babel";
import * as estree from "prettier/plugins/estree";
import * as markdown from "prettier/plugins/markdown";
import * as typescript from "prettier/plugins/typescript";
import * as yaml from "prettier/plugins/yaml";

/** The Prettier options of a generated project. */
export const PRETTIER_OPTIONS = { printWidth: 100 } as const;

const PARSERS: Record<string, string> = {
  ".ts": "typescript",
  ".json": "json",
  ".md": "markdown",
  ".yaml": "yaml",
};

/** Formats a file's text by its name (TypeScript, JSON, Markdown, YAML). */
export async function formatFile(fileName: string, text: string): Promise<string> {
  const ext = fileName.slice(fileName.lastIndexOf("."));
  // As the Prettier CLI does: package.json is laid out like JSON.stringify.
  const parser = fileName.endsWith("package.json") ? "json-stringify" : PARSERS[ext];
  if (parser === undefined) throw new Error(`no formatter for ${fileName}`);
  return prettier.format(text, {
    ...PRETTIER_OPTIONS,
    parser,
    plugins: [babel, estree, markdown, typescript, yaml],
  });
}
