/**
 * pulumi-azure-batch: Azure Batch data-plane resources for Pulumi (one export line per resource).
 */
export * from "./pool";
export * from "./jobSchedule";
