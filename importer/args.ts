/**
 * The command line of `pulumi-azure-batch import`, parsed with `node:util` parseArgs. Bad input
 * fails with a message naming the flag and the fix.
 */
import { parseArgs } from "node:util";
import type { BatchAccountInput } from "../provider/core/config";
import type { Selection } from "./read";

/** The parsed command. */
export interface ImportCommand {
  help: boolean;
  /** The account given by flags; undefined when none was given (then the environment or Entra ID). */
  account?: BatchAccountInput;
  selection: Selection;
  outDir: string;
  force: boolean;
  /** Pulumi project name (default: the output directory's name). */
  projectName?: string;
}

/** The usage text. */
export const USAGE = `Usage: pulumi-azure-batch import --out DIR [options]

Generates a Pulumi TypeScript program that adopts existing objects of an Azure Batch account.

Account (like the stack config; default: AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT,
AZURE_BATCH_ACCESS_KEY, else Microsoft Entra ID):
  --endpoint URL          https://<account>.<region>.batch.azure.com
  --account NAME          account name (Shared Key)
  --access-key KEY        account key (Shared Key; prefer AZURE_BATCH_ACCESS_KEY: flags show in ps)

Selection (default: everything):
  --pool ID               a pool (repeatable)
  --job-schedule ID       a job schedule (repeatable)
  --certificate THUMB     a certificate by SHA-1 thumbprint (repeatable)
  --all-pools, --all-job-schedules, --all-certificates
  --filter ODATA          $filter for the lists, e.g. "startswith(id,'prod-')"

Output:
  --out DIR               the project directory (must be empty or new)
  --force                 write into a non-empty directory, overwriting files
  --name NAME             Pulumi project name (default: the directory's name)
`;

/**
 * Parses the arguments after `import`.
 *
 * @throws Error naming the flag at fault
 */
export function parseImportArgs(argv: string[]): ImportCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: "boolean", short: "h" },
        endpoint: { type: "string" },
        account: { type: "string" },
        "access-key": { type: "string" },
        pool: { type: "string", multiple: true },
        "job-schedule": { type: "string", multiple: true },
        certificate: { type: "string", multiple: true },
        "all-pools": { type: "boolean" },
        "all-job-schedules": { type: "boolean" },
        "all-certificates": { type: "boolean" },
        filter: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
        name: { type: "string" },
      },
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}. Run with --help for the options.`, { cause: e });
  }
  const v = parsed.values;
  if (v.help) return { help: true, selection: emptySelection(), outDir: "", force: false };
  if (!v.out) throw new Error("--out DIR is required: the directory to write the Pulumi project into.");
  const certificates = (v.certificate ?? []).map((t) => {
    const clean = t.replace(/[\s:]/g, "");
    if (!/^[0-9a-fA-F]{40}$/.test(clean)) {
      throw new Error(
        `--certificate ${JSON.stringify(t)} is not a SHA-1 thumbprint: give its 40 hex digits.`,
      );
    }
    return clean.toUpperCase();
  });
  const selection: Selection = {
    pools: v.pool ?? [],
    jobSchedules: v["job-schedule"] ?? [],
    certificates,
    allPools: v["all-pools"] === true,
    allJobSchedules: v["all-job-schedules"] === true,
    allCertificates: v["all-certificates"] === true,
    filter: v.filter,
  };
  const anything =
    selection.pools.length + selection.jobSchedules.length + selection.certificates.length > 0 ||
    selection.allPools ||
    selection.allJobSchedules ||
    selection.allCertificates;
  if (!anything) {
    selection.allPools = selection.allJobSchedules = selection.allCertificates = true;
  }
  let account: BatchAccountInput | undefined;
  if (v.endpoint !== undefined || v.account !== undefined || v["access-key"] !== undefined) {
    if (!v.endpoint) {
      throw new Error(
        "--account and --access-key need --endpoint too (https://<account>.<region>.batch.azure.com).",
      );
    }
    account = { endpoint: v.endpoint, accountName: v.account, accountKey: v["access-key"] };
  }
  return { help: false, account, selection, outDir: v.out, force: v.force === true, projectName: v.name };
}

function emptySelection(): Selection {
  return {
    pools: [],
    jobSchedules: [],
    certificates: [],
    allPools: false,
    allJobSchedules: false,
    allCertificates: false,
  };
}
