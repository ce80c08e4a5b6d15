import * as pulumi from "@pulumi/pulumi";
import { withLookupClient, type LookupOptions } from "./lookupConnection";

/** Arguments of {@link getRemoteLoginSettings}. */
export interface GetRemoteLoginSettingsArgs extends LookupOptions {
  /** The ID of the pool that contains the compute node. */
  poolId: string;
  /** The ID of the compute node. */
  nodeId: string;
}

/** Where to connect to a compute node over SSH or RDP. */
export interface RemoteLoginSettings {
  /** The IP address used for remote login to the compute node. */
  remoteLoginIPAddress: string;
  /** The port used for remote login to the compute node. */
  remoteLoginPort: number;
}

/**
 * Gets the settings required for remote login to a compute node
 * (`GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings`).
 */
export async function getRemoteLoginSettings(args: GetRemoteLoginSettingsArgs): Promise<RemoteLoginSettings> {
  return withLookupClient(args, async (client) => {
    const { body } = await client.nodes.getRemoteLoginSettings(args.poolId, args.nodeId);
    return { remoteLoginIPAddress: body.remoteLoginIPAddress, remoteLoginPort: body.remoteLoginPort };
  });
}

/** {@link getRemoteLoginSettings} taking Pulumi inputs (e.g. a pool's `id` output). */
export function getRemoteLoginSettingsOutput(
  args: pulumi.Input<{ poolId: pulumi.Input<string>; nodeId: pulumi.Input<string> }>,
  options?: LookupOptions,
): pulumi.Output<RemoteLoginSettings> {
  return pulumi
    .output(args)
    .apply((a) => getRemoteLoginSettings({ ...options, poolId: a.poolId, nodeId: a.nodeId }));
}
