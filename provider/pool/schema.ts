/**
 * The Pool's properties sorted by how the Batch service can change them (api-version
 * 2024-07-01.20.0). The groups are read off the spec's descriptions of BatchPoolUpdateOptions
 * (PATCH), BatchPoolReplaceOptions (updateproperties), BatchPoolResizeOptions and
 * BatchPoolEnableAutoScaleOptions; the planner only looks names up here.
 */

/** Every property of BatchPoolCreateOptions, i.e. the pool body a user declares. */
export const POOL_BODY_KEYS = [
  "id",
  "displayName",
  "vmSize",
  "virtualMachineConfiguration",
  "resizeTimeout",
  "resourceTags",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  "enableInterNodeCommunication",
  "networkConfiguration",
  "startTask",
  "certificateReferences",
  "applicationPackageReferences",
  "taskSlotsPerNode",
  "taskSchedulingPolicy",
  "userAccounts",
  "metadata",
  "mountConfiguration",
  "targetNodeCommunicationMode",
  "upgradePolicy",
] as const;

/** A property of the pool body. */
export type PoolBodyKey = (typeof POOL_BODY_KEYS)[number];

/** Provider options: inputs that steer the provider and are never sent as part of the pool body. */
export const POOL_OPTION_KEYS = [
  "adopt",
  "waitForSteady",
  "steadyTimeoutSeconds",
  "timeouts",
  "nodeDeallocationOption",
  "stopPendingResize",
  "batchAccount",
] as const;

/**
 * PATCH-able at any time ("If this element is present, it overwrites/replaces …; if omitted,
 * left unchanged"). PATCH cannot remove them: that takes updateproperties.
 */
export const PATCH_ANYTIME: readonly PoolBodyKey[] = [
  "startTask",
  "certificateReferences",
  "applicationPackageReferences",
  "metadata",
  "targetNodeCommunicationMode",
];

/** The full set updateproperties (BatchPoolReplaceOptions) replaces; absent means removed. */
export const REPLACE_SEMANTICS_GROUP: readonly PoolBodyKey[] = PATCH_ANYTIME;

/** PATCH-able only while the pool has no nodes ("This field can be updated only when the pool is empty"). */
export const PATCH_WHEN_EMPTY: readonly PoolBodyKey[] = [
  "displayName",
  "vmSize",
  "enableInterNodeCommunication",
  "virtualMachineConfiguration",
  "taskSlotsPerNode",
  "taskSchedulingPolicy",
  "networkConfiguration",
  "resourceTags",
  "userAccounts",
  "mountConfiguration",
  "upgradePolicy",
];

/** Changed by a resize (BatchPoolResizeOptions). */
export const RESIZE_KEYS: readonly PoolBodyKey[] = [
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "resizeTimeout",
];

/** Changed by enableautoscale / disableautoscale. */
export const AUTOSCALE_KEYS: readonly PoolBodyKey[] = [
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
];

/** Never changeable: the user-chosen id (replacement, delete first). */
export const IMMUTABLE_KEYS: readonly PoolBodyKey[] = ["id"];

/** Read-only outputs of GET /pools/{id} that the resource exposes. */
export const POOL_OUTPUT_KEYS = [
  "url",
  "eTag",
  "lastModified",
  "creationTime",
  "state",
  "stateTransitionTime",
  "allocationState",
  "allocationStateTransitionTime",
  "currentDedicatedNodes",
  "currentLowPriorityNodes",
  "currentNodeCommunicationMode",
  "resizeErrors",
  "autoScaleRun",
  "identity",
] as const;

/**
 * Top-level properties that may hold secrets (user passwords and SSH keys, mount keys/SAS/passwords,
 * container registry passwords, VM extension protected settings, the explicit account key). The
 * resource marks them whole as secret outputs, since Pulumi secrets are per top-level property.
 */
export const POOL_SECRET_KEYS = [
  "userAccounts",
  "mountConfiguration",
  "virtualMachineConfiguration",
  "startTask",
  "batchAccount",
] as const;

/** The spec's enum values the provider canonicalises (matched case-insensitively). */
export const POOL_ENUMS = {
  targetNodeCommunicationMode: ["default", "classic", "simplified"],
  nodeDeallocationOption: ["requeue", "terminate", "taskcompletion", "retaineddata"],
  nodeFillType: ["spread", "pack"],
} as const;

/** Defaults the service applies when a property is omitted on create (so omission and default compare equal). */
export const POOL_DEFAULTS = {
  resizeTimeout: "PT15M",
  autoScaleEvaluationInterval: "PT15M",
  enableAutoScale: false,
  enableInterNodeCommunication: false,
  taskSlotsPerNode: 1,
  targetNodeCommunicationMode: "default",
  taskSchedulingPolicy: { nodeFillType: "spread" },
} as const;
