/**
 * The Certificate resource's user-facing errors: a failed delete (certificate still in use) and the
 * retirement of the certificate feature. Both are {@link BatchError}s (the library's one error type)
 * whose message says what to do next. None ever contains certificate data or passwords.
 */
import { BatchError, isBatchError } from "../client/errors";
import type { BatchCertificateDeleteError } from "../client/models";

/** Where Microsoft documents the move from Batch certificates to the Key Vault VM extension. */
export const MIGRATION_GUIDE_URL =
  "https://learn.microsoft.com/azure/batch/batch-certificate-migration-guide";

/** The advice attached to every retirement error. */
export const RETIREMENT_HINT =
  "Batch certificates are retired on this account (the feature is deprecated since February 2024). " +
  "Install certificates on pool nodes with the Azure Key Vault VM extension instead; see " +
  MIGRATION_GUIDE_URL;

// Codes and texts the live service may answer with once the feature is gone for an account.
const RETIRED_CODES =
  /retired|featurenotavailable|featurenotsupported|featuredisabled|notsupported|deprecated/i;
const RETIRED_TEXT = /retire|no longer (supported|available)|deprecated/i;

/** True when a Batch error says the certificate feature is retired or unavailable. */
export function isRetirementError(e: unknown): e is BatchError {
  if (!isBatchError(e) || e.status === 0) return false;
  return RETIRED_CODES.test(e.code) || RETIRED_TEXT.test(e.batchMessage ?? "");
}

/** Rewraps a retirement error with the migration advice; other errors are returned unchanged. */
export function explainRetirement(e: unknown): unknown {
  if (!isRetirementError(e)) return e;
  return new BatchError({
    status: e.status,
    code: e.code,
    batchMessage: e.batchMessage,
    values: e.values,
    requestId: e.requestId,
    clientRequestId: e.clientRequestId,
    operation: e.operation,
    target: e.target,
    hint: RETIREMENT_HINT,
  });
}

/** The pools and nodes a failed delete names, read from `deleteCertificateError.values`. */
export interface CertificateUsers {
  /** Pool ids. */
  pools: string[];
  /** Compute node ids (possibly `pool/node`). */
  nodes: string[];
  /** Other details as `name=value`. */
  other: string[];
}

function splitIds(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Groups the name/value details of a delete error into pools, nodes and the rest. */
export function certificateUsers(err: BatchCertificateDeleteError | undefined): CertificateUsers {
  const users: CertificateUsers = { pools: [], nodes: [], other: [] };
  for (const { name = "", value } of err?.values ?? []) {
    if (/pool/i.test(name)) users.pools.push(...splitIds(value));
    else if (/node/i.test(name)) users.nodes.push(...splitIds(value));
    else users.other.push(`${name}=${value ?? ""}`);
  }
  users.pools = [...new Set(users.pools)];
  users.nodes = [...new Set(users.nodes)];
  return users;
}

function quoted(ids: string[]): string {
  const shown = ids.slice(0, 10).map((id) => `"${id}"`);
  return shown.join(", ") + (ids.length > 10 ? ` and ${ids.length - 10} more` : "");
}

/**
 * The error thrown after a delete ended in `deletefailed` and was cancelled (certificate `active`
 * again): names the pools/nodes using it and what to do.
 *
 * @param thumbprint the certificate's thumbprint.
 * @param err the service's `deleteCertificateError`.
 */
export function certificateInUseError(
  thumbprint: string,
  err: BatchCertificateDeleteError | undefined,
): BatchError {
  const users = certificateUsers(err);
  const parts = [
    users.pools.length ? `pool(s) ${quoted(users.pools)}` : "",
    users.nodes.length ? `compute node(s) ${quoted(users.nodes)}` : "",
    users.other.length ? users.other.join(", ") : "",
  ].filter(Boolean);
  const who = parts.length ? parts.join(" and ") : "pools or compute nodes the service did not name";
  return new BatchError({
    status: 409,
    code: err?.code ?? "CertificateInUse",
    operation: "Certificates_DeleteCertificate",
    target: `certificate "sha1-${thumbprint}"`,
    batchMessage: `the certificate is still used by ${who}`,
    hint:
      "The delete was cancelled and the certificate is active again (it stays in the stack). " +
      "Remove it from those pools' certificateReferences first (nodes that installed it drop it only when " +
      "they are rebooted or reimaged), then run the destroy/update again",
  });
}
