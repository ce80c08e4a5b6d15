/**
 * Where the reference material lives: `../shared` beside the project root (the spec, its examples and
 * the real-service recordings), or `BATCH_SHARED_DIR`.
 */
import * as path from "node:path";

/** The shared reference directory. */
export const SHARED_DIR = process.env.BATCH_SHARED_DIR ?? path.resolve(__dirname, "..", "..", "shared");

/** A path inside the shared reference directory. */
export const shared = (...parts: string[]): string => path.join(SHARED_DIR, ...parts);
