/**
 * The `BatchClient` a provider call uses, from the resolved connection (see `config.ts`).
 * Shared by every resource's implementation: `withClient(inputs.batchAccount, (c) => …)`.
 *
 * Why clients are shared: the engine sends one provider process every resource's calls, often
 * a hundred at once (a refresh reads every resource in parallel). A client per call opened a TCP
 * (and, on Azure, TLS) connection per call. With Entra ID it also got a token per call. Calls on
 * the same account now share one client; it is closed once no call has used it for
 * {@link IDLE_CLOSE_MS}.
 */
import { createHash } from "node:crypto";
import { BatchClient, type BatchAuth } from "../client";
import {
  ENV_KEYS,
  getStackConfig,
  resolveConnection,
  type BatchAccountInput,
  type ResolvedConnection,
} from "./config";

/** Maps a resolved connection to the client's auth (Entra ID via DefaultAzureCredential by default). */
export function toBatchAuth(connection: ResolvedConnection): BatchAuth {
  return connection.auth.kind === "sharedKey"
    ? { kind: "sharedKey", accountName: connection.auth.accountName, accountKey: connection.auth.accountKey }
    : { kind: "tokenCredential" };
}

/** How long a shared client stays open after its last call (an unref'd timer: it never holds the process). */
export const IDLE_CLOSE_MS = 5_000;

interface Shared {
  client: BatchClient;
  calls: number;
  idle?: NodeJS.Timeout;
}

const shared = new Map<string, Shared>();

/** One key per endpoint, identity and logging; a key is hashed, so the map never holds it in clear. */
function sharingKey(connection: ResolvedConnection, logging: boolean): string {
  const { auth } = connection;
  const who =
    auth.kind === "sharedKey"
      ? `${auth.accountName}:${createHash("sha256").update(auth.accountKey).digest("base64")}`
      : "entra";
  return `${connection.endpoint} ${who} ${logging ? "log" : ""}`;
}

/** The three strings of a layer that decide a connection. */
type LayerValues = readonly [string | undefined, string | undefined, string | undefined];

function layerValues(l: BatchAccountInput | undefined): LayerValues {
  return [l?.endpoint, l?.accountName, l?.accountKey];
}

function sameValues(a: LayerValues, b: LayerValues): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/**
 * The last resolution, reused while its inputs are the same strings: a refresh resolves the same
 * connection for every resource, and parsing the endpoint and hashing the key each time showed
 * up in its profile (issue 16). It holds only strings the environment, the stack config and the
 * call's own `batchAccount` input already hold in this process.
 */
let lastResolution:
  | {
      explicit: LayerValues;
      env: LayerValues;
      config: Readonly<BatchAccountInput>;
      logging: boolean;
      connection: ResolvedConnection;
      key: string;
    }
  | undefined;

function resolveShared(
  explicit: BatchAccountInput | undefined,
  logging: boolean,
): { connection: ResolvedConnection; key: string } {
  const e = layerValues(explicit);
  const env = layerValues({
    endpoint: process.env[ENV_KEYS.endpoint],
    accountName: process.env[ENV_KEYS.accountName],
    accountKey: process.env[ENV_KEYS.accountKey],
  });
  const config = getStackConfig();
  const last = lastResolution;
  if (
    last &&
    last.logging === logging &&
    last.config === config &&
    sameValues(last.explicit, e) &&
    sameValues(last.env, env)
  ) {
    return last;
  }
  const connection = resolveConnection(explicit);
  const key = sharingKey(connection, logging);
  lastResolution = { explicit: e, env, config, logging, connection, key };
  return lastResolution;
}

/**
 * Runs `fn` with the shared client for the resolved endpoint and identity (see the file comment).
 * Request lines (already redacted by the client) go to stderr only when `AZURE_BATCH_LOG` is set.
 */
export async function withClient<T>(
  explicit: BatchAccountInput | undefined,
  fn: (client: BatchClient) => Promise<T>,
): Promise<T> {
  const logging = Boolean(process.env.AZURE_BATCH_LOG);
  const { connection, key } = resolveShared(explicit, logging);
  let entry = shared.get(key);
  if (!entry) {
    const client = new BatchClient({
      endpoint: connection.endpoint,
      auth: toBatchAuth(connection),
      logger: logging ? (line) => console.error(line) : undefined,
    });
    entry = { client, calls: 0 };
    shared.set(key, entry);
  }
  const current = entry;
  current.calls++;
  if (current.idle) clearTimeout(current.idle);
  current.idle = undefined;
  try {
    return await fn(current.client);
  } finally {
    if (--current.calls === 0) {
      current.idle = setTimeout(() => {
        if (shared.get(key) === current) shared.delete(key);
        void current.client.close();
      }, IDLE_CLOSE_MS);
      current.idle.unref();
    }
  }
}

/** Closes every shared client now (tests, and a host that wants its sockets closed). */
export async function closeSharedClients(): Promise<void> {
  const entries = [...shared.values()];
  shared.clear();
  for (const e of entries) if (e.idle) clearTimeout(e.idle);
  await Promise.all(entries.map((e) => e.client.close()));
}

/** Writes a progress line the Pulumi CLI shows (a dynamic provider's `pulumi.log` may not reach it). */
export function progress(message: string): void {
  console.error(message);
}
