/**
 * Account-level reads: the images the account supports (Pools_ListSupportedImages) and node counts
 * per pool (Pools_ListPoolNodeCounts). Both support `$filter` and `maxresults` paging.
 */
import type { Ctx, HandlerResult } from "../context";
import { SUPPORTED_IMAGES } from "../model/images";
import { nodeCounts } from "../model/nodes";
import { nodesOf } from "../model/pools";
import type { Entity } from "../store/Store";
import { listResponse } from "./common";
import { findPool } from "./pools";

/** GET /supportedimages — Pools_ListSupportedImages (BatchSupportedImage; exactVersion is ours). */
export function listSupportedImages(ctx: Ctx): HandlerResult {
  const views: Entity[] = SUPPORTED_IMAGES.map((i) => ({
    nodeAgentSKUId: i.nodeAgentSKUId,
    imageReference: { ...i.imageReference },
    osType: i.osType,
    ...(i.batchSupportEndOfLife ? { batchSupportEndOfLife: i.batchSupportEndOfLife } : {}),
    verificationType: i.verificationType,
  }));
  const key = (v: Entity) => {
    const r = v.imageReference as Record<string, string>;
    return [v.nodeAgentSKUId, r.publisher, r.offer, r.sku].join("|").toLowerCase();
  };
  return listResponse(
    ctx,
    views.sort((a, b) => (key(a) < key(b) ? -1 : 1)),
    key,
    "supportedimages",
  );
}

/** GET /nodecounts — Pools_ListPoolNodeCounts: every pool's nodes by state, dedicated and Spot. */
export function listPoolNodeCounts(ctx: Ctx): HandlerResult {
  const views = ctx.state.store
    .list(ctx.account as string, "pools")
    .map((p) => findPool(ctx, p.id as string))
    .filter((p): p is Entity => p !== undefined)
    .map((p) => nodeCounts(p, nodesOf(p), ctx.now))
    .sort((a, b) => (String(a.poolId).toLowerCase() < String(b.poolId).toLowerCase() ? -1 : 1));
  return listResponse(ctx, views, (v) => String(v.poolId).toLowerCase(), "poolnodecounts");
}
