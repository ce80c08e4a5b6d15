/**
 * The files of a compute node as the Files API lists them: the Batch directory layout (recorded:
 * applications, fsmounts, shared, startup, volatile, workitems), the start task's stdout/stderr and
 * working directory, and what the start task wrote.
 *
 * The emulator runs no programs. It does model the one effect of a start task that tools and tests
 * read back through the Files API: `echo TEXT > FILE` / `>> FILE` (under `cmd /c` or `/bin/sh -c`,
 * joined by `&&`, `&` or `;`), with the AZ_BATCH_* directory variables expanded, as a real node's
 * shell would (nodesdk recording: `cmd /c echo hello > hello.txt` → `startup/wd/hello.txt`,
 * "hello \r\n"). Any other command leaves no file.
 */
import type { NodeRecord } from "./pools";

/** One entry of a node's file tree ("/"-separated path relative to the node root). */
export interface NodeFileEntry {
  path: string;
  isDirectory: boolean;
  content: string;
  /** Epoch ms. */
  created: number;
  modified: number;
}

const TOP = ["applications", "fsmounts", "shared", "startup", "volatile", "workitems"];

/** Root directory of the Batch files on a node (what AZ_BATCH_NODE_ROOT_DIR names). */
export function nodeRoot(windows: boolean): string {
  return windows ? "D:\\batch\\tasks" : "/mnt/batch/tasks";
}

const VARS: Record<string, string> = {
  AZ_BATCH_NODE_ROOT_DIR: "",
  AZ_BATCH_NODE_SHARED_DIR: "shared",
  AZ_BATCH_NODE_STARTUP_DIR: "startup",
  AZ_BATCH_TASK_DIR: "startup",
  AZ_BATCH_TASK_WORKING_DIR: "startup/wd",
  AZ_BATCH_NODE_MOUNTS_DIR: "fsmounts",
};

function unwrap(command: string): { shell: "cmd" | "sh"; body: string } | undefined {
  const cmd = /^\s*cmd(?:\.exe)?\s+\/c\s+(.*)$/is.exec(command);
  if (cmd) return { shell: "cmd", body: cmd[1] };
  const sh = /^\s*(?:\/(?:usr\/)?bin\/)?(?:ba)?sh\s+-c\s+(['"])(.*)\1\s*$/s.exec(command);
  if (sh) return { shell: "sh", body: sh[2] };
  return undefined;
}

function expand(text: string, shell: "cmd" | "sh", windows: boolean): string {
  const root = nodeRoot(windows);
  const value = (name: string) => {
    const rel = VARS[name.toUpperCase()];
    if (rel === undefined) return "";
    return rel ? `${root}${windows ? "\\" : "/"}${windows ? rel.replace(/\//g, "\\") : rel}` : root;
  };
  return shell === "cmd"
    ? text.replace(/%([A-Za-z_][A-Za-z0-9_]*)%/g, (_, n: string) => value(n))
    : text.replace(
        /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
        (_, a?: string, b?: string) => value(a ?? b ?? ""),
      );
}

/** A target path as a path relative to the node root, or undefined when outside it. */
function relativeTarget(target: string, windows: boolean): string | undefined {
  const t = target.replace(/\\/g, "/");
  const root = nodeRoot(windows).replace(/\\/g, "/");
  if (t.toLowerCase().startsWith(root.toLowerCase() + "/")) return t.slice(root.length + 1);
  if (/^(\/|[A-Za-z]:\/)/.test(t)) return undefined;
  return `startup/wd/${t.replace(/^\.\//, "")}`;
}

function unquote(text: string): string {
  const m = /^(['"])(.*)\1$/s.exec(text.trim());
  return m ? m[2] : text.trim();
}

/** The files a start task's command line writes ("/"-separated path → content) and its stdout. */
export function startTaskOutput(
  command: string,
  windows: boolean,
): { files: Map<string, string>; stdout: string } {
  const files = new Map<string, string>();
  let stdout = "";
  const wrapped = unwrap(command);
  if (!wrapped) return { files, stdout };
  const eol = wrapped.shell === "cmd" ? "\r\n" : "\n";
  for (const part of wrapped.body.split(/\s*(?:&&|;|&)\s*/)) {
    const m = /^echo\s(.*?)(\s*)(>>?)\s*(\S+)\s*$/is.exec(part) ?? /^echo\s(.*)$/is.exec(part);
    if (!m) continue;
    // cmd's echo keeps everything up to the redirection, spaces included; sh drops quotes and spaces.
    const raw = expand(m[1], wrapped.shell, windows);
    const text = wrapped.shell === "cmd" ? raw + (m[2] ?? "") : unquote(raw);
    if (m.length < 5 || m[4] === undefined) {
      stdout += text + eol;
      continue;
    }
    const rel = relativeTarget(unquote(expand(m[4], wrapped.shell, windows)), windows);
    if (!rel) continue;
    files.set(rel, (m[3] === ">>" ? (files.get(rel) ?? "") : "") + text + eol);
  }
  return { files, stdout };
}

/**
 * The node's file tree at `now` (sorted by path): directories first known at allocation, the start
 * task's files once it ran (from the node's boot to its ready time), minus what was deleted.
 */
export function nodeFiles(n: NodeRecord, windows: boolean, now: number): NodeFileEntry[] {
  const entries = new Map<string, NodeFileEntry>();
  const dir = (path: string, at: number) => {
    if (!entries.has(path))
      entries.set(path, { path, isDirectory: true, content: "", created: at, modified: at });
  };
  const file = (path: string, content: string, at: number) => {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) dir(parts.slice(0, i).join("/"), n.allocatedAt);
    entries.set(path, { path, isDirectory: false, content, created: at, modified: at });
  };
  for (const d of TOP) dir(d, n.allocatedAt);
  const ran = n.bootAt ?? n.allocatedAt;
  if (typeof n.startCommand === "string" && now >= n.readyAt) {
    const out = startTaskOutput(n.startCommand, windows);
    dir("startup/wd", ran);
    file("startup/stdout.txt", out.stdout, n.readyAt);
    file("startup/stderr.txt", "", n.readyAt);
    if (windows) file("startup/ProcessEnv.cmd", processEnv(windows), ran);
    for (const [path, content] of out.files) file(path, content, n.readyAt);
  }
  const deleted = (n.deleted ?? []).map((d) => d.toLowerCase());
  const gone = (p: string) =>
    deleted.some((d) => p.toLowerCase() === d || p.toLowerCase().startsWith(d + "/"));
  return [...entries.values()].filter((e) => !gone(e.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
}

function processEnv(windows: boolean): string {
  const root = nodeRoot(windows);
  return Object.entries(VARS)
    .map(([k, rel]) => `set ${k}=${rel ? `${root}\\${rel.replace(/\//g, "\\")}` : root}`)
    .join("\r\n");
}

/** A request's file path ("/" or "\" separated, any case) as the tree's "/"-separated form. */
export function normalizeFilePath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}
