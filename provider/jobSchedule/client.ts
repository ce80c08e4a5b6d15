/**
 * A Batch client for one JobSchedule provider call (the shared `withClient` of `connect.ts`:
 * resource input → stack config → environment → DefaultAzureCredential, closed afterwards), with
 * errors scrubbed of the secrets of the inputs (passwords, keys): Batch error texts can echo
 * request values, and these messages reach the Pulumi CLI and its logs.
 */
import type { BatchClient } from "../client";
import type { BatchAccountInput } from "../core/config";
import { withClient } from "../core/connect";
import { collectSecrets, scrubText } from "../core/secrets";

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
  try {
    return await withClient(batchAccount, fn);
  } catch (e) {
    const secrets = [
      ...collectSecrets(secretsOf),
      ...(batchAccount?.accountKey ? [batchAccount.accountKey] : []),
    ];
    if (e instanceof Error && secrets.length > 0) {
      e.message = scrubText(e.message, secrets);
      if (e.stack) e.stack = scrubText(e.stack, secrets);
    }
    throw e;
  }
}
