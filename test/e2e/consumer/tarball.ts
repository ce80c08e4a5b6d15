/**
 * The package as a user gets it: `npm pack` of the built repository into a directory of the
 * test's, as the registry would serve it (files, bin, exports, typesVersions, README, LICENSE).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { REPO_ROOT } from "../harness";

/** A packed tarball and the figures `npm pack` reports for it. */
export interface PackedTarball {
  /** Absolute path of the .tgz. */
  file: string;
  /** Compressed size in bytes. */
  size: number;
  /** Paths inside the package (relative to `package/`). */
  files: string[];
}

/** Packs the repository into `destDir` (scripts skipped: the tree is already built by tsc). */
export function packTarball(destDir: string): PackedTarball {
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destDir], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [report] = JSON.parse(out) as Array<{
    filename: string;
    size: number;
    files: Array<{ path: string }>;
  }>;
  return {
    file: path.join(destDir, report.filename),
    size: report.size,
    files: report.files.map((f) => f.path),
  };
}
