/**
 * Builds a `BatchClient` for one provider call from the resolved connection (see `config.ts`).
 * Shared by every resource's implementation: `withClient(inputs.batchAccount, (c) => …)`.
 */
import { BatchClient, type BatchAuth } from "../client";
import { resolveConnection, type BatchAccountInput, type ResolvedConnection } from "./config";

/** Maps a resolved connection to the client's auth (Entra ID via DefaultAzureCredential by default). */
export function toBatchAuth(connection: ResolvedConnection): BatchAuth {
  return connection.auth.kind === "sharedKey"
    ? { kind: "sharedKey", accountName: connection.auth.accountName, accountKey: connection.auth.accountKey }
    : { kind: "tokenCredential" };
}

/**
 * Runs `fn` with a client for the resolved endpoint and closes the client afterwards.
 * Request lines (already redacted by the client) go to stderr only when `AZURE_BATCH_LOG` is set.
 */
export async function withClient<T>(
  explicit: BatchAccountInput | undefined,
  fn: (client: BatchClient) => Promise<T>,
): Promise<T> {
  const connection = resolveConnection(explicit);
  const client = new BatchClient({
    endpoint: connection.endpoint,
    auth: toBatchAuth(connection),
    logger: process.env.AZURE_BATCH_LOG ? (line) => console.error(line) : undefined,
  });
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

/** Writes a progress line the Pulumi CLI shows (a dynamic provider's `pulumi.log` may not reach it). */
export function progress(message: string): void {
  console.error(message);
}
