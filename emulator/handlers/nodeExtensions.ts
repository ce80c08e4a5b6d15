/**
 * VM extensions on a compute node: the pool's declared extensions, then the node agent's own
 * (`batchNodeExtension`, Microsoft.Azure.Extensions CustomScript), as Microsoft's azure-batch tests
 * expect. Protected settings are never returned. Each is reported provisioned once the node booted.
 */
import type { Ctx, HandlerResult } from "../context";
import { iso } from "../etag";
import { resourceNotFound } from "../errors";
import { nodeState } from "../model/nodes";
import type { NodeRecord } from "../model/pools";
import type { Entity } from "../store/Store";
import { applySelect, selectList } from "../serialize";
import { listResponse } from "./common";
import { requireNode } from "./nodes";

const AGENT_EXTENSION = {
  name: "batchNodeExtension",
  publisher: "Microsoft.Azure.Extensions",
  type: "CustomScript",
  typeHandlerVersion: "2.1",
  autoUpgradeMinorVersion: true,
};

function extensionViews(pool: Entity, node: NodeRecord, now: number): Entity[] {
  const vmc = pool.virtualMachineConfiguration as { extensions?: Entity[] } | undefined;
  const declared = (vmc?.extensions ?? []).map((e) => {
    const { protectedSettings: _secret, ...rest } = e;
    return rest;
  });
  const ready = nodeState(pool, node, now) !== "creating";
  return [...declared, AGENT_EXTENSION].map((vmExtension) => ({
    provisioningState: ready ? "Succeeded" : "Creating",
    vmExtension,
    instanceView: {
      name: String(vmExtension.name),
      statuses: [
        {
          code: `ProvisioningState/${ready ? "succeeded" : "creating"}`,
          displayStatus: ready ? "Provisioning succeeded" : "Provisioning",
          time: iso(node.readyAt),
        },
      ],
    },
  }));
}

/** GET /pools/{poolId}/nodes/{nodeId}/extensions — Nodes_ListNodeExtensions. */
export function listNodeExtensions(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const views = extensionViews(pool, node, ctx.now);
  // The service's order (declared first, the agent's last) is kept: the key is the position.
  return listResponse(ctx, views, (v) => String(views.indexOf(v)).padStart(6, "0"), "extensions");
}

/** GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName} — Nodes_GetNodeExtension. */
export function getNodeExtension(ctx: Ctx): HandlerResult {
  const { pool, node } = requireNode(ctx);
  const name = ctx.params[2].toLowerCase();
  const found = extensionViews(pool, node, ctx.now).find(
    (v) => String((v.vmExtension as Entity).name).toLowerCase() === name,
  );
  if (!found) throw resourceNotFound();
  return {
    status: 200,
    body: {
      "odata.metadata": `${ctx.base}/$metadata#extensions/@Element`,
      ...applySelect(found, selectList(ctx)),
    },
  };
}
