/**
 * Dependencies point one way: no module of the library imports itself back through others, type
 * imports included (a type-only circle still means two pieces cannot be read alone).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as ts from "typescript";

const ROOT = resolve(__dirname, "../../..");
const FOLDERS = ["emulator", "provider", "sdk", "spec"];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this form; try the next
    }
  }
  return undefined;
}

/** Every local import and re-export of each file (ts.preProcessFile sees `import type` too). */
function graph(files: string[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((f) => resolveLocal(file, f.fileName))
      .filter((t): t is string => t !== undefined);
    edges.set(file, targets);
  }
  return edges;
}

/** Returns one cycle (as a list of files) if the graph has any. */
function findCycle(edges: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of edges.keys()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return undefined;
}

describe("import graph", () => {
  const files = FOLDERS.flatMap((f) => sources(join(ROOT, f)));
  const edges = graph(files);

  it("finds the library's sources", () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...edges.values()].flat().length).toBeGreaterThan(100);
  });

  it("has no import circle, type imports included", () => {
    const cycle = findCycle(edges);
    expect(cycle?.map((f) => relative(ROOT, f))).toBeUndefined();
  });

  it("detects a circle when there is one", () => {
    const fake = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    expect(findCycle(fake)).toEqual(["a", "b", "c", "a"]);
  });
});
