/**
 * `Pool`: an Azure Batch pool managed declaratively (URN type `pulumi-nodejs:dynamic/batch:Pool`).
 *
 * `pulumi up` changes a pool the least disruptive way the service allows: one PATCH for start
 * task, metadata, package and certificate references and communication mode; `updateproperties`
 * when one of those is removed; resize or enable/disable autoscale for sizing; PATCH of
 * vmSize/VM configuration/network/users/mounts/… only while the pool is empty; replacement
 * (delete first: the id is yours) only when nothing else can.
 *
 * ```ts
 * const pool = new Pool("render", {
 *   id: "render",
 *   vmSize: "standard_d2s_v3",
 *   virtualMachineConfiguration: { imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" }, nodeAgentSKUId: "batch.node.ubuntu 22.04" },
 *   targetDedicatedNodes: 2,
 * });
 * ```
 */
import * as pulumi from "@pulumi/pulumi";
import type * as models from "../../provider/client/models";
import { serializableProvider } from "../../provider/core/moduleProvider";
import type { PoolArgs } from "./types";
import { suspendStackTraces } from "../stackTraces";

export type { PoolArgs, PoolOutputProperties, DeepInput } from "./types";
export * from "./getPool";

/** The implementation module the serialized provider requires at call time. */
export const POOL_PROVIDER_MODULE = "pulumi-azure-batch/provider/pool";

/** Top-level properties that can hold secrets (marked secret whole: Pulumi secrets are per property). */
const ALWAYS_SECRET = ["userAccounts", "mountConfiguration", "batchAccount"];

/** An Azure Batch pool. */
export class Pool extends pulumi.dynamic.Resource {
  /** The pool id (the resource's id is the pool id too). */
  declare public readonly poolId: pulumi.Output<string>;
  /** The display name. */
  declare public readonly displayName: pulumi.Output<string | undefined>;
  /** The VM size (lower case, as the service reports it). */
  declare public readonly vmSize: pulumi.Output<string>;
  /** The virtual machine configuration. */
  declare public readonly virtualMachineConfiguration: pulumi.Output<models.VirtualMachineConfiguration>;
  /** The resize timeout of the most recent resize. */
  declare public readonly resizeTimeout: pulumi.Output<string | undefined>;
  /** The desired number of dedicated nodes (fixed-size pools). */
  declare public readonly targetDedicatedNodes: pulumi.Output<number | undefined>;
  /** The desired number of Spot/Low-priority nodes (fixed-size pools). */
  declare public readonly targetLowPriorityNodes: pulumi.Output<number | undefined>;
  /** Whether autoscale is on. */
  declare public readonly enableAutoScale: pulumi.Output<boolean>;
  /** The autoscale formula (autoscaled pools). */
  declare public readonly autoScaleFormula: pulumi.Output<string | undefined>;
  /** The start task. */
  declare public readonly startTask: pulumi.Output<models.BatchStartTask | undefined>;
  /** The metadata. */
  declare public readonly metadata: pulumi.Output<models.BatchMetadataItem[] | undefined>;
  /** The URL of the pool. */
  declare public readonly url: pulumi.Output<string>;
  /** The ETag of the pool. */
  declare public readonly eTag: pulumi.Output<string>;
  /** active or deleting. */
  declare public readonly state: pulumi.Output<models.BatchPoolState>;
  /** steady, resizing or stopping. */
  declare public readonly allocationState: pulumi.Output<models.AllocationState>;
  /** The number of dedicated nodes currently in the pool. */
  declare public readonly currentDedicatedNodes: pulumi.Output<number>;
  /** The number of Spot/Low-priority nodes currently in the pool. */
  declare public readonly currentLowPriorityNodes: pulumi.Output<number>;
  /** The creation time. */
  declare public readonly creationTime: pulumi.Output<string>;
  /** The last modification time of pool-level data. */
  declare public readonly lastModified: pulumi.Output<string>;
  /** Errors of the last resize. */
  declare public readonly resizeErrors: pulumi.Output<models.ResizeError[] | undefined>;
  /** The last autoscale evaluation. */
  declare public readonly autoScaleRun: pulumi.Output<models.AutoScaleRun | undefined>;

  /**
   * Declares a pool.
   * @param name the Pulumi resource name
   * @param args the pool body (REST names) and provider options
   * @param opts resource options; secret outputs are added for properties that can hold secrets
   */
  constructor(name: string, args: PoolArgs, opts?: pulumi.CustomResourceOptions) {
    const provider = serializableProvider(
      POOL_PROVIDER_MODULE,
      require.resolve("../../provider/pool/dynamic"),
    );
    const secret = [...ALWAYS_SECRET, ...conditionalSecrets(args)];
    // The engine property is `poolId`: the Node.js SDK drops inputs named `id` (pulumi/pulumi#6335).
    const { id: poolId, ...rest } = args;
    const props: Record<string, unknown> = { ...rest, poolId };
    // Secret inputs too: additionalSecretOutputs only covers outputs, and state keeps inputs as well.
    for (const k of secret) if (props[k] !== undefined) props[k] = pulumi.secret(props[k]);
    // Output-only properties are declared as undefined inputs so the engine treats them as outputs.
    for (const k of OUTPUT_ONLY) props[k] = undefined;
    // No stack traces while Pulumi registers the outputs (see ../stackTraces.ts).
    const restore = suspendStackTraces();
    try {
      super(
        provider,
        name,
        props,
        { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...secret] },
        "batch",
        "Pool",
      );
    } finally {
      restore();
    }
  }
}

const OUTPUT_ONLY = [
  "url",
  "eTag",
  "state",
  "allocationState",
  "currentDedicatedNodes",
  "currentLowPriorityNodes",
  "creationTime",
  "lastModified",
  "stateTransitionTime",
  "allocationStateTransitionTime",
  "resizeErrors",
  "autoScaleRun",
  "currentNodeCommunicationMode",
  "identity",
];

/**
 * `virtualMachineConfiguration` (registry passwords, extension protected settings) and `startTask`
 * (container registry password) are secret when they hold a secret, or when that cannot be known
 * yet because part of them is an Output (safe side).
 */
function conditionalSecrets(args: PoolArgs): string[] {
  const out: string[] = [];
  if (mayHoldSecret(args.virtualMachineConfiguration)) out.push("virtualMachineConfiguration");
  if (mayHoldSecret(args.startTask)) out.push("startTask");
  return out;
}

const SECRET_FIELD = /^(password|accountKey|sasKey|sshPrivateKey|protectedSettings)$/;

function mayHoldSecret(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return true;
  if (Array.isArray(value)) return value.some(mayHoldSecret);
  if (typeof value === "object") {
    return Object.entries(value).some(
      ([k, v]) => (SECRET_FIELD.test(k) && v !== undefined) || mayHoldSecret(v),
    );
  }
  return false;
}
