/**
 * Generic planning helpers shared by every resource's pure planner:
 * {@link topLevelChanges} (what changed, on deep-diff), {@link Plan} + {@link toDiffResult}
 * (what to tell the engine), and the preview-time {@link UNKNOWN} sentinel.
 */
export * from "./changes";
export * from "./plan";
export * from "./unknown";
