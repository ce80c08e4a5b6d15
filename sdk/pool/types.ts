/**
 * Input and output types of the `Pool` resource. Property names are the Batch REST API's
 * (api-version 2024-07-01.20.0), so the REST reference reads straight onto them; nested types are
 * the generated models of `spec/BatchService.json`.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as models from "../../provider/client/models";
import type { BatchAccountInput } from "../../provider/core/config";

/** `pulumi.Input` all the way down, so nested values may be outputs of other resources. */
export type DeepInput<T> = T extends string | number | boolean
  ? pulumi.Input<T>
  : T extends Array<infer U>
    ? pulumi.Input<Array<DeepInput<U>>>
    : T extends object
      ? pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }>
      : pulumi.Input<T>;

/** The arguments of a `Pool`: the whole pool body of BatchPoolCreateOptions, plus provider options. */
export interface PoolArgs {
  /** A string that uniquely identifies the Pool within the Account (≤ 64 letters, digits, hyphens, underscores; case-insensitive). Changing it replaces the pool. */
  id: pulumi.Input<string>;
  /** The display name for the Pool (up to 1024 Unicode characters). Can change in place only while the pool is empty. */
  displayName?: pulumi.Input<string>;
  /** The size of virtual machines in the Pool (all nodes have the same size). Can change in place only while the pool is empty. */
  vmSize: pulumi.Input<string>;
  /** The virtual machine configuration for the Pool. This property must be specified. Can change in place only while the pool is empty. */
  virtualMachineConfiguration: DeepInput<models.VirtualMachineConfiguration>;
  /** The timeout for allocation of Compute Nodes to the Pool (manual scaling only). Default PT15M, minimum PT5M. */
  resizeTimeout?: pulumi.Input<string>;
  /** User-specified tags propagated to the backing Azure resources (only for 'UserSubscription' pool allocation mode accounts). */
  resourceTags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** The desired number of dedicated Compute Nodes. Must not be set when enableAutoScale is true. */
  targetDedicatedNodes?: pulumi.Input<number>;
  /** The desired number of Spot/Low-priority Compute Nodes. Must not be set when enableAutoScale is true. */
  targetLowPriorityNodes?: pulumi.Input<number>;
  /** Whether the Pool size should automatically adjust over time (requires autoScaleFormula). Default false. */
  enableAutoScale?: pulumi.Input<boolean>;
  /** A formula for the desired number of Compute Nodes; required when enableAutoScale is true, forbidden otherwise. */
  autoScaleFormula?: pulumi.Input<string>;
  /** How often the autoscale formula is evaluated. Default PT15M; between PT5M and 168 hours. */
  autoScaleEvaluationInterval?: pulumi.Input<string>;
  /** Whether the Pool permits direct communication between Compute Nodes. Default false. */
  enableInterNodeCommunication?: pulumi.Input<boolean>;
  /** The network configuration for the Pool. Can change in place only while the pool is empty. */
  networkConfiguration?: DeepInput<models.NetworkConfiguration>;
  /** A Task run on each Compute Node as it joins the Pool or restarts. Changes in place (PATCH). */
  startTask?: DeepInput<models.BatchStartTask>;
  /** Certificates installed on each node (deprecated by the service; use the Azure KeyVault extension). */
  certificateReferences?: DeepInput<models.BatchCertificateReference[]>;
  /** Packages installed on each node (at most 10). Changes affect new or rebooted/reimaged nodes. */
  applicationPackageReferences?: DeepInput<models.BatchApplicationPackageReference[]>;
  /** Task slots per node. Default 1; at most 4 × cores of vmSize or 256. */
  taskSlotsPerNode?: pulumi.Input<number>;
  /** How Tasks are distributed across Compute Nodes. Default spread. */
  taskSchedulingPolicy?: DeepInput<models.BatchTaskSchedulingPolicy>;
  /** User accounts created on each node. Secret (passwords). Can change in place only while the pool is empty. */
  userAccounts?: DeepInput<models.UserAccount[]>;
  /** Name-value pairs associated with the Pool; the service gives them no meaning. */
  metadata?: DeepInput<models.BatchMetadataItem[]>;
  /** File systems mounted on each node for the pool's lifetime. Secret (keys). Empty pool only. */
  mountConfiguration?: DeepInput<models.MountConfiguration[]>;
  /** The desired node communication mode: default, classic or simplified. Default "default". */
  targetNodeCommunicationMode?: pulumi.Input<models.BatchNodeCommunicationMode>;
  /** The upgrade policy for the Pool (automatic, manual or rolling). Empty pool only. */
  upgradePolicy?: DeepInput<models.UpgradePolicy>;

  /** Take over an existing pool with the same id instead of failing with PoolExists; its differences are applied. */
  adopt?: pulumi.Input<boolean>;
  /** Wait for allocationState steady after create and resizes (default true). */
  waitForSteady?: pulumi.Input<boolean>;
  /** Limit of each wait for steady/deleted, in seconds (default 1800). */
  steadyTimeoutSeconds?: pulumi.Input<number>;
  /** Timeouts; `steadySeconds` is the same as steadyTimeoutSeconds. */
  timeouts?: pulumi.Input<{ steadySeconds?: pulumi.Input<number> }>;
  /** What to do with nodes and running tasks when a resize shrinks the pool (default requeue). */
  nodeDeallocationOption?: pulumi.Input<models.BatchNodeDeallocateOption>;
  /** Stop a resize in progress before resizing (otherwise wait for it to finish). */
  stopPendingResize?: pulumi.Input<boolean>;
  /** Explicit endpoint and credentials, overriding stack config and environment. Secret. */
  batchAccount?: DeepInput<BatchAccountInput>;
}

/** Read-only properties of a pool reported by the service. */
export interface PoolOutputProperties {
  /** The URL of the Pool. */
  url: string;
  /** The ETag of the Pool (used as If-Match on updates). */
  eTag: string;
  /** Last time the pool-level data (not node counts) changed. */
  lastModified: string;
  /** The creation time of the Pool. */
  creationTime: string;
  /** active or deleting. */
  state: models.BatchPoolState;
  /** The time at which the Pool entered its current state. */
  stateTransitionTime: string;
  /** steady, resizing or stopping. */
  allocationState: models.AllocationState;
  /** The time at which the Pool entered its current allocation state. */
  allocationStateTransitionTime: string;
  /** The number of dedicated Compute Nodes currently in the Pool. */
  currentDedicatedNodes: number;
  /** The number of Spot/Low-priority Compute Nodes currently in the Pool. */
  currentLowPriorityNodes: number;
  /** The current node communication mode. */
  currentNodeCommunicationMode?: models.BatchNodeCommunicationMode;
  /** Errors of the last resize, if any. */
  resizeErrors?: models.ResizeError[];
  /** The last autoscale evaluation, if autoscale is enabled. */
  autoScaleRun?: models.AutoScaleRun;
  /** The pool's identity, if configured. */
  identity?: models.BatchPoolIdentity;
}
