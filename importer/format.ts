/**
 * Formatting of the generated files with Prettier's API, with the options written into the
 * project's `.prettierrc.json` so `prettier --check` there agrees.
 */
import * as prettier from "prettier";

/** The Prettier options of a generated project. */
export const PRETTIER_OPTIONS = { printWidth: 100 } as const;

/** Formats a file's text by its name (TypeScript, JSON, Markdown, YAML). */
export async function formatFile(fileName: string, text: string): Promise<string> {
  return prettier.format(text, { ...PRETTIER_OPTIONS, filepath: fileName });
}
