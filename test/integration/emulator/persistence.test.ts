import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, uid } from "./helpers";

const CHILD = path.join(__dirname, "../../fixtures/emulator/child-emulator.js");

/** Starts the emulator in a child process; resolves with a RunningEmulator-like handle for `call`. */
function spawnEmulator(dataDir: string): Promise<{ child: ChildProcess; emu: RunningEmulator }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/\S+)\n/.exec(out);
      if (m) {
        const url = m[1];
        const emu = { url, endpoint: (a = "devbatch") => `${url}/${a}` } as unknown as RunningEmulator;
        resolve({ child, emu });
      }
    });
    child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
    child.once("error", reject);
  });
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

describe("persistence across kill -9", () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) await kill9(c);
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it("serves the same objects after SIGKILL and restart, even when killed mid-burst", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "batch-emu-"));
    dirs.push(dir);
    const first = await spawnEmulator(dir);
    children.push(first.child);
    const id = uid("persist");
    expect(
      (await call(first.emu, "POST", "/pools", poolBody(id, { metadata: [{ name: "k", value: "v" }] })))
        .status,
    ).toBe(201);
    const before = (await call(first.emu, "GET", `/pools/${id}`)).body;
    const js = uid("js");
    await call(first.emu, "POST", "/jobschedules", {
      id: js,
      schedule: {},
      jobSpecification: { poolInfo: { poolId: id } },
    });
    // A burst of writes, killed while in flight: every acknowledged create must survive.
    const acked: string[] = [];
    const burst = Array.from({ length: 40 }, (_, i) =>
      call(first.emu, "POST", "/pools", poolBody(`${id}-b${i}`)).then(
        (r) => r.status === 201 && acked.push(`${id}-b${i}`),
        () => undefined,
      ),
    );
    await new Promise((r) => setTimeout(r, 15));
    await kill9(first.child);
    await Promise.all(burst);

    const state = fs.readFileSync(path.join(dir, "emulator-state.json"), "utf8");
    expect(() => JSON.parse(state)).not.toThrow();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp")).length).toBeLessThanOrEqual(1);

    const second = await spawnEmulator(dir);
    children.push(second.child);
    const after = (await call(second.emu, "GET", `/pools/${id}`)).body;
    expect(after.eTag).toBe(before.eTag);
    expect(after.metadata).toEqual([{ name: "k", value: "v" }]);
    expect((await call(second.emu, "GET", `/jobschedules/${js}`)).status).toBe(200);
    for (const a of acked) expect((await call(second.emu, "HEAD", `/pools/${a}`)).status).toBe(200);
    await kill9(second.child);
  });
});
