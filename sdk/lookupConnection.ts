/**
 * How lookup functions (which run in the Pulumi program, not in a dynamic provider) find the
 * Batch account: the program's own stack config (`azure-batch:*`) is fed to the same resolver the
 * providers use, so a lookup and a resource always talk to the same account.
 */
import * as pulumi from "@pulumi/pulumi";
import { withClient } from "../provider/core/connect";
import type { BatchAccountInput } from "../provider/core/config";
import type { BatchClient } from "../provider/client";

/** Options every lookup accepts. */
export interface LookupOptions {
  /** An explicit account to query instead of the stack config / environment. */
  batchAccount?: BatchAccountInput;
}

function fromStackConfig(): BatchAccountInput {
  // runtime.getConfig reads a secret key without Config.get's "use getSecret" warning: the key is
  // only handed to the client, never returned or logged. Outside a program there is no config.
  const get = (key: string) => pulumi.runtime.getConfig(`azure-batch:${key}`);
  return { endpoint: get("endpoint"), accountName: get("accountName"), accountKey: get("accountKey") };
}

/** Runs `fn` with a client for the lookup's account (explicit → stack config → environment → Entra ID). */
export function withLookupClient<T>(
  options: LookupOptions | undefined,
  fn: (client: BatchClient) => Promise<T>,
): Promise<T> {
  const explicit = options?.batchAccount ?? fromStackConfig();
  return withClient(explicit.endpoint ? explicit : undefined, fn);
}
