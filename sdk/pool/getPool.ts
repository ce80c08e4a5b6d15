import * as pulumi from "@pulumi/pulumi";
import type { BatchPool } from "../../provider/client";
import { withLookupClient, type LookupOptions } from "../lookupConnection";

/** Arguments of {@link getPool}. */
export interface GetPoolArgs extends LookupOptions {
  /** The ID of the pool to read (it need not be managed by Pulumi). */
  poolId: string;
}

/**
 * Reads a pool that this stack does not manage (`GET /pools/{poolId}`), e.g. to run a job
 * schedule on a pool owned by another team. Throws a `BatchError` (code `PoolNotFound`) when absent.
 */
export async function getPool(args: GetPoolArgs): Promise<BatchPool> {
  return withLookupClient(args, async (client) => (await client.pools.get(args.poolId)).body);
}

/** {@link getPool} taking a Pulumi input. */
export function getPoolOutput(
  poolId: pulumi.Input<string>,
  options?: LookupOptions,
): pulumi.Output<BatchPool> {
  return pulumi.output(poolId).apply((id) => getPool({ ...options, poolId: id }));
}
