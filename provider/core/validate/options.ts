/**
 * Checks of the provider options every resource shares (the explicit `batchAccount` connection,
 * flags, timeouts, unknown top-level names), so a typo or a wrong type fails at preview instead of
 * at `up` or being silently ignored. Secret values (the account key) are never quoted.
 */
import { isLoopback } from "../config";
import { isUnknownValue, reason, shown, type Fail } from "./reason";

const BATCH_ACCOUNT_KEYS = ["endpoint", "accountName", "accountKey"];

/** Why an endpoint cannot be used, or undefined when it is an https URL (or http on loopback). */
export function endpointProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "is not a URL";
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && isLoopback(url.hostname)) return undefined;
  return `uses ${url.protocol.replace(/:$/, "")}; only https is allowed (http only on 127.0.0.1/localhost, for the emulator)`;
}

/** Checks a resource's explicit `batchAccount` input (a secret: the key is never shown). */
export function checkBatchAccount(value: unknown, fail: Fail): void {
  if (value === undefined || value === null || isUnknownValue(value)) return;
  if (typeof value !== "object" || Array.isArray(value)) {
    fail(
      "batchAccount",
      reason(
        "batchAccount",
        "is not an object",
        'write { endpoint: "https://<account>.<region>.batch.azure.com", accountName, accountKey }',
      ),
    );
    return;
  }
  const account = value as Record<string, unknown>;
  for (const key of Object.keys(account)) {
    if (!BATCH_ACCOUNT_KEYS.includes(key)) {
      const p = `batchAccount.${key}`;
      fail(
        p,
        reason(p, "is not a known setting", `remove it; batchAccount takes ${BATCH_ACCOUNT_KEYS.join(", ")}`),
      );
    }
  }
  const { endpoint, accountName, accountKey } = account;
  if (endpoint !== undefined && endpoint !== null && !isUnknownValue(endpoint)) {
    const problem = typeof endpoint === "string" ? endpointProblem(endpoint.trim()) : "is not a string";
    if (problem) {
      fail(
        "batchAccount.endpoint",
        reason(
          "batchAccount.endpoint",
          `${typeof endpoint === "string" ? `${shown(endpoint)} ` : ""}${problem}`,
          "use the account URL https://<account>.<region>.batch.azure.com",
        ),
      );
    }
  }
  for (const [key, v] of [
    ["accountName", accountName],
    ["accountKey", accountKey],
  ] as const) {
    if (v === undefined || v === null || isUnknownValue(v)) continue;
    if (typeof v !== "string" || v.trim() === "") {
      const p = `batchAccount.${key}`;
      fail(
        p,
        reason(
          p,
          "is not a non-empty string",
          key === "accountKey"
            ? "use the account's primary or secondary access key (a secret), or omit it for Microsoft Entra ID"
            : "use the Batch account's name, or omit it to take the endpoint's first label",
        ),
      );
    }
  }
  if (account.endpoint === undefined && (accountName !== undefined || accountKey !== undefined)) {
    fail(
      "batchAccount.endpoint",
      reason(
        "batchAccount.endpoint",
        "is missing while batchAccount sets a name or key",
        "add endpoint: https://<account>.<region>.batch.azure.com, or remove batchAccount to use stack config",
      ),
    );
  }
}

/** Checks that a flag, when given, is a boolean. */
export function checkBoolean(name: string, value: unknown, fail: Fail): void {
  if (value === undefined || value === null || isUnknownValue(value) || typeof value === "boolean") return;
  fail(name, reason(name, `is ${shown(value)}, not a boolean`, "write true or false (without quotes)"));
}

/** Checks that a timeout in seconds, when given, is a positive number. */
export function checkPositiveSeconds(name: string, value: unknown, fail: Fail): void {
  if (value === undefined || value === null || isUnknownValue(value)) return;
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return;
  fail(name, reason(name, `is ${shown(value)}`, "use a positive number of seconds, e.g. 1800"));
}

/** Reports every top-level name that is neither a REST property nor a provider option. */
export function checkKnownKeys(
  inputs: Record<string, unknown>,
  allowed: readonly string[],
  what: string,
  fail: Fail,
): void {
  for (const key of Object.keys(inputs)) {
    // `__provider` is the serialized dynamic provider the Node SDK adds to every resource's inputs.
    if (allowed.includes(key) || key === "__provider" || inputs[key] === undefined) continue;
    fail(
      key,
      reason(
        key,
        `is not a ${what} property of api-version 2024-07-01.20.0`,
        "remove it or check its spelling",
      ),
    );
  }
}
