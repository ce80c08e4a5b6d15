/**
 * pulumi-azure-batch: Azure Batch data-plane resources for Pulumi (one export line per resource).
 */
export * from "./pool";
export * from "./certificate";
export * from "./jobSchedule";
export * from "./getRemoteDesktop";
export * from "./getRemoteLoginSettings";
export type { LookupOptions } from "./lookupConnection";
