/**
 * Promotion as code (examples/promotion/promote.ts, `npm run promote`) on the Automation API,
 * driving the real Pulumi CLI and our language host, with two emulator accounts (dev, prod) and
 * the state in Azurite (`azblob://`):
 *
 * - a clean run deploys dev, passes the drift gate and the health check, deploys prod with prod's
 *   config; both stacks' state is in the blob container, no lock is left behind;
 * - an out-of-band change of dev's pool metadata (through BatchClient) makes the gate refuse the
 *   promotion, exit 1, with the drifted property as the reason; prod gets no write and its state
 *   blob does not change; the gate itself writes nothing to dev either;
 * - a wrong dev key (a rotated secret) also refuses, naming the failed gate;
 * - each stack has its own passphrase (DEV_/PROD_PULUMI_CONFIG_PASSPHRASE): dev's does not open
 *   prod's secrets;
 * - no account key or passphrase appears in plaintext in the blobs, the stack files or any output.
 */
import type { CliResult } from "../harness";
import { plaintextSecrets, readTree } from "../helpers/secrets";
import { PROJECT, STACKS, startTeam, type StackName, type TeamFixture } from "./teamFixture";

jest.setTimeout(8 * 60_000);

let team: TeamFixture;

beforeAll(async () => {
  team = await startTeam();
});

afterAll(async () => {
  await team?.stop();
});

/** Fails with the run's whole output when the exit code is not `code`. */
function expectExit(result: CliResult, code: number): void {
  if (result.code !== code) {
    throw new Error(
      `${result.command}: exit ${result.code}, expected ${code}\n${result.stdout}\n${result.stderr}`,
    );
  }
}

const stateBlob = (stack: StackName) => `.pulumi/stacks/${PROJECT}/${stack}.json`;

async function blobText(name: string): Promise<string> {
  return (await team.azurite.containerClient.getBlobClient(name).downloadToBuffer()).toString("utf8");
}

/** Writes (not GETs) the emulator logged for `account` after the first `since` entries. */
function writesTo(account: string, since: number): string[] {
  return team.emu.emulator
    .requests()
    .slice(since)
    .filter((r) => r.account === account && r.method !== "GET" && r.method !== "HEAD")
    .map((r) => `${r.method} ${r.path}`);
}

describe("promotion through the Automation API, state in Azurite", () => {
  test("a clean run deploys dev, passes the gate and deploys prod with prod's config", async () => {
    const run = await team.promote();
    expectExit(run, 0);
    expect(run.stdout).toContain("promote: drift gate on dev");
    expect(run.stdout).toContain("promote: promoted dev to prod");

    const seen: Record<string, unknown> = {};
    for (const s of STACKS) {
      const pool = (await team.clients[s].pools.get("workers")).body;
      const schedule = (await team.clients[s].jobSchedules.get("report")).body;
      seen[s] = {
        vmSize: pool.vmSize,
        autoScale: pool.enableAutoScale ?? false,
        recurrence: schedule.schedule?.recurrenceInterval,
        environment: pool.metadata,
      };
    }
    expect(seen).toEqual({
      dev: {
        vmSize: "standard_d2s_v3",
        autoScale: false,
        recurrence: "PT15M",
        environment: [{ name: "environment", value: "dev" }],
      },
      prod: {
        vmSize: "standard_d4s_v3",
        autoScale: true,
        recurrence: "P1D",
        environment: [{ name: "environment", value: "prod" }],
      },
    });
    // The state is in the blob container, not on disk; no lock outlives the run.
    const blobs = await team.azurite.listBlobs(".pulumi/");
    expect(blobs).toEqual(expect.arrayContaining(STACKS.map(stateBlob)));
    expect(blobs.filter((b) => b.startsWith(".pulumi/locks/"))).toEqual([]);
    for (const s of STACKS) {
      const checkpoint = JSON.parse(await blobText(stateBlob(s)));
      const types = checkpoint.checkpoint.latest.resources.map((r: { type: string }) => r.type);
      expect(types).toEqual(
        expect.arrayContaining([
          "pulumi-nodejs:dynamic/batch:Pool",
          "pulumi-nodejs:dynamic/batch:JobSchedule",
        ]),
      );
    }
  });

  test("dev drifted out of band: promotion refused with the reason, prod untouched", async () => {
    await team.clients.dev.pools.patch("workers", { metadata: [{ name: "owner", value: "someone-else" }] });
    const prodState = await blobText(stateBlob("prod"));
    const mark = team.emu.emulator.requests().length;

    const run = await team.promote();
    expectExit(run, 1);
    const reason = run.stderr.trim().split("\n").pop();
    expect(reason).toBe(
      "promote: refused: dev drifted: Pool workers changed outside Pulumi [metadata]; " +
        "pulumi up would update Pool workers [metadata]",
    );
    expect(run.stdout).not.toContain("deploying prod");
    expect(writesTo(team.accounts.prod, mark)).toEqual([]);
    expect(await blobText(stateBlob("prod"))).toBe(prodState);
    // Neither `up` (no refresh) nor the gate (a preview) wrote anything to dev.
    expect(writesTo(team.accounts.dev, mark)).toEqual([]);
    expect((await team.clients.dev.pools.get("workers")).body.metadata).toEqual([
      { name: "owner", value: "someone-else" },
    ]);
  });

  test("a wrong dev key (a rotated secret): the gate cannot run, promotion refused", async () => {
    const mark = team.emu.emulator.requests().length;
    const wrongKey = Buffer.alloc(64, 7).toString("base64");
    const run = await team.promote({ DEV_BATCH_ACCESS_KEY: wrongKey });
    expectExit(run, 1);
    expect(run.stderr).toMatch(/promote: refused: the drift gate could not run on dev: .*403/);
    expect(writesTo(team.accounts.prod, mark)).toEqual([]);
    expect(plaintextSecrets({ output: run.stdout + run.stderr }, { wrongKey })).toEqual([]);
  });

  test("a passphrase per stack: dev's passphrase does not open prod", async () => {
    // A secret needs the passphrase (an account key does not: promote passes it in the env).
    expectExit(await team.cli("prod", ["config", "set", "--secret", "team:probe", "prod-only"]), 0);
    const wrong = await team.cli("prod", ["config", "get", "team:probe"], {
      allowFailure: true,
      passphrase: team.passphrases.dev,
    });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain("incorrect passphrase");
  });

  test("no account key or passphrase in plaintext: state blobs, stack files, every output", async () => {
    const places: Record<string, string> = readTree(team.projectDir);
    for (const name of await team.azurite.listBlobs()) places[`azurite:${name}`] = await blobText(name);
    places["output"] = team.history.map((r) => r.stdout + r.stderr).join("\n");
    expect(Object.keys(places)).toEqual(expect.arrayContaining(STACKS.map((s) => `azurite:${stateBlob(s)}`)));
    const secrets = { devKey: team.keys.dev, prodKey: team.keys.prod };
    Object.assign(secrets, { devPassphrase: team.passphrases.dev, prodPassphrase: team.passphrases.prod });
    Object.assign(secrets, { prodProbeSecret: "prod-only" });
    expect(plaintextSecrets(places, secrets)).toEqual([]);
    // Which account a stack manages is in its stack file, for the next person who runs pulumi.
    const devFile = places[Object.keys(places).find((p) => p.endsWith("Pulumi.dev.yaml")) as string];
    expect(devFile).toContain(`azure-batch:accountName: ${team.accounts.dev}`);
  });
});
