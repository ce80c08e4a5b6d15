/**
 * The environment every Pulumi CLI run of the tests gets: offline (a file:// backend, or a local
 * one such as Azurite's azblob:// URL; no update check, no plugin downloads), its own PULUMI_HOME,
 * and Node 22 plus our plugins first on PATH.
 */
import * as path from "path";
import { BIN_DIR } from "./paths";

/** Passphrase of the test stacks' secrets provider (test-only, like the emulator's dev key). */
export const TEST_PASSPHRASE = "pulumi-azure-batch-e2e";

/** Inputs of {@link offlineEnv}. */
export interface OfflineEnvOptions {
  /** Directory of the file:// backend (state of the stacks); ignored when `backendUrl` is set. */
  backendDir?: string;
  /**
   * A backend URL instead of a directory, e.g. `TestAzurite.backendUrl` (state in Azurite); its
   * credentials (AZURE_STORAGE_*) go in `extra`.
   */
  backendUrl?: string;
  /** PULUMI_HOME for this run (workspace settings, plugin cache): keeps runs apart from ~/.pulumi. */
  pulumiHome: string;
  /** Extra variables, e.g. the emulator's AZURE_BATCH_* ones; they win over everything else. */
  extra?: Record<string, string | undefined>;
}

/** Variables of the caller's environment that would point the CLI elsewhere; never inherited. */
const DROPPED = [
  "PULUMI_ACCESS_TOKEN",
  "PULUMI_BACKEND_URL",
  "PULUMI_CONFIG_PASSPHRASE_FILE",
  "PULUMI_DEBUG_LANGUAGES",
  // Would point an azblob:// backend at another storage account or credential.
  "AZURE_STORAGE_CONNECTION_STRING",
  "AZURE_STORAGEBLOB_CONNECTIONSTRING",
  "AZURE_STORAGE_SAS_TOKEN",
];

/** Builds the environment of a CLI run (see the module comment). */
export function offlineEnv(options: OfflineEnvOptions): NodeJS.ProcessEnv {
  const backend = options.backendUrl ?? (options.backendDir && `file://${options.backendDir}`);
  if (!backend) throw new Error("offlineEnv: set backendDir (a file:// backend) or backendUrl");
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of DROPPED) delete env[name];
  Object.assign(env, {
    PATH: [BIN_DIR, process.env.PATH].filter(Boolean).join(path.delimiter),
    PULUMI_BACKEND_URL: backend,
    PULUMI_HOME: options.pulumiHome,
    PULUMI_CONFIG_PASSPHRASE: TEST_PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    NO_COLOR: "1",
  });
  for (const [name, value] of Object.entries(options.extra ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
