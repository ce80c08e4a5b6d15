/**
 * `diff` for the Certificate resource.
 *
 * A Batch certificate is immutable (every property is create-only), so any input change is a
 * replacement. The new certificate normally has a different thumbprint, so it is created BEFORE the
 * old one is deleted: a pool whose `certificateReferences` use `cert.thumbprint` is re-pointed in
 * between and never references a missing certificate. Only when the thumbprint stays the same (the
 * same certificate re-exported: other password or format) must the old one go first, because both
 * would be the same Batch object and deleting "the old one" would delete the new one.
 *
 * Pure; compares secrets without ever printing them.
 */
import { isUnknown } from "./check";

/** The inputs whose change replaces the certificate. */
export const REPLACING_PROPERTIES = ["data", "certificateFormat", "password", "thumbprint"] as const;

/** The dynamic provider's diff result (a structural copy of `pulumi.dynamic.DiffResult`). */
export interface CertificateDiff {
  /** Whether anything changed. */
  changes: boolean;
  /** Changed properties that force a replacement. */
  replaces: string[];
  /** Whether the old certificate must be deleted before the new one is created. */
  deleteBeforeReplace: boolean;
}

function endpointOf(v: unknown): unknown {
  return v && typeof v === "object" ? (v as { endpoint?: unknown }).endpoint : undefined;
}

function same(a: unknown, b: unknown): boolean {
  // undefined and "" are the same password (no password).
  return (a ?? "") === (b ?? "");
}

function sameObject(a: unknown, b: unknown): boolean {
  const x = (a ?? {}) as Record<string, unknown>;
  const y = (b ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((k) => same(x[k], y[k]));
}

/**
 * Compares the old state (outputs, which carry the inputs) with the new checked inputs.
 *
 * @param olds the previous outputs of the resource.
 * @param news the new inputs after `check` (may hold unknowns during preview).
 */
export function diffCertificate(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): CertificateDiff {
  const replaces: string[] = REPLACING_PROPERTIES.filter(
    (p) => isUnknown(news[p]) || !same(olds[p], news[p]),
  );
  // Another account (endpoint) is another certificate.
  const oldEndpoint = endpointOf(olds.batchAccount);
  const newEndpoint = endpointOf(news.batchAccount);
  if (isUnknown(news.batchAccount) || !same(oldEndpoint, newEndpoint)) {
    replaces.push("batchAccount");
  }
  const thumbprintKnown = typeof news.thumbprint === "string" && !isUnknown(news.thumbprint);
  const deleteBeforeReplace =
    replaces.length > 0 &&
    thumbprintKnown &&
    !replaces.includes("batchAccount") &&
    olds.thumbprint === news.thumbprint;
  // Other connection details (a rotated account key) are an in-place update of the state only.
  const accountChanged = !sameObject(olds.batchAccount, news.batchAccount);
  return { changes: replaces.length > 0 || accountChanged, replaces, deleteBeforeReplace };
}
