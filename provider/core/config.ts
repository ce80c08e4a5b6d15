/**
 * Where a dynamic provider gets its Batch endpoint and credentials from.
 *
 * Shared by every resource (Pool, Certificate, JobSchedule): a provider implementation calls
 * {@link resolveConnection} with the resource's optional explicit `batchAccount` input; the
 * serialized shim (see `shim.ts`) feeds the stack config in through {@link captureStackConfig}
 * when the engine calls the dynamic provider's `configure` method.
 *
 * Order (first match wins, per field group):
 *   1. explicit resource input `batchAccount: { endpoint, accountName, accountKey }` (a secret input);
 *   2. stack config `azure-batch:endpoint`, `azure-batch:accountName`, `azure-batch:accountKey`;
 *   3. environment `AZURE_BATCH_ENDPOINT`, `AZURE_BATCH_ACCOUNT`, `AZURE_BATCH_ACCESS_KEY`;
 *   4. no key anywhere → Microsoft Entra ID through `DefaultAzureCredential`.
 *
 * Nothing here is captured by the serialized provider: the values live in this module's state in
 * the provider process only, so state files never hold credentials.
 */

/** The explicit connection a resource may carry as a (secret) input, named like the config keys. */
export interface BatchAccountInput {
  /** The Batch account endpoint, e.g. `https://myaccount.westeurope.batch.azure.com`. */
  endpoint?: string;
  /** The Batch account name (Shared Key authentication). Defaults to the endpoint's first label. */
  accountName?: string;
  /** The Batch account key (Shared Key authentication). Secret. */
  accountKey?: string;
}

/** How to authenticate, before it is turned into the client's `BatchAuth`. */
export type ResolvedAuth =
  { kind: "sharedKey"; accountName: string; accountKey: string } | { kind: "defaultAzureCredential" };

/** A fully resolved connection: where to send requests and how to sign them. */
export interface ResolvedConnection {
  /** Endpoint without a trailing slash. */
  endpoint: string;
  /** Authentication to use. */
  auth: ResolvedAuth;
  /** Where the endpoint came from, for error messages (never the value of a secret). */
  endpointSource: "input" | "config" | "env";
}

/** The stack config keys this library reads (namespace `azure-batch`). */
export const CONFIG_KEYS = {
  endpoint: "azure-batch:endpoint",
  accountName: "azure-batch:accountName",
  accountKey: "azure-batch:accountKey",
} as const;

/** The environment variables this library reads. */
export const ENV_KEYS = {
  endpoint: "AZURE_BATCH_ENDPOINT",
  accountName: "AZURE_BATCH_ACCOUNT",
  accountKey: "AZURE_BATCH_ACCESS_KEY",
} as const;

/** The subset of the dynamic provider's `ConfigureRequest.config` we use. */
export interface ConfigReader {
  /** Returns the value of a fully-qualified config key, or undefined. */
  get(key: string): string | undefined;
}

// Module state of the provider process: set once by the shim's `configure`. Kept here (not on the
// serialized provider object) so the state file never contains it.
let stackConfig: BatchAccountInput = {};

/**
 * Records the stack config delivered to the dynamic provider's `configure` method.
 * Called by the shim; safe to call more than once (the last call wins).
 */
export function captureStackConfig(config: ConfigReader | undefined): void {
  if (!config) return;
  stackConfig = {
    endpoint: nonEmpty(config.get(CONFIG_KEYS.endpoint)),
    accountName: nonEmpty(config.get(CONFIG_KEYS.accountName)),
    accountKey: nonEmpty(config.get(CONFIG_KEYS.accountKey)),
  };
}

/** Forgets captured stack config (tests). */
export function resetStackConfig(): void {
  stackConfig = {};
}

/** Returns the captured stack config (tests, diagnostics; do not log `accountKey`). */
export function getStackConfig(): Readonly<BatchAccountInput> {
  return stackConfig;
}

/**
 * Resolves the endpoint and credentials for one call.
 *
 * A layer that sets an endpoint also decides the credentials (its own key, or the account key of a
 * later layer only if it did not name a different account): mixing an endpoint from config with a
 * key from some other account's environment would fail with a confusing 403.
 *
 * @param explicit the resource's `batchAccount` input, if any
 * @param env the environment (defaults to `process.env`)
 * @throws Error naming the config key and environment variable to set when no endpoint is found,
 *   or when an endpoint is not https (only loopback addresses may use http, for the emulator).
 */
export function resolveConnection(
  explicit?: BatchAccountInput,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConnection {
  const fromEnv: BatchAccountInput = {
    endpoint: nonEmpty(env[ENV_KEYS.endpoint]),
    accountName: nonEmpty(env[ENV_KEYS.accountName]),
    accountKey: nonEmpty(env[ENV_KEYS.accountKey]),
  };
  const layers: Array<[ResolvedConnection["endpointSource"], BatchAccountInput]> = [
    ["input", explicit ?? {}],
    ["config", stackConfig],
    ["env", fromEnv],
  ];
  const index = layers.findIndex(([, l]) => l.endpoint !== undefined);
  if (index < 0) {
    throw new Error(
      `No Azure Batch endpoint configured: run \`pulumi config set ${CONFIG_KEYS.endpoint} https://<account>.<region>.batch.azure.com\`, ` +
        `or set the ${ENV_KEYS.endpoint} environment variable, or pass batchAccount.endpoint on the resource.`,
    );
  }
  const [source, layer] = layers[index];
  const endpoint = checkEndpoint(layer.endpoint as string, source);
  // Credentials: the endpoint's layer first, then later layers for the same account.
  let accountName = layer.accountName;
  let accountKey = layer.accountKey;
  for (const [, later] of layers.slice(index + 1)) {
    if (accountKey) break;
    if (later.accountKey && (!accountName || !later.accountName || later.accountName === accountName)) {
      accountKey = later.accountKey;
      accountName = accountName ?? later.accountName;
    }
  }
  if (accountKey) {
    accountName = accountName ?? accountNameFromEndpoint(endpoint);
    if (!accountName) {
      throw new Error(
        `An Azure Batch account key is set but no account name: set ${CONFIG_KEYS.accountName} or ${ENV_KEYS.accountName}.`,
      );
    }
    return { endpoint, endpointSource: source, auth: { kind: "sharedKey", accountName, accountKey } };
  }
  return { endpoint, endpointSource: source, auth: { kind: "defaultAzureCredential" } };
}

/**
 * Guesses the account name from an endpoint: the path's first segment for the emulator's
 * path-style form (`http://127.0.0.1:8085/devbatch`), else the host's first label
 * (`https://myaccount.westeurope.batch.azure.com`).
 */
export function accountNameFromEndpoint(endpoint: string): string | undefined {
  try {
    const url = new URL(endpoint);
    const segment = url.pathname.split("/").filter(Boolean)[0];
    if (segment) return segment;
    if (isLoopback(url.hostname)) return undefined;
    return url.hostname.split(".")[0] || undefined;
  } catch {
    return undefined;
  }
}

function checkEndpoint(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `The Azure Batch endpoint from ${source} ("${raw}") is not a URL: use https://<account>.<region>.batch.azure.com.`,
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw new Error(
      `The Azure Batch endpoint from ${source} ("${url.origin}") must use https; plain http is accepted only for loopback addresses (the emulator).`,
    );
  }
  return raw.replace(/\/+$/, "");
}

/** True for loopback host names, the only ones allowed plain http (the local emulator). */
export function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127\./.test(hostname);
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === "" ? undefined : v.trim();
}
