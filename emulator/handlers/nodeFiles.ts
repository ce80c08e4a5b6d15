/**
 * Files on a compute node: list (recursive or one level), get (whole or an `ocp-range`), properties
 * (HEAD) and delete. Headers as the spec names them: ocp-creation-time, ocp-batch-file-isdirectory,
 * ocp-batch-file-url, ocp-batch-file-mode (Linux only), Last-Modified, Content-Length; no ETag
 * (nodesdk recordings).
 */
import type { Ctx, HandlerResult } from "../context";
import { iso } from "../etag";
import { fileNotFound, invalidRange, operationInvalidForCurrentState } from "../errors";
import { nodeFiles, normalizeFilePath, type NodeFileEntry } from "../model/nodeFiles";
import { isWindowsPool } from "../model/nodes";
import type { NodeRecord } from "../model/pools";
import type { Entity } from "../store/Store";
import { listResponse } from "./common";
import { requireNode } from "./nodes";
import { poolUrl } from "./pools";

function fileName(e: NodeFileEntry, windows: boolean): string {
  return windows ? e.path.replace(/\//g, "\\") : e.path;
}

function fileUrl(ctx: Ctx, pool: Entity, node: NodeRecord, name: string): string {
  return `${poolUrl(ctx, String(pool.id))}/nodes/${node.id}/files/${name}`;
}

function contentType(e: NodeFileEntry): string {
  return /\.txt$/i.test(e.path) ? "text/plain" : "application/octet-stream";
}

/** GET /pools/{poolId}/nodes/{nodeId}/files — Nodes_ListNodeFiles. */
export function listNodeFiles(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const windows = isWindowsPool(pool);
  const recursive = String(ctx.query.get("recursive")).toLowerCase() === "true";
  const entries = nodeFiles(node, windows, ctx.now).filter((e) => recursive || !e.path.includes("/"));
  const views = entries.map((e) => {
    const name = fileName(e, windows);
    const v: Entity = { name, url: fileUrl(ctx, pool, node, name), isDirectory: e.isDirectory };
    if (!e.isDirectory)
      v.properties = {
        ...(windows ? { creationTime: iso(e.created) } : {}),
        lastModified: iso(e.modified),
        contentLength: String(Buffer.byteLength(e.content)),
        contentType: contentType(e),
        ...(windows ? {} : { fileMode: "0100644" }),
      };
    return v;
  });
  return listResponse(ctx, views, (v) => String(v.name).toLowerCase(), "files");
}

function requireFile(ctx: Ctx): { pool: Entity; node: NodeRecord; entry: NodeFileEntry; windows: boolean } {
  const { pool, node } = requireNode(ctx);
  const windows = isWindowsPool(pool);
  const path = normalizeFilePath(ctx.params[2]).toLowerCase();
  const entry = nodeFiles(node, windows, ctx.now).find((e) => e.path.toLowerCase() === path);
  if (!entry) throw fileNotFound();
  return { pool, node, entry, windows };
}

function fileHeaders(ctx: Ctx, pool: Entity, node: NodeRecord, e: NodeFileEntry, windows: boolean) {
  const name = fileName(e, windows);
  return {
    "ocp-creation-time": new Date(e.created).toUTCString(),
    "ocp-batch-file-isdirectory": String(e.isDirectory),
    "ocp-batch-file-url": encodeURI(fileUrl(ctx, pool, node, name)),
    ...(windows ? {} : { "ocp-batch-file-mode": e.isDirectory ? "040755" : "0100644" }),
    "Last-Modified": new Date(e.modified).toUTCString(),
  };
}

/** The byte range an `ocp-range: bytes=a-b` header asks for (416 InvalidRange outside the file). */
function byteRange(header: string | undefined, size: number): [number, number] | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) throw invalidRange();
  const start = m[1] === "" ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === "" || m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || start > end) throw invalidRange();
  return [start, end];
}

/** GET .../files/{filePath} — Nodes_GetNodeFile (the content; a directory has none to give). */
export function getNodeFile(ctx: Ctx): HandlerResult {
  const { pool, node, entry, windows } = requireFile(ctx);
  if (entry.isDirectory) throw operationInvalidForCurrentState("The path names a directory.", "filePath");
  const bytes = Buffer.from(entry.content, "utf8");
  const header = ctx.req.headers["ocp-range"];
  const range = byteRange(typeof header === "string" ? header : undefined, bytes.length);
  const part = range ? bytes.subarray(range[0], range[1] + 1) : bytes;
  return {
    status: 200,
    text: part.toString("utf8"),
    contentType: contentType(entry),
    headers: fileHeaders(ctx, pool, node, entry, windows),
  };
}

/** HEAD .../files/{filePath} — Nodes_GetNodeFileProperties (Content-Length of the file). */
export function getNodeFileProperties(ctx: Ctx): HandlerResult {
  const { pool, node, entry, windows } = requireFile(ctx);
  return {
    status: 200,
    headers: {
      ...fileHeaders(ctx, pool, node, entry, windows),
      "Content-Type": contentType(entry),
      "Content-Length": String(Buffer.byteLength(entry.content)),
    },
  };
}

/** DELETE .../files/{filePath} — Nodes_DeleteNodeFile (a directory only with recursive=true). */
export function deleteNodeFile(ctx: Ctx): HandlerResult {
  const { node, entry } = requireFile(ctx);
  const recursive = String(ctx.query.get("recursive")).toLowerCase() === "true";
  if (entry.isDirectory && !recursive)
    throw operationInvalidForCurrentState("The directory is deleted only with recursive=true.", "recursive");
  node.deleted = [...(node.deleted ?? []), entry.path];
  ctx.state.store.touch();
  return { status: 200 };
}
