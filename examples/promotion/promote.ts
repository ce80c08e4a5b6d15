/**
 * Promotion as code, on Pulumi's Automation API: deploy dev, gate on drift, check dev's health,
 * then deploy the same program to prod with prod's config. Run from the repository root after
 * `npm run setup`:
 *
 *     npm run promote
 *
 * (that is `ts-node --project examples/promotion/tsconfig.json examples/promotion/promote.ts`;
 * `npm run` puts node_modules/.bin first on PATH, so the Automation API drives our pinned `pulumi`
 * CLI and language host). Environment, from the pipeline's secret store:
 *
 *     DEV_BATCH_ENDPOINT   DEV_BATCH_ACCOUNT   DEV_BATCH_ACCESS_KEY     the dev Batch account
 *     PROD_BATCH_ENDPOINT  PROD_BATCH_ACCOUNT  PROD_BATCH_ACCESS_KEY    the prod Batch account
 *     PULUMI_BACKEND_URL        the shared state, e.g. azblob://pulumi-state (with
 *                               AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY for the state account)
 *     PULUMI_CONFIG_PASSPHRASE  the stacks' secrets passphrase (or PULUMI_CONFIG_PASSPHRASE_FILE)
 *     DEV_PULUMI_CONFIG_PASSPHRASE, PROD_PULUMI_CONFIG_PASSPHRASE
 *                               optional: a passphrase per stack, instead of the shared one
 *     DEV_SECRETS_PROVIDER, PROD_SECRETS_PROVIDER
 *                               optional: the secrets provider a new stack is created with, e.g.
 *                               azurekeyvault://<vault>.vault.azure.net/keys/<key> (no passphrase)
 *     PROMOTE_WORK_DIR          optional: the project directory (default: this directory)
 *
 * A *_BATCH_ACCESS_KEY may be left out: the stack then authenticates with Microsoft Entra ID
 * (DefaultAzureCredential: AZURE_CLIENT_ID, AZURE_TENANT_ID, ... or a managed identity).
 *
 * Each stack's endpoint and account name go into its stack config (plain text: they say which
 * account a stack manages, for everyone who runs `pulumi` on it later); the key only reaches the
 * CLI and the providers as AZURE_BATCH_ACCESS_KEY in their environment: never on a command line,
 * in Pulumi.<stack>.yaml, in the state or in the output.
 *
 * Exit codes: 0 promoted; 1 refused (dev failed, drifted, is unhealthy, or a stack is locked by
 * another pipeline): the reason is the last line; 2 the environment is incomplete.
 */
import * as path from "path";
import { ConcurrentUpdateError, LocalWorkspace, type OutputMap, type Stack } from "@pulumi/pulumi/automation";
import {
  cliErrors,
  healthProblems,
  PromotionRefused,
  readAccounts,
  STAGES,
  StepLog,
  UsageError,
  type Stage,
  type StageAccount,
} from "./gate";

const log = (message: string): void => console.log(`promote: ${message}`);
const stream = { onOutput: (text: string) => process.stdout.write(text) };

/** Creates or selects a stack whose CLI runs carry its own Batch account in the environment. */
async function openStack(stage: Stage, account: StageAccount, workDir: string): Promise<Stack> {
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: stage, workDir },
    {
      // Every variable set, so one stack never picks up the other's (or the caller's) account.
      envVars: {
        AZURE_BATCH_ENDPOINT: account.endpoint,
        AZURE_BATCH_ACCOUNT: account.accountName,
        AZURE_BATCH_ACCESS_KEY: account.accessKey ?? "",
        // A stack's own passphrase wins over the shared one (the CLI reads the variable before the file).
        ...(account.passphrase ? { PULUMI_CONFIG_PASSPHRASE: account.passphrase } : {}),
      },
      ...(account.secretsProvider ? { secretsProvider: account.secretsProvider } : {}),
    },
  );
  const config = await stack.getAllConfig();
  if (account.accessKey && config["azure-batch:accountKey"]) {
    // Stack config wins over the environment (provider/core/config.ts): the key from the secret
    // store would be silently ignored.
    throw new PromotionRefused(
      `stack ${stage} has azure-batch:accountKey in Pulumi.${stage}.yaml, which would win over ` +
        `${stage.toUpperCase()}_BATCH_ACCESS_KEY: remove it (pulumi config rm azure-batch:accountKey ` +
        `--stack ${stage}) or leave ${stage.toUpperCase()}_BATCH_ACCESS_KEY unset`,
    );
  }
  await stack.setAllConfig({
    "azure-batch:endpoint": { value: account.endpoint },
    "azure-batch:accountName": { value: account.accountName },
  });
  return stack;
}

/** `pulumi up`; a failure becomes the reason to stop. */
async function deploy(stage: Stage, stack: Stack): Promise<OutputMap> {
  log(`deploying ${stage}`);
  try {
    return (await stack.up(stream)).outputs;
  } catch (err) {
    if (err instanceof ConcurrentUpdateError) {
      throw new PromotionRefused(
        `stack ${stage} is locked by another update (another pipeline or person is deploying it): ` +
          `wait for it, or clear a killed run's lock with \`pulumi cancel --yes --stack ${stage}\``,
      );
    }
    throw new PromotionRefused(`deploying ${stage} failed: ${cliErrors(String(err))}`);
  }
}

/** The drift gate: `preview --refresh --expect-no-changes` on dev, with what differs as the reason. */
async function gate(stack: Stack): Promise<void> {
  log("drift gate on dev (preview --refresh --expect-no-changes)");
  const steps = new StepLog();
  try {
    await stack.preview({ ...stream, refresh: true, expectNoChanges: true, onEvent: steps.onEvent });
  } catch (err) {
    const found = steps.report();
    throw new PromotionRefused(
      found.length > 0
        ? `dev drifted: ${found.join("; ")}`
        : `the drift gate could not run on dev: ${cliErrors(String(err))}`,
    );
  }
}

/** Runs the whole promotion; resolves with the summaries of both stacks. */
export async function promote(env: NodeJS.ProcessEnv = process.env): Promise<Record<Stage, unknown>> {
  const accounts = readAccounts(env);
  const workDir = path.resolve(env.PROMOTE_WORK_DIR || __dirname);
  const stacks = {} as Record<Stage, Stack>;
  for (const stage of STAGES) stacks[stage] = await openStack(stage, accounts[stage], workDir);

  await deploy("dev", stacks.dev);
  await gate(stacks.dev);
  const problems = healthProblems(await stacks.dev.outputs());
  if (problems.length > 0) throw new PromotionRefused(`dev is not healthy: ${problems.join("; ")}`);
  log("dev is deployed, has no drift and is healthy: promoting to prod");
  const prodOutputs = await deploy("prod", stacks.prod);
  const summary = {
    dev: (await stacks.dev.outputs()).summary?.value,
    prod: prodOutputs.summary?.value,
  };
  for (const stage of STAGES) log(`${stage}: ${JSON.stringify(summary[stage])}`);
  return summary;
}

if (require.main === module) {
  promote().then(
    () => log("promoted dev to prod"),
    (err: unknown) => {
      const refused = err instanceof PromotionRefused || err instanceof UsageError;
      console.error(`promote: refused: ${refused ? (err as Error).message : String(err)}`);
      process.exitCode = err instanceof UsageError ? 2 : 1;
    },
  );
}
