/**
 * A pool as the service returns it → a `Pool` declaration with only what a person would write.
 *
 * The pool body is BatchPoolCreateOptions (the provider's input shape); what the GET model adds
 * (state, node counts, stats, identity, …) is server state and goes. The sizing the service does
 * not hold as input goes too: the targets under autoscale (the formula owns them), the autoscale
 * interval of a fixed-size pool.
 */
import type { BatchPool } from "../provider/client/models";
import { POOL_DEFAULTS } from "../provider/pool/schema";
import type { Value } from "./code";
import { isServiceDefault } from "./defaults";
import type { ConvertContext, Converted } from "./context";
import { cleanBySpec, definition } from "./specWalk";

const CREATE = "BatchPoolCreateOptions";

/** Converts one pool (its variable must already be in `ctx.poolVariables`). */
export function convertPool(pool: BatchPool, ctx: ConvertContext): Converted {
  const id = pool.id ?? "";
  if (pool.state === "deleting") {
    return {
      skipped: { kind: "pool", id, message: "the pool is being deleted; it is not written to the program" },
    };
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
  dropSizingDefaults(args);
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

/**
 * Defaults the service fills in only in some pools, so `spec/defaults.ts` leaves them out, while the
 * provider compares them as omitted (provider/pool/normalize.ts): no Spot nodes beside dedicated
 * ones, the autoscale interval of 15 minutes, the "default" communication mode. The dedicated
 * target stays even at 0: a fixed-size pool must name one.
 */
function dropSizingDefaults(args: Record<string, Value>): void {
  if (args.targetLowPriorityNodes === 0 && args.targetDedicatedNodes !== undefined)
    delete args.targetLowPriorityNodes;
  if (
    args.enableAutoScale !== true &&
    args.targetDedicatedNodes === undefined &&
    args.targetLowPriorityNodes === undefined
  ) {
    args.targetDedicatedNodes = 0;
  }
  const interval = args.autoScaleEvaluationInterval;
  if (typeof interval === "string" && isDefault("autoScaleEvaluationInterval", interval))
    delete args.autoScaleEvaluationInterval;
  const mode = args.targetNodeCommunicationMode;
  if (typeof mode === "string" && isDefault("targetNodeCommunicationMode", mode))
    delete args.targetNodeCommunicationMode;
}

function isDefault(property: keyof typeof POOL_DEFAULTS, value: string): boolean {
  return isServiceDefault("_pool", property, value, { _pool: { [property]: POOL_DEFAULTS[property] } });
}

function nodesNote(pool: BatchPool): string {
  const dedicated = pool.currentDedicatedNodes ?? 0;
  const spot = pool.currentLowPriorityNodes ?? 0;
  if (dedicated + spot === 0) return ", no nodes when imported";
  return `, ${dedicated} dedicated and ${spot} Spot nodes when imported (some changes need it empty)`;
}
