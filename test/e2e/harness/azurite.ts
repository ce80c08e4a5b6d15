/**
 * Azurite (the Azure Storage emulator, a dev dependency) as the Pulumi state backend of team
 * tests: its blob service started as a child process on a free port, one container created, and
 * the `azblob://` backend URL plus the AZURE_STORAGE_* variables the CLI's diy backend (gocloud
 * azureblob) needs to reach it. `stop()` kills the process and removes its data directory.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient } from "@azure/storage-blob";
import { BIN_DIR } from "./paths";

/**
 * Azurite's documented development account. The key is public (it is in Microsoft's Azurite docs)
 * and only ever opens the local emulator.
 */
export const AZURITE_ACCOUNT = "devstoreaccount1";
/** The well-known key of {@link AZURITE_ACCOUNT}. */
export const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** A running Azurite blob service with the container of the state backend. */
export interface TestAzurite {
  /** Blob service port on 127.0.0.1. */
  port: number;
  /** Name of the backend container. */
  container: string;
  /** `azblob://<container>?localemu=true&domain=127.0.0.1:<port>&protocol=http`: PULUMI_BACKEND_URL. */
  backendUrl: string;
  /** AZURE_STORAGE_ACCOUNT / AZURE_STORAGE_KEY for the CLI (and anything else using the backend). */
  env: Record<string, string>;
  /** The container, for looking at the state files and lock blobs directly. */
  containerClient: ContainerClient;
  /** Names of the blobs under `prefix` (e.g. ".pulumi/locks/"). */
  listBlobs(prefix?: string): Promise<string[]>;
  /** Stops the blob service and removes its data; call it in `afterAll`/`finally`. */
  stop(): Promise<void>;
}

/** Options of {@link startAzurite}. */
export interface AzuriteOptions {
  /** Container name (default "pulumi-state"). */
  container?: string;
  /** How long to wait for Azurite to listen (default 60 s: a loaded machine starts it slowly). */
  startTimeoutMs?: number;
}

const LISTENING = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/;

/** Starts Azurite's blob service on port 0 and creates the backend container. */
export async function startAzurite(options: AzuriteOptions = {}): Promise<TestAzurite> {
  const container = options.container ?? "pulumi-state";
  const location = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-azure-batch-azurite-"));
  // --disableTelemetry: Azurite otherwise posts usage data to Application Insights (offline here).
  // Own process group, so stop() also takes down anything Azurite started.
  const child = spawn(
    path.join(BIN_DIR, "azurite-blob"),
    [
      ...["--blobHost", "127.0.0.1", "--blobPort", "0", "--location", location],
      ...["--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry"],
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const stop = async (): Promise<void> => {
    await killAndWait(child);
    fs.rmSync(location, { recursive: true, force: true });
  };
  try {
    const port = await waitForPort(child, options.startTimeoutMs ?? 60_000);
    const serviceUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
    const service = new BlobServiceClient(
      serviceUrl,
      new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY),
    );
    const containerClient = service.getContainerClient(container);
    await containerClient.create();
    return {
      port,
      container,
      backendUrl: `azblob://${container}?localemu=true&domain=127.0.0.1:${port}&protocol=http`,
      env: { AZURE_STORAGE_ACCOUNT: AZURITE_ACCOUNT, AZURE_STORAGE_KEY: AZURITE_KEY },
      containerClient,
      async listBlobs(prefix = "") {
        const names: string[] = [];
        for await (const blob of containerClient.listBlobsFlat({ prefix })) names.push(blob.name);
        return names;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Resolves with the port Azurite prints once it listens; rejects on exit or timeout. */
function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => done(new Error(`Azurite did not listen within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = LISTENING.exec(output);
      if (match) done(undefined, Number(match[1]));
    };
    const onExit = (code: number | null) => done(new Error(`Azurite exited (${code}) before listening`));
    function done(err?: Error, port?: number) {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      // Keep draining the pipes: a full pipe would block Azurite.
      child.stdout?.resume();
      child.stderr?.resume();
      if (err) reject(new Error(`${err.message}\n${output}`));
      else resolve(port as number);
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", onExit);
  });
}

/** SIGTERMs the process group, SIGKILLs it after 5 s, and waits for the exit. */
async function killAndWait(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), sig);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
