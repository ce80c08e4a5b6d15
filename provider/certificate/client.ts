/**
 * A Batch client for one Certificate provider call, built from the connection `config.ts` resolves
 * (resource input → stack config → environment → DefaultAzureCredential) and closed afterwards.
 *
 * Uses the shared `withClient` (`connect.ts`); errors leaving the call are scrubbed of the
 * certificate data, the password and the account key: these messages reach the CLI and its logs.
 */
import type { BatchClient } from "../client";
import type { BatchAccountInput } from "../core/config";
import { withClient } from "../core/connect";
import { scrubText } from "../core/secrets";

/** The secret values of Certificate inputs, for scrubbing messages. */
export function certificateSecrets(inputs: {
  data?: unknown;
  password?: unknown;
  batchAccount?: BatchAccountInput;
}): string[] {
  return [inputs.data, inputs.password, inputs.batchAccount?.accountKey].filter(
    (v): v is string => typeof v === "string" && v.length > 0,
  );
}

/**
 * Runs `fn` with a client for the account of `batchAccount` (or the stack config / environment)
 * and closes the client afterwards.
 *
 * @param secrets values that must never appear in an error message (see {@link certificateSecrets}).
 */
export async function withCertificateClient<T>(
  batchAccount: BatchAccountInput | undefined,
  secrets: string[],
  fn: (client: BatchClient) => Promise<T>,
): Promise<T> {
  try {
    return await withClient(batchAccount, fn);
  } catch (e) {
    if (e instanceof Error && secrets.length > 0) {
      e.message = scrubText(e.message, secrets);
      if (e.stack) e.stack = scrubText(e.stack, secrets);
    }
    throw e;
  }
}
