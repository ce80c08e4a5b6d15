/**
 * A pool as the service returns it → a `Pool` declaration with only what a person would write.
 *
 * The pool body is BatchPoolCreateOptions (the provider's input shape); what the GET model adds
 * (state, node counts, stats, identity, …) is server state and goes. The sizing the service does
 * not hold as input goes too: the targets under autoscale (the formula owns them), the autoscale
 * interval of a fixed-size pool.
 */
import type { BatchPool } from "../provider/client/models";
import type { Value } from "./code";
import type { ConvertContext, Converted } from "./context";
import { cleanBySpec, definition } from "./specWalk";

const CREATE = "BatchPoolCreateOptions";

/** Converts one pool (its variable must already be in `ctx.poolVariables`). */
export function convertPool(pool: BatchPool, ctx: ConvertContext): Converted {
  const id = pool.id ?? "";
  if (pool.state === "deleting") {
    return { skipped: { kind: "pool", id, message: "the pool is being deleted; it is not written to the program" } };
  }
  const variable = ctx.poolVariables.get(id) as string;
  const comments: string[] = [];
  const hooks = ctx.hooksFor("pool", id, variable, `pool "${id}"`, comments);
  const createProps = definition(CREATE)?.properties ?? {};
  const stateProps = definition("BatchPool")?.properties ?? {};
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pool as unknown as Record<string, unknown>)) {
    if (k in createProps) body[k] = v;
    else if (!(k in stateProps) && !k.startsWith("odata.")) hooks.unknown(k);
  }
  const sizing = pool.enableAutoScale
    ? ["targetDedicatedNodes", "targetLowPriorityNodes", "resizeTimeout"]
    : ["autoScaleFormula", "autoScaleEvaluationInterval"];
  for (const k of sizing) delete body[k];
  const args = cleanBySpec(body, { $ref: `#/definitions/${CREATE}` }, "", hooks) as Record<string, Value>;
  if (typeof args.vmSize === "string") args.vmSize = args.vmSize.toLowerCase();
  args.adopt = true;
  return {
    declaration: {
      kind: "pool",
      id,
      variable,
      resourceName: id,
      className: "Pool",
      args,
      comments: [`Pool "${id}"${nodesNote(pool)}.`, ...comments],
    },
  };
}

function nodesNote(pool: BatchPool): string {
  const dedicated = pool.currentDedicatedNodes ?? 0;
  const spot = pool.currentLowPriorityNodes ?? 0;
  if (dedicated + spot === 0) return ", no nodes when imported";
  return `, ${dedicated} dedicated and ${spot} Spot/low-priority nodes when imported (changes to vmSize, image, network, users or mounts need an empty pool)`;
}
