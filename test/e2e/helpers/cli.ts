/**
 * Small helpers shared by the example, promotion and secrets end-to-end tests: reading the CLI's
 * text output (which properties a preview says changed), the emulator's request log (which writes
 * an update made), paging and polling.
 */
import type { RequestLogEntry } from "../../../emulator";

/**
 * The properties each resource line of a preview/up names as changed, keyed by `type name`:
 * ` ~  pulumi-nodejs:dynamic/batch:Pool web update [diff: ~metadata]` → `{ "…:Pool web": ["~metadata"] }`.
 * Lines without `[diff: …]` (unchanged resources, the stack) are not listed.
 */
export function diffsOf(output: string): Record<string, string[]> {
  const diffs: Record<string, string[]> = {};
  for (const line of output.split("\n")) {
    const m = line.match(/^\s*[-~+]+\s+(\S+)\s+(\S+)\s+.*\[diff: ([^\]]*)\]/);
    if (!m) continue;
    const keys = m[3].split(/[\s,;]+/).filter(Boolean);
    const key = `${m[1]} ${m[2]}`;
    diffs[key] = [...new Set([...(diffs[key] ?? []), ...keys])].sort();
  }
  return diffs;
}

/** The operations of the writes (not GET/HEAD) in a request log, in the order they arrived. */
export function writeOperations(requests: readonly RequestLogEntry[]): string[] {
  return requests
    .filter((r) => r.method !== "GET" && r.method !== "HEAD")
    .map((r) => r.operation ?? `${r.method} ${r.path}`);
}

/** {@link writeOperations}, sorted (for steps whose resources are updated in parallel). */
export function writesOf(requests: readonly RequestLogEntry[]): string[] {
  return writeOperations(requests).sort();
}

/** Collects an async iterable (a paged list of the client). */
export async function listAll<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Polls `check` every 50 ms until it is true; throws after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
