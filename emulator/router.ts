/**
 * Routing: maps method + path (after the account segment) to the spec operation and its handler, and
 * records which request-body definition and conditional headers the spec declares for it.
 */
import type { Handler, Route } from "./context";
import * as account from "./handlers/account";
import * as certs from "./handlers/certificates";
import * as jobs from "./handlers/jobs";
import * as jobSchedules from "./handlers/jobSchedules";
import * as nodeExtensions from "./handlers/nodeExtensions";
import * as nodeFiles from "./handlers/nodeFiles";
import * as nodeOps from "./handlers/nodeOps";
import * as nodes from "./handlers/nodes";
import * as scaling from "./handlers/poolScaling";
import * as pools from "./handlers/pools";
import { specDocument } from "../spec/validator";

export type { Route } from "./context";

const ID = "([^/]+)";
const CERT = "/certificates\\(thumbprintAlgorithm=([^,]+),thumbprint=([^)]+)\\)";

const table: [string, string, string, Handler, string?][] = [
  ["GET", "/pools", "Pools_ListPools", pools.listPools],
  ["POST", "/pools", "Pools_CreatePool", pools.createPool, "BatchPoolCreateOptions"],
  ["GET", `/pools/${ID}`, "Pools_GetPool", pools.getPool],
  ["HEAD", `/pools/${ID}`, "Pools_PoolExists", pools.poolExistsOp],
  ["PATCH", `/pools/${ID}`, "Pools_UpdatePool", pools.updatePool, "BatchPoolUpdateOptions"],
  ["DELETE", `/pools/${ID}`, "Pools_DeletePool", pools.deletePool],
  [
    "POST",
    `/pools/${ID}/updateproperties`,
    "Pools_ReplacePoolProperties",
    pools.replacePoolProperties,
    "BatchPoolReplaceOptions",
  ],
  ["POST", `/pools/${ID}/resize`, "Pools_ResizePool", scaling.resizePool, "BatchPoolResizeOptions"],
  ["POST", `/pools/${ID}/stopresize`, "Pools_StopPoolResize", scaling.stopPoolResize],
  [
    "POST",
    `/pools/${ID}/enableautoscale`,
    "Pools_EnablePoolAutoScale",
    scaling.enableAutoScale,
    "BatchPoolEnableAutoScaleOptions",
  ],
  ["POST", `/pools/${ID}/disableautoscale`, "Pools_DisablePoolAutoScale", scaling.disableAutoScale],
  [
    "POST",
    `/pools/${ID}/evaluateautoscale`,
    "Pools_EvaluatePoolAutoScale",
    scaling.evaluateAutoScale,
    "BatchPoolEvaluateAutoScaleOptions",
  ],
  ["POST", `/pools/${ID}/removenodes`, "Pools_RemoveNodes", scaling.removeNodes, "BatchNodeRemoveOptions"],
  ["GET", `/pools/${ID}/nodes`, "Nodes_ListNodes", nodes.listNodes],
  ["GET", `/pools/${ID}/nodes/${ID}`, "Nodes_GetNode", nodes.getNode],
  [
    "GET",
    `/pools/${ID}/nodes/${ID}/remoteloginsettings`,
    "Nodes_GetNodeRemoteLoginSettings",
    nodes.getRemoteLoginSettings,
  ],
  ["GET", `/pools/${ID}/nodes/${ID}/rdp`, "Nodes_GetRemoteDesktop", nodes.getRemoteDesktop],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/disablescheduling`,
    "Nodes_DisableNodeScheduling",
    nodeOps.disableScheduling,
    "BatchNodeDisableSchedulingOptions",
  ],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/enablescheduling`,
    "Nodes_EnableNodeScheduling",
    nodeOps.enableScheduling,
  ],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/users`,
    "Nodes_CreateNodeUser",
    nodeOps.createUser,
    "BatchNodeUserCreateOptions",
  ],
  [
    "PUT",
    `/pools/${ID}/nodes/${ID}/users/${ID}`,
    "Nodes_ReplaceNodeUser",
    nodeOps.replaceUser,
    "BatchNodeUserUpdateOptions",
  ],
  ["DELETE", `/pools/${ID}/nodes/${ID}/users/${ID}`, "Nodes_DeleteNodeUser", nodeOps.deleteUser],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/reboot`,
    "Nodes_RebootNode",
    nodeOps.rebootNode,
    "BatchNodeRebootOptions",
  ],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/reimage`,
    "Nodes_ReimageNode",
    nodeOps.reimageNode,
    "BatchNodeReimageOptions",
  ],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/deallocate`,
    "Nodes_DeallocateNode",
    nodeOps.deallocateNode,
    "BatchNodeDeallocateOptions",
  ],
  ["POST", `/pools/${ID}/nodes/${ID}/start`, "Nodes_StartNode", nodeOps.startNode],
  [
    "POST",
    `/pools/${ID}/nodes/${ID}/uploadbatchservicelogs`,
    "Nodes_UploadNodeLogs",
    nodeOps.uploadNodeLogs,
    "UploadBatchServiceLogsOptions",
  ],
  ["GET", `/pools/${ID}/nodes/${ID}/files`, "Nodes_ListNodeFiles", nodeFiles.listNodeFiles],
  ["GET", `/pools/${ID}/nodes/${ID}/files/(.+)`, "Nodes_GetNodeFile", nodeFiles.getNodeFile],
  [
    "HEAD",
    `/pools/${ID}/nodes/${ID}/files/(.+)`,
    "Nodes_GetNodeFileProperties",
    nodeFiles.getNodeFileProperties,
  ],
  ["DELETE", `/pools/${ID}/nodes/${ID}/files/(.+)`, "Nodes_DeleteNodeFile", nodeFiles.deleteNodeFile],
  [
    "GET",
    `/pools/${ID}/nodes/${ID}/extensions`,
    "Nodes_ListNodeExtensions",
    nodeExtensions.listNodeExtensions,
  ],
  [
    "GET",
    `/pools/${ID}/nodes/${ID}/extensions/${ID}`,
    "Nodes_GetNodeExtension",
    nodeExtensions.getNodeExtension,
  ],
  ["GET", "/supportedimages", "Pools_ListSupportedImages", account.listSupportedImages],
  ["GET", "/nodecounts", "Pools_ListPoolNodeCounts", account.listPoolNodeCounts],
  ["GET", "/jobschedules", "JobSchedules_ListJobSchedules", jobSchedules.listJobSchedules],
  [
    "POST",
    "/jobschedules",
    "JobSchedules_CreateJobSchedule",
    jobSchedules.createJobSchedule,
    "BatchJobScheduleCreateOptions",
  ],
  ["GET", `/jobschedules/${ID}`, "JobSchedules_GetJobSchedule", jobSchedules.getJobSchedule],
  ["HEAD", `/jobschedules/${ID}`, "JobSchedules_JobScheduleExists", jobSchedules.jobScheduleExistsOp],
  [
    "PATCH",
    `/jobschedules/${ID}`,
    "JobSchedules_UpdateJobSchedule",
    jobSchedules.updateJobSchedule,
    "BatchJobScheduleUpdateOptions",
  ],
  [
    "PUT",
    `/jobschedules/${ID}`,
    "JobSchedules_ReplaceJobSchedule",
    jobSchedules.replaceJobSchedule,
    "BatchJobSchedule",
  ],
  ["DELETE", `/jobschedules/${ID}`, "JobSchedules_DeleteJobSchedule", jobSchedules.deleteJobSchedule],
  ["POST", `/jobschedules/${ID}/enable`, "JobSchedules_EnableJobSchedule", jobSchedules.enableJobSchedule],
  ["POST", `/jobschedules/${ID}/disable`, "JobSchedules_DisableJobSchedule", jobSchedules.disableJobSchedule],
  [
    "POST",
    `/jobschedules/${ID}/terminate`,
    "JobSchedules_TerminateJobSchedule",
    jobSchedules.terminateJobSchedule,
  ],
  ["GET", `/jobschedules/${ID}/jobs`, "Jobs_ListJobsFromSchedule", jobs.listJobsFromSchedule],
  ["GET", "/jobs", "Jobs_ListJobs", jobs.listJobs],
  ["GET", `/jobs/${ID}`, "Jobs_GetJob", jobs.getJob],
  ["GET", "/certificates", "Certificates_ListCertificates", certs.listCertificates],
  ["POST", "/certificates", "Certificates_CreateCertificate", certs.createCertificate, "BatchCertificate"],
  ["GET", CERT, "Certificates_GetCertificate", certs.getCertificate],
  ["DELETE", CERT, "Certificates_DeleteCertificate", certs.deleteCertificate],
  ["POST", `${CERT}/canceldelete`, "Certificates_CancelCertificateDeletion", certs.cancelCertificateDeletion],
];

let routes: Route[] | undefined;

/** operationIds whose spec parameters include If-Match (they accept all four conditional headers). */
function conditionalOperations(): Set<string> {
  const out = new Set<string>();
  const paths = specDocument().paths as Record<
    string,
    Record<string, { operationId?: string; parameters?: { name?: string }[] }>
  >;
  for (const ops of Object.values(paths))
    for (const op of Object.values(ops))
      if (op && op.operationId && (op.parameters ?? []).some((p) => p.name === "If-Match"))
        out.add(op.operationId);
  return out;
}

/** operationIds whose body parameter the spec marks optional (`required: false`). */
function optionalBodyOperations(): Set<string> {
  const out = new Set<string>();
  const paths = specDocument().paths as Record<
    string,
    Record<string, { operationId?: string; parameters?: { in?: string; required?: boolean }[] }>
  >;
  for (const ops of Object.values(paths))
    for (const op of Object.values(ops))
      if (op && op.operationId && (op.parameters ?? []).some((p) => p.in === "body" && p.required !== true))
        out.add(op.operationId);
  return out;
}

/** The route table (built once). */
export function allRoutes(): Route[] {
  if (!routes) {
    const conditional = conditionalOperations();
    const optionalBody = optionalBodyOperations();
    routes = table.map(([method, path, operation, handler, body]) => ({
      method,
      pattern: new RegExp(`^${path}/?$`, "i"),
      operation,
      handler,
      body,
      ...(body && optionalBody.has(operation) ? { bodyOptional: true } : {}),
      conditional: conditional.has(operation),
    }));
  }
  return routes;
}

/** Result of matching a request path. */
export interface RouteMatch {
  route?: Route;
  params: string[];
  /** True when the path exists but not for this method. */
  wrongMethod: boolean;
}

/**
 * Routes by the first path segment's literal (`pools`, `jobschedules`, `certificates` of
 * `certificates(...)`), in table order; routes whose first segment is not a literal are in every
 * bucket. Why: matching each request against every pattern of the table was a scan of ~40 regexes.
 */
let buckets: { table: Route[]; byFirst: Map<string, Route[]>; anyFirst: Route[] } | undefined;

/** The literal first segment of a route pattern (lower-cased), or undefined when it is not one. */
function literalFirst(pattern: RegExp): string | undefined {
  // Sources read `^\/pools\/([^/]+)\/?$` or `^\/certificates\(thumbprintAlgorithm=...`: the
  // literal must end at a `/` (then more path or an optional trailing slash at the end), `\(` or `$`.
  const source = pattern.source.replace(/\\\//g, "/");
  const m = /^\^\/([A-Za-z0-9_-]+)(?:\/(?!\?(?!\$))|\\\(|\$)/.exec(source);
  return m ? m[1].toLowerCase() : undefined;
}

/** The first segment of a request sub-path up to `/` or `(` (lower-cased). */
function requestFirst(subPath: string): string {
  let end = 1;
  while (end < subPath.length) {
    const c = subPath.charCodeAt(end);
    if (c === 47 /* / */ || c === 40 /* ( */) break;
    end++;
  }
  return subPath.slice(1, end).toLowerCase();
}

function routeBuckets() {
  const table = allRoutes();
  if (buckets?.table === table) return buckets;
  const firsts = table.map((r) => literalFirst(r.pattern));
  const byFirst = new Map<string, Route[]>();
  for (const key of new Set(firsts))
    if (key !== undefined)
      byFirst.set(
        key,
        table.filter((_, i) => firsts[i] === key || firsts[i] === undefined),
      );
  buckets = { table, byFirst, anyFirst: table.filter((_, i) => firsts[i] === undefined) };
  return buckets;
}

/**
 * The last successful match: a client repeating a request is routed by two comparisons instead of
 * a bucket lookup by a new lower-cased string and a regex (issue 16). Its params are copied out,
 * so a handler cannot change what the next request gets.
 */
let lastMatch:
  { table: Route[]; method: string; subPath: string; route: Route; params: string[] } | undefined;

/** Finds the route for a method and a decoded sub-path. */
export function matchRoute(method: string, subPath: string): RouteMatch {
  const b = routeBuckets();
  const l = lastMatch;
  if (l && l.subPath === subPath && l.method === method && l.table === b.table)
    return { route: l.route, params: l.params.slice(), wrongMethod: false };
  const candidates = b.byFirst.get(requestFirst(subPath)) ?? b.anyFirst;
  let wrongMethod = false;
  for (const r of candidates) {
    const m = r.pattern.exec(subPath);
    if (!m) continue;
    if (r.method === method) {
      const params = m.slice(1);
      lastMatch = { table: b.table, method, subPath, route: r, params: params.slice() };
      return { route: r, params, wrongMethod: false };
    }
    wrongMethod = true;
  }
  return { params: [], wrongMethod };
}
