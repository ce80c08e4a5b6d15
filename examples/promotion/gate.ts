/**
 * The decisions of the promotion (examples/promotion/promote.ts), kept apart from the Automation
 * API calls: which accounts the environment names, what a drift preview's engine events say
 * changed, and whether dev's outputs show a healthy deployment.
 */
import type { EngineEvent, OutputMap, StepEventMetadata } from "@pulumi/pulumi/automation";

/** The stacks, in promotion order. */
export const STAGES = ["dev", "prod"] as const;
/** A stack of the promotion. */
export type Stage = (typeof STAGES)[number];

/** One stack's Batch account, from the pipeline's environment. */
export interface StageAccount {
  endpoint: string;
  accountName: string;
  /** Shared Key; absent means Microsoft Entra ID (DefaultAzureCredential) or the stack's config. */
  accessKey?: string;
  /** This stack's own passphrase (<STAGE>_PULUMI_CONFIG_PASSPHRASE), instead of the shared one. */
  passphrase?: string;
  /** Secrets provider for a new stack (<STAGE>_SECRETS_PROVIDER, e.g. `azurekeyvault://…`). */
  secretsProvider?: string;
}

/** Bad input: the message names the variables and how to fix them; exit code 2. */
export class UsageError extends Error {}

/** Why the promotion stopped before prod; exit code 1. */
export class PromotionRefused extends Error {}

/**
 * Reads DEV_BATCH_* / PROD_BATCH_* and checks that the backend and each stack's secrets are set
 * up: a secrets provider of its own, or a passphrase (its own or the shared one).
 *
 * @throws UsageError naming every missing variable
 */
export function readAccounts(env: NodeJS.ProcessEnv): Record<Stage, StageAccount> {
  const missing: string[] = [];
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const need = (name: string): string => {
    const found = value(name);
    if (!found) missing.push(name);
    return found ?? "";
  };
  const shared = Boolean(env.PULUMI_CONFIG_PASSPHRASE || env.PULUMI_CONFIG_PASSPHRASE_FILE);
  const accounts = {} as Record<Stage, StageAccount>;
  for (const stage of STAGES) {
    const prefix = stage.toUpperCase();
    const optional = {
      accessKey: value(`${prefix}_BATCH_ACCESS_KEY`),
      // Not trimmed: a passphrase is used exactly as given.
      passphrase: env[`${prefix}_PULUMI_CONFIG_PASSPHRASE`] || undefined,
      secretsProvider: value(`${prefix}_SECRETS_PROVIDER`),
    };
    accounts[stage] = {
      endpoint: need(`${prefix}_BATCH_ENDPOINT`),
      accountName: need(`${prefix}_BATCH_ACCOUNT`),
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
    if (!shared && !optional.passphrase && !optional.secretsProvider) {
      missing.push(
        `PULUMI_CONFIG_PASSPHRASE (or ${prefix}_PULUMI_CONFIG_PASSPHRASE, or ${prefix}_SECRETS_PROVIDER)`,
      );
    }
  }
  // Without a backend URL the CLI would fall back to Pulumi Cloud or ~/.pulumi: never what a
  // pipeline sharing state with the team means.
  need("PULUMI_BACKEND_URL");
  if (missing.length > 0) {
    throw new UsageError(
      `missing environment: ${missing.join(", ")}. Set them from the pipeline's secret store ` +
        "(see the header of examples/promotion/promote.ts).",
    );
  }
  if (accounts.dev.endpoint.replace(/\/+$/, "") === accounts.prod.endpoint.replace(/\/+$/, "")) {
    throw new UsageError(
      "DEV_BATCH_ENDPOINT and PROD_BATCH_ENDPOINT name the same Batch account: point them at two accounts.",
    );
  }
  return accounts;
}

/** Top-level input properties whose values differ between two snapshots of a resource. */
function changedInputs(step: StepEventMetadata): string[] {
  if (step.diffs?.length) return step.diffs;
  const before = step.old?.inputs ?? {};
  const after = step.new?.inputs ?? {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/**
 * Collects what a `preview --refresh` found from its engine events, for a drift report: what the
 * refresh read back differently from the state (on the refresh step's outputs event, once the read
 * is done), and which steps `pulumi up` would take. Dynamic providers report no `diffs`, so the
 * changed properties come from the inputs before and after, as the CLI's `[diff: ...]` does.
 */
export class StepLog {
  private readonly lines: string[] = [];

  /** The `onEvent` callback of the preview. */
  readonly onEvent = (event: EngineEvent): void => {
    const refreshed = event.resOutputsEvent?.metadata;
    if (refreshed?.op === "refresh" && isResource(refreshed)) {
      if (!refreshed.new) this.lines.push(`${label(refreshed)} was deleted outside Pulumi`);
      else {
        const changed = changedInputs(refreshed);
        if (changed.length > 0) this.lines.push(`${label(refreshed)} changed outside Pulumi [${changed}]`);
      }
    }
    const step = event.resourcePreEvent?.metadata;
    if (step && isResource(step) && step.op !== "same" && step.op !== "refresh") {
      const changed = step.op === "update" ? ` [${changedInputs(step)}]` : "";
      this.lines.push(`pulumi up would ${step.op} ${label(step)}${changed}`);
    }
  };

  /** What the preview found, one line per finding; empty when nothing changed. */
  report(): string[] {
    return [...new Set(this.lines)];
  }
}

/** Our resources only: not the stack or the provider, whose steps say nothing about Batch. */
function isResource(step: StepEventMetadata): boolean {
  return !step.type.startsWith("pulumi:");
}

/** "Pool workers", from the step's type token and URN. */
function label(step: StepEventMetadata): string {
  return `${step.type.split(":").pop()?.split("/").pop()} ${step.urn.split("::").pop()}`;
}

/** dev's `health` output (examples/promotion/index.ts) must say active / steady / active. */
export function healthProblems(outputs: OutputMap): string[] {
  const health = outputs.health?.value as Record<string, unknown> | undefined;
  if (!health) return ["dev has no `health` output: deploy the current examples/promotion/index.ts"];
  const want: Record<string, string> = {
    poolState: "active",
    allocationState: "steady",
    scheduleState: "active",
  };
  return Object.entries(want)
    .filter(([key, value]) => health[key] !== value)
    .map(([key, value]) => `dev ${key} is ${JSON.stringify(health[key])}, expected "${value}"`);
}

/** The last `error:` lines of a CLI run's output, for a one-line reason. */
export function cliErrors(text: string): string {
  const errors = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^error:/i.test(line));
  return errors.length > 0 ? errors.slice(-3).join(" | ") : text.trim().split("\n").slice(-3).join(" | ");
}
