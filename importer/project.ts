/**
 * Writing the generated project: Pulumi.yaml, package.json, tsconfig.json, index.ts, README.md,
 * .prettierrc.json and the extra files (public certificates), all formatted. Refuses a non-empty
 * directory unless forced, so an import never overwrites someone's program.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Conversion } from "./convert";
import { formatFile, PRETTIER_OPTIONS } from "./format";
import { programSource } from "./program";
import { readmeText } from "./readme";

/** Options of {@link writeProject}. */
export interface ProjectOptions {
  /** The output directory. */
  outDir: string;
  /** Overwrite files in a non-empty directory. */
  force: boolean;
  /** The Pulumi project name. */
  projectName: string;
  /** The endpoint imported from. */
  endpoint: string;
  /** This package's name and version (the generated package.json depends on it). */
  sdk: { name: string; version: string };
}

/** What was written. */
export interface WrittenProject {
  /** Paths relative to the output directory. */
  files: string[];
  /** Lines of the formatted index.ts. */
  programLines: number;
}

/** A valid Pulumi project name from a directory name (letters, digits, `-`, `_`, `.`). */
export function projectNameFrom(dir: string): string {
  const name = path
    .basename(path.resolve(dir))
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+/, "");
  return name === "" ? "batch-account" : name;
}

/** Throws when `dir` exists, is not empty and `force` is not set. */
export function checkOutDir(dir: string, force: boolean): void {
  if (!fs.existsSync(dir)) return;
  if (!fs.statSync(dir).isDirectory())
    throw new Error(`--out ${dir} is not a directory; choose another path.`);
  if (!force && fs.readdirSync(dir).length > 0) {
    throw new Error(
      `--out ${dir} is not empty; choose an empty or new directory, or pass --force to overwrite its files.`,
    );
  }
}

/** Writes the project and returns what it wrote. */
export async function writeProject(c: Conversion, o: ProjectOptions): Promise<WrittenProject> {
  checkOutDir(o.outDir, o.force);
  const program = await formatFile(
    "index.ts",
    programSource(c.declarations, { endpoint: o.endpoint, packageName: o.sdk.name }),
  );
  const texts: Record<string, string> = {
    // JSON strings are YAML scalars: no quoting surprises.
    "Pulumi.yaml": [
      `name: ${JSON.stringify(o.projectName)}`,
      `description: ${JSON.stringify(`Azure Batch account ${o.endpoint}, imported by pulumi-azure-batch`)}`,
      "runtime: nodejs",
      "main: index.ts",
      "",
    ].join("\n"),
    "package.json": JSON.stringify({
      name: o.projectName.toLowerCase(),
      private: true,
      main: "index.ts",
      dependencies: { "@pulumi/pulumi": "^3.260.0", [o.sdk.name]: `^${o.sdk.version}` },
      devDependencies: { "@types/node": "^22.0.0", "ts-node": "^10.9.2", typescript: "^5.0.0" },
    }),
    "tsconfig.json": JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        lib: ["ES2023"],
        types: ["node"],
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
        forceConsistentCasingInFileNames: true,
      },
      files: ["index.ts"],
    }),
    ".prettierrc.json": JSON.stringify(PRETTIER_OPTIONS),
    "index.ts": program,
    "README.md": readmeText(c, o.endpoint, o.projectName),
    ".gitignore": "node_modules/\n",
  };
  fs.mkdirSync(o.outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, text] of Object.entries(texts)) {
    const formatted = name === ".gitignore" || name === "index.ts" ? text : await formatFile(name, text);
    fs.writeFileSync(path.join(o.outDir, name), formatted);
    files.push(name);
  }
  for (const f of c.files) {
    fs.mkdirSync(path.dirname(path.join(o.outDir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(o.outDir, f.path), f.contents);
    files.push(f.path);
  }
  return { files, programLines: program.split("\n").length - 1 };
}
