/**
 * A Batch client for one provider call, built from the connection `config.ts` resolves
 * (resource input → stack config → environment → DefaultAzureCredential) and closed afterwards.
 *
 * Errors leaving the call are scrubbed of the secrets of the inputs (passwords, keys): Batch error
 * texts can echo request values, and these messages reach the Pulumi CLI and its logs.
 */
import { BatchClient, type BatchAuth } from "./client";
import { resolveConnection, type BatchAccountInput } from "./config";
import { collectSecrets, scrubText } from "./secrets";

/**
 * Runs `fn` with a client for the account of `batchAccount` (or the stack config / environment)
 * and closes the client afterwards.
 *
 * @param secretsOf values whose secret fields must never appear in an error message
 */
export async function withJobScheduleClient<T>(
  batchAccount: BatchAccountInput | undefined,
  secretsOf: unknown,
  fn: (client: BatchClient) => Promise<T>,
): Promise<T> {
  const secrets = [
    ...collectSecrets(secretsOf),
    ...(batchAccount?.accountKey ? [batchAccount.accountKey] : []),
  ];
  try {
    const connection = resolveConnection(batchAccount);
    const auth: BatchAuth =
      connection.auth.kind === "sharedKey"
        ? {
            kind: "sharedKey",
            accountName: connection.auth.accountName,
            accountKey: connection.auth.accountKey,
          }
        : { kind: "tokenCredential" };
    const client = new BatchClient({ endpoint: connection.endpoint, auth });
    try {
      return await fn(client);
    } finally {
      await client.close();
    }
  } catch (e) {
    if (e instanceof Error && secrets.length > 0) {
      e.message = scrubText(e.message, secrets);
      if (e.stack) e.stack = scrubText(e.stack, secrets);
    }
    throw e;
  }
}
