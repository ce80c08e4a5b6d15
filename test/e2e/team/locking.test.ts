/**
 * Locking between pipelines on the shared state (the diy backend in Azurite, `azblob://`), with
 * the real Pulumi CLI and the promotion example against two emulator accounts:
 *
 * - two `up` on the same stack at once: exactly one proceeds, the other fails with Pulumi's lock
 *   message before it touches Batch; afterwards the state holds one pool and one schedule and
 *   equals the emulator (`preview --refresh --expect-no-changes`), no lock is left;
 * - `up` on dev and on prod at the same time: both hold their own lock at once and both succeed;
 * - a pipeline killed mid-update leaves its lock: the next `up` is refused naming the lock's
 *   owner, `pulumi cancel --yes` deletes the lock blob, and `up` works again.
 *
 * The overlap is made certain, not left to timing: the emulator delays the pool write of the
 * first run (a fault rule with latency), and the second run starts only once the first one's lock
 * blob is in the container.
 */
import type { CliResult } from "../harness";
import { listAll, waitUntil, writesOf } from "../helpers/cli";
import { PROJECT, STACKS, startTeam, type StackName, type TeamFixture } from "./teamFixture";

jest.setTimeout(8 * 60_000);

const LOCK_MESSAGE =
  "the stack is currently locked by 1 lock(s). Either wait for the other process(es) to end " +
  "or delete the lock file with `pulumi cancel`.";

let team: TeamFixture;

beforeAll(async () => {
  team = await startTeam();
  for (const s of STACKS) await team.cli(s, ["stack", "init"]);
});

afterAll(async () => {
  await team?.stop();
});

afterEach(() => team?.emu.emulator.clearFaults());

/** The lock blobs of `stack` (`.pulumi/locks/organization/<project>/<stack>/<id>.json`). */
async function locksOf(stack: StackName): Promise<string[]> {
  return team.azurite.listBlobs(`.pulumi/locks/organization/${PROJECT}/${stack}/`);
}

const up = (stack: StackName, options: { signal?: AbortSignal } = {}) =>
  team.cli(stack, ["up", "--yes", "--skip-preview"], { allowFailure: true, ...options });

/** Fails with the run's whole output when the exit code is not `code`. */
function expectExit(result: CliResult, code: number | null): void {
  if (result.code !== code) {
    throw new Error(
      `${result.command}: exit ${result.code}, expected ${code}\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** The state equals what the account holds: a refreshing preview proposes nothing. */
async function expectStateMatchesEmulator(stack: StackName): Promise<void> {
  expectExit(
    await team.cli(stack, ["preview", "--refresh", "--expect-no-changes"], { allowFailure: true }),
    0,
  );
}

describe("locking on the shared Azure Blob state", () => {
  test("two up on one stack at once: exactly one proceeds, the other gets the lock message", async () => {
    const mark = team.emu.emulator.requests().length;
    team.emu.emulator.addFault({ method: "POST", path: "^/pools$", latencyMs: 5000, times: 1 });
    const first = up("dev");
    await waitUntil(async () => (await locksOf("dev")).length > 0, 120_000);
    const second = await up("dev");
    const winner = await first;

    expectExit(winner, 0);
    expect(second.code).not.toBe(0);
    expect(second.stderr + second.stdout).toContain(LOCK_MESSAGE);
    expect(second.stderr + second.stdout).toMatch(
      /\.pulumi\/locks\/organization\/batch-promotion\/dev\/.*\(pid \d+\)/,
    );
    // The loser stopped at the lock: one pool create, one schedule create, nothing else.
    const devRequests = team.emu.emulator
      .requests()
      .slice(mark)
      .filter((r) => r.account === team.accounts.dev);
    expect(writesOf(devRequests)).toEqual(["JobSchedules_CreateJobSchedule", "Pools_CreatePool"]);

    const state = JSON.parse((await team.cli("dev", ["stack", "export"])).stdout);
    const batch = state.deployment.resources.filter((r: { type: string }) =>
      r.type.includes("dynamic/batch"),
    );
    expect(
      batch.map((r: { type: string; outputs: { poolId?: string; jobScheduleId?: string } }) => [
        r.type.split(":").pop(),
        r.outputs.poolId ?? r.outputs.jobScheduleId,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["Pool", "workers"],
        ["JobSchedule", "report"],
      ]),
    );
    expect(batch).toHaveLength(2);
    expect((await listAll(team.clients.dev.pools.list())).map((p) => p.id)).toEqual(["workers"]);
    await expectStateMatchesEmulator("dev");
    expect(await locksOf("dev")).toEqual([]);
  });

  test("up on dev and prod at the same time: both hold their lock at once and succeed", async () => {
    await team.cli("dev", ["config", "set", "batch-promotion:nodeCount", "2"]);
    // Slow pool writes (prod's create, dev's resize) keep both updates open together.
    team.emu.emulator.addFault({ method: "POST", path: "^/pools", latencyMs: 3000, times: 2 });
    let both = false;
    let running = true;
    const watch = (async () => {
      while (running) {
        const [dev, prod] = await Promise.all([locksOf("dev"), locksOf("prod")]);
        both ||= dev.length > 0 && prod.length > 0;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const results = await Promise.all([up("dev"), up("prod")]).finally(() => (running = false));
    await watch;

    for (const result of results) expectExit(result, 0);
    expect(both).toBe(true);
    expect((await team.clients.dev.pools.get("workers")).body.targetDedicatedNodes).toBe(2);
    expect((await team.clients.prod.pools.get("workers")).body.enableAutoScale).toBe(true);
    for (const s of STACKS) {
      await expectStateMatchesEmulator(s);
      expect(await locksOf(s)).toEqual([]);
    }
  });

  test("a killed pipeline's stale lock blocks the next up until `pulumi cancel` clears it", async () => {
    const killer = new AbortController();
    const killed = up("dev", { signal: killer.signal });
    await waitUntil(async () => (await locksOf("dev")).length > 0, 120_000);
    killer.abort();
    expectExit(await killed, null);
    const stale = await locksOf("dev");
    expect(stale).toHaveLength(1);

    const blocked = await up("dev");
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr + blocked.stdout).toContain(LOCK_MESSAGE);
    expect(await locksOf("dev")).toEqual(stale);

    const cancel = await team.cli("dev", ["cancel", "--yes"]);
    expect(cancel.stdout).toContain("The currently running update for 'dev' has been canceled!");
    expect(await locksOf("dev")).toEqual([]);
    expectExit(await up("dev"), 0);
    await expectStateMatchesEmulator("dev");
  });
});
