import * as fs from "node:fs";
import * as path from "node:path";
import { MemoryStore, type Snapshot } from "./MemoryStore";

/** File name of the state inside the data directory. */
export const STATE_FILE = "emulator-state.json";

/**
 * A {@link MemoryStore} persisted to `<dataDir>/emulator-state.json`. Each committed change is written
 * atomically (temp file, fsync, rename, fsync of the directory) before the response is sent, so a
 * kill -9 at any moment leaves either the previous or the new complete file, never a torn one.
 */
export class FileStore extends MemoryStore {
  private readonly file: string;

  constructor(private readonly dir: string) {
    super();
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, STATE_FILE);
    if (fs.existsSync(this.file)) {
      const parsed = JSON.parse(fs.readFileSync(this.file, "utf8")) as {
        version: number;
        accounts: Snapshot;
      };
      this.restore(parsed.accounts ?? {});
    }
    this.dirty = false;
  }

  override commit(): void {
    if (!this.dirty) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(tmp, "w");
    try {
      fs.writeSync(fd, JSON.stringify({ version: 1, accounts: this.snapshot() }));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    // fsync the directory so the rename itself survives a crash.
    try {
      const dfd = fs.openSync(this.dir, "r");
      fs.fsyncSync(dfd);
      fs.closeSync(dfd);
    } catch {
      // Some platforms cannot open directories; the rename is still atomic.
    }
    this.dirty = false;
  }
}
