import * as pulumi from "@pulumi/pulumi";
import { isBatchError } from "../provider/client";
import { withLookupClient, type LookupOptions } from "./lookupConnection";

/** Arguments of {@link getRemoteDesktop}. */
export interface GetRemoteDesktopArgs extends LookupOptions {
  /** The ID of the pool that contains the compute node. */
  poolId: string;
  /** The ID of the compute node for which you want the Remote Desktop Protocol file. */
  nodeId: string;
  /** Optional user name to put in the file (a user account must exist on the node to log in). */
  userName?: string;
}

/** The RDP file of a compute node and where it came from. */
export interface RemoteDesktopResult {
  /** The `.rdp` file text. */
  rdpFile: string;
  /** `service` when Batch returned the file, `remoteLoginSettings` when it was built from them. */
  source: "service" | "remoteLoginSettings";
}

/**
 * Gets the Remote Desktop Protocol file of a compute node (`GET /pools/{poolId}/nodes/{nodeId}/rdp`).
 *
 * Batch serves that file only for pools of the retired cloud service configuration (the operation
 * is gone from api-version 2024-07-01.20.0); for virtual machine configuration pools the file is
 * built from the node's remote-login settings, which is what the service documents doing by hand.
 */
export async function getRemoteDesktop(args: GetRemoteDesktopArgs): Promise<RemoteDesktopResult> {
  return withLookupClient(args, async (client) => {
    try {
      const rdpFile = await client.nodes.getRemoteDesktop(args.poolId, args.nodeId);
      return { rdpFile, source: "service" as const };
    } catch (e) {
      // Only "this service has no RDP file for that node" falls back; auth or not-found errors are real.
      if (!isBatchError(e) || !isNoRdpFile(e.status, e.code)) throw e;
    }
    const { body } = await client.nodes.getRemoteLoginSettings(args.poolId, args.nodeId);
    return {
      rdpFile: buildRdpFile(body.remoteLoginIPAddress, body.remoteLoginPort, args.userName),
      source: "remoteLoginSettings" as const,
    };
  });
}

function isNoRdpFile(status: number, code: string | undefined): boolean {
  if (code === "NodeNotFound" || code === "PoolNotFound") return false;
  return status === 404 || status === 405 || status === 501 || code === "OperationNotSupported";
}

/** Builds a minimal `.rdp` file for an address and port (the format mstsc reads). */
export function buildRdpFile(address: string, port: number, userName?: string): string {
  const lines = [
    `full address:s:${address}:${port}`,
    "prompt for credentials:i:1",
    "administrative session:i:1",
  ];
  if (userName) lines.push(`username:s:${userName}`);
  return lines.join("\r\n") + "\r\n";
}

/** {@link getRemoteDesktop} taking Pulumi inputs (e.g. a pool's `id` output). */
export function getRemoteDesktopOutput(
  args: pulumi.Input<{
    poolId: pulumi.Input<string>;
    nodeId: pulumi.Input<string>;
    userName?: pulumi.Input<string>;
  }>,
  options?: LookupOptions,
): pulumi.Output<RemoteDesktopResult> {
  return pulumi.output(args).apply((a) => getRemoteDesktop({ ...options, ...a }));
}
