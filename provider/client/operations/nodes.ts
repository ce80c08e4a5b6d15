import type { BatchNode, BatchNodeRemoteLoginSettings } from "../models";
import type { BatchResponse, CallOptions, GetOptions, ListOptions } from "../options";
import { paginate } from "../paging";
import { readQuery, seg, type OperationRunner } from "./common";

const target = (poolId: string, nodeId?: string) =>
  nodeId ? `node "${nodeId}" of pool "${poolId}"` : `nodes of pool "${poolId}"`;

/** Compute node reads (`/pools/{poolId}/nodes`). */
export class NodeOperations {
  /** @internal */
  constructor(private readonly r: OperationRunner) {}

  /** Nodes_ListNodes: every node of a pool, across pages (`filter`, `select`, `maxResults`). */
  list(poolId: string, options?: Omit<ListOptions, "expand">): AsyncIterable<BatchNode> {
    return paginate<BatchNode>(this.r, {
      operation: "Nodes_ListNodes",
      target: target(poolId),
      method: "GET",
      path: `/pools/${seg(poolId)}/nodes`,
      query: {
        $filter: options?.filter,
        $select: Array.isArray(options?.select) ? options.select.join(",") : options?.select,
        maxresults: options?.maxResults,
      },
      retryMode: "idempotent",
      timeoutSeconds: options?.timeoutSeconds,
      signal: options?.signal,
    });
  }

  /** Nodes_GetNode (`select` only; the spec has no conditions or expand here). */
  get(
    poolId: string,
    nodeId: string,
    options?: Pick<GetOptions, "select" | "timeoutSeconds" | "signal">,
  ): Promise<BatchResponse<BatchNode>> {
    return this.r.call<BatchNode>(
      {
        operation: "Nodes_GetNode",
        target: target(poolId, nodeId),
        method: "GET",
        path: `/pools/${seg(poolId)}/nodes/${seg(nodeId)}`,
        query: { $select: readQuery(options).$select },
        retryMode: "idempotent",
        timeoutSeconds: options?.timeoutSeconds,
        signal: options?.signal,
      },
      [200],
    );
  }

  /** Nodes_GetNodeRemoteLoginSettings: IP address and port for SSH/RDP. */
  getRemoteLoginSettings(
    poolId: string,
    nodeId: string,
    options?: CallOptions,
  ): Promise<BatchResponse<BatchNodeRemoteLoginSettings>> {
    return this.r.call<BatchNodeRemoteLoginSettings>(
      {
        operation: "Nodes_GetNodeRemoteLoginSettings",
        target: target(poolId, nodeId),
        method: "GET",
        path: `/pools/${seg(poolId)}/nodes/${seg(nodeId)}/remoteloginsettings`,
        retryMode: "idempotent",
        timeoutSeconds: options?.timeoutSeconds,
        signal: options?.signal,
      },
      [200],
    );
  }

  /**
   * GET `/pools/{poolId}/nodes/{nodeId}/rdp`: the RDP file as text (octet-stream). Note: this operation
   * is not part of api-version 2024-07-01.20.0 (removed from the spec); services or emulators that follow
   * the spec answer 404, which this throws as a {@link BatchError}. Prefer {@link getRemoteLoginSettings}.
   */
  async getRemoteDesktop(poolId: string, nodeId: string, options?: CallOptions): Promise<string> {
    const res = await this.r.call<string>(
      {
        operation: "Nodes_GetRemoteDesktop",
        target: target(poolId, nodeId),
        method: "GET",
        path: `/pools/${seg(poolId)}/nodes/${seg(nodeId)}/rdp`,
        retryMode: "idempotent",
        timeoutSeconds: options?.timeoutSeconds,
        signal: options?.signal,
      },
      [200],
    );
    return typeof res.body === "string" ? res.body : JSON.stringify(res.body);
  }
}
