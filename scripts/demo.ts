/**
 * `npm run demo`: the README's main job. Starts the embedded Batch emulator (realistic timings,
 * state kept in .emulator-data/), runs a real `pulumi up` of the root Pulumi.yaml quickstart with
 * the pinned CLI against it (file backend in .pulumi-state/, stack `demo`), then prints the stack
 * outputs and a summary of the REST calls the providers made (from the emulator's request log).
 *
 * Run it again and it converges: `up --refresh` reads what the emulator holds first, so a wiped
 * emulator (or state) is repaired rather than tripped over.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { startEmulator, type RequestLogEntry } from "../emulator";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const STACK = process.env.DEMO_STACK ?? "demo";

function pulumi(args: string[], env: NodeJS.ProcessEnv, capture = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, "pulumi"), args, {
      cwd: ROOT,
      env,
      stdio: capture ? ["ignore", "pipe", "inherit"] : ["ignore", "inherit", "inherit"],
    });
    let out = "";
    child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`pulumi ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** Counts calls per operation and status, Batch calls only (the control API is the demo's own). */
export function summarizeRequests(log: RequestLogEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of log) {
    if (e.operation === "Control") continue;
    const key = `${e.operation ?? `${e.method} ${e.path}`} → ${e.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${String(n).padStart(4)}  ${k}`);
}

async function main(): Promise<void> {
  const dataDir = path.join(ROOT, ".emulator-data");
  const backendDir = path.join(ROOT, ".pulumi-state");
  fs.mkdirSync(backendDir, { recursive: true });
  const emulator = await startEmulator({ port: 0, dataDir, timings: "realistic" });
  const [account] = emulator.accounts;
  const endpoint = emulator.endpoint(account.name);
  console.log(
    `Batch emulator: ${endpoint} (account ${account.name}, data in ${path.relative(ROOT, dataDir)}/)`,
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}`,
    PULUMI_BACKEND_URL: `file://${backendDir}`,
    // The demo stack's own passphrase (it only guards demo state); a caller's value wins.
    PULUMI_CONFIG_PASSPHRASE: process.env.PULUMI_CONFIG_PASSPHRASE ?? "pulumi-azure-batch-demo",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    AZURE_BATCH_ENDPOINT: endpoint,
    AZURE_BATCH_ACCOUNT: account.name,
    AZURE_BATCH_ACCESS_KEY: account.key,
  };
  try {
    await pulumi(["stack", "select", "--create", STACK, "--non-interactive"], env);
    await pulumi(["up", "--yes", "--refresh", "--skip-preview", "--non-interactive", "--stack", STACK], env);
    const outputs = await pulumi(["stack", "output", "--json", "--stack", STACK], env, true);
    console.log("\nStack outputs:");
    console.log(outputs.trim());
    console.log("\nREST calls made (from the emulator's request log):");
    for (const line of summarizeRequests(emulator.requests())) console.log(line);
    console.log(
      `\nState: ${path.relative(ROOT, backendDir)}/ (stack ${STACK}). Run again to see a no-op update.`,
    );
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
