/**
 * Pool provider figures: bytes of the serialized provider stored per resource in state by an installed
 * package (target ≤ 512 B per copy, issue 16; measured with Pulumi's own closure serializer on a copy
 * of the build under a temp node_modules, JSON-escaped as in the state file; with @pulumi/pulumi
 * symlinked there it writes the file's path, ~20 B longer than a real install's export name), and
 * REST calls per kind of update against the emulator (target: the minimum — one write each, plus
 * the GET that reads back the result and the GETs of waits).
 *
 * Run after a build: `node dist/bench/pool-provider.js`.
 */
import * as pulumi from "@pulumi/pulumi";
import { DEV_ACCOUNT, DEV_KEY, startEmulator } from "../emulator";
import * as pool from "../provider/pool";
import { dynamicShim } from "../provider/core/shim";
import { installPackageCopy, serializeInstalledProvider } from "../test/installedPackage";
import { recordFigure, verdict } from "./report";

type Rec = Record<string, unknown>;

/** Bytes per copy in state of the literal shim: what a symlinked checkout (`npm link`, workspaces) stores. */
async function shimBytes(): Promise<number> {
  const provider = dynamicShim("pulumi-azure-batch/provider/pool");
  const sf = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
  return Buffer.byteLength(JSON.stringify(sf.text));
}

/** Bytes per copy in state of what an installed package stores: `require()` of its dynamic module. */
function installedBytes(): number {
  const installed = installPackageCopy();
  try {
    return Math.max(
      ...["pool", "jobSchedule", "certificate"].map((r) =>
        Buffer.byteLength(JSON.stringify(serializeInstalledProvider(installed.dir, r).text)),
      ),
    );
  } finally {
    installed.dispose();
  }
}

async function main(): Promise<void> {
  const bytes = installedBytes();
  const met = recordFigure("provider.serializedBytesPerCopy", bytes, "bytes", "<= 512");
  const linked = await shimBytes();
  recordFigure("provider.serializedBytesPerCopy.linkedCheckout", linked, "bytes");
  console.log(
    `serialized provider per resource: ${bytes} bytes per copy (largest of the three resources, installed package), stored in inputs and outputs (target <= 512: ${verdict(met)}); from a symlinked checkout: ${linked} bytes`,
  );
  const em = await startEmulator({ port: 0, timings: "fast" });
  Object.assign(process.env, {
    AZURE_BATCH_ENDPOINT: em.endpoint(),
    AZURE_BATCH_ACCOUNT: DEV_ACCOUNT,
    AZURE_BATCH_ACCESS_KEY: DEV_KEY,
    AZURE_BATCH_POLL_INTERVAL_MS: "20",
  });
  const quiet = console.error;
  console.error = () => undefined;
  try {
    const check = async (r: Rec) => (await pool.check({}, r)).inputs as Rec;
    let inputs = await check({
      poolId: "bench-pool",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" },
        nodeAgentSKUId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 1,
      startTask: { commandLine: "echo a" },
      metadata: [{ name: "a", value: "b" }],
    });
    const count = () => {
      const ops = em.requests().map((r) => r.operation ?? "?");
      const gets = ops.filter((o) => o === "Pools_GetPool").length;
      return `${ops.length - gets} write(s) [${ops.filter((o) => o !== "Pools_GetPool").join(", ")}] + ${gets} GET(s)`;
    };
    em.clearRequests();
    let state = (await pool.create(inputs)).outs as Rec;
    console.log(`create (1 node, wait steady): ${count()}`);
    const kinds: Array<[string, (i: Rec) => Rec]> = [
      ["start task (PATCH)", (i) => ({ ...i, startTask: { commandLine: "echo b" } })],
      ["remove metadata (updateproperties)", ({ metadata: _m, ...i }) => i],
      ["resize 1→2 (wait steady)", (i) => ({ ...i, targetDedicatedNodes: 2 })],
      [
        "switch to autoscale",
        ({ targetDedicatedNodes: _a, targetLowPriorityNodes: _b, resizeTimeout: _c, ...i }) => ({
          ...i,
          enableAutoScale: true,
          autoScaleFormula: "$TargetDedicatedNodes = 1;",
        }),
      ],
    ];
    for (const [name, change] of kinds) {
      const news = await check(change(inputs));
      em.clearRequests();
      state = (await pool.update("bench-pool", state, news)).outs as Rec;
      inputs = news;
      recordFigure(`provider.pool.restCalls.${name}`, em.requests().length, "count");
      console.log(`${name}: ${count()}`);
    }
    em.clearRequests();
    await pool.delete("bench-pool", state);
    console.log(`delete (wait for 404): ${count()}`);
  } finally {
    console.error = quiet;
    await em.stop();
  }
}

void main();
