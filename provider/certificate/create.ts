/**
 * Adding a certificate, coping with the states a certificate of the same thumbprint may be in.
 *
 * - `deleting` (e.g. the old copy of a delete-then-create replacement): wait until it is gone, then add.
 * - 409 `CertificateExists` and `active`: adopt it only if it is the same certificate (thumbprint,
 *   public data, and format when the service reports it); otherwise fail clearly.
 * - `deletefailed`: the certificate is still in use and its delete failed; since the program wants
 *   it to exist, cancel the delete (this library never leaves one in that state) and adopt as above.
 */
import type { BatchClient } from "../client/batchClient";
import { BatchError, isConflict } from "../client/errors";
import type { BatchCertificate } from "../client/models";
import { waitFor } from "../client/wait";
import { explainRetirement } from "./errors";
import { restoreAfterFailedDelete } from "./delete";
import { certificateIdentity, THUMBPRINT_ALGORITHM, type CertificateFormat } from "./thumbprint";
import { describeCertificate, waitSettings, type CertificateWaitSettings } from "./wait";

/** What is sent to Batch (the checked inputs). */
export interface CertificateToAdd {
  /** Upper-case SHA-1 thumbprint (from `check`). */
  thumbprint: string;
  /** base64 of the file. Secret. */
  data: string;
  /** Format of `data`. */
  certificateFormat: CertificateFormat;
  /** `.pfx` password. Secret. */
  password?: string;
}

/** The outcome of {@link createCertificate}. */
export interface CreatedCertificate {
  /** The certificate as Batch reports it after the add. */
  live: BatchCertificate;
  /** True when an existing, identical certificate was adopted instead of added. */
  adopted: boolean;
}

// Rounds of "add → conflict → wait" before giving up (someone else keeps re-adding/deleting it).
const MAX_ROUNDS = 4;

/**
 * Adds the certificate (or adopts an identical existing one) and returns it as Batch reports it.
 *
 * @throws BatchError for a different existing certificate, retirement errors with migration advice,
 *   and any other service error (never containing `data` or `password`).
 */
export async function createCertificate(
  client: BatchClient,
  cert: CertificateToAdd,
  settings?: CertificateWaitSettings,
): Promise<CreatedCertificate> {
  const s = waitSettings(settings);
  const body: BatchCertificate = {
    thumbprint: cert.thumbprint,
    thumbprintAlgorithm: THUMBPRINT_ALGORITHM,
    data: cert.data,
    certificateFormat: cert.certificateFormat,
    // Batch requires a password for pfx; "" is the password of a .pfx exported without one.
    ...(cert.certificateFormat === "pfx" ? { password: cert.password ?? "" } : {}),
  };
  const get = async () => (await client.certificates.tryGet(cert.thumbprint))?.body;
  // Look first: an identical active certificate (an import, a rerun) is adopted without a write.
  const present = await get().catch((e: unknown) => {
    throw explainRetirement(e);
  });
  if (present?.state === "active") return { live: adoptIfSame(present, cert), adopted: true };
  for (let round = 1; ; round++) {
    let existing: BatchCertificate | undefined;
    try {
      const res = await client.certificates.add(body);
      if (!res.adopted) return { live: await mustGet(client, cert.thumbprint), adopted: false };
      existing = await get();
    } catch (e) {
      if (
        (!isConflict(e, "CertificateExists") && !isConflict(e, "CertificateBeingDeleted")) ||
        round >= MAX_ROUNDS
      ) {
        throw explainRetirement(e);
      }
      existing = await get();
    }
    if (existing?.state === "deleting") {
      s.onProgress?.(
        `certificate sha1-${cert.thumbprint} is being deleted; waiting for it to go before adding it`,
      );
      existing = await waitFor<BatchCertificate>(get, (c) => c === undefined || c.state !== "deleting", {
        ...s,
        description: `the previous certificate sha1-${cert.thumbprint} to finish deleting`,
        describe: describeCertificate,
      });
    }
    if (existing?.state === "deletefailed") {
      existing = await restoreAfterFailedDelete(client, cert.thumbprint, settings);
    }
    if (existing === undefined) continue; // gone: add it again
    return { live: adoptIfSame(existing, cert), adopted: true };
  }
}

async function mustGet(client: BatchClient, thumbprint: string): Promise<BatchCertificate> {
  return (await client.certificates.get(thumbprint)).body;
}

function compact(b64: string | undefined): string {
  return (b64 ?? "").replace(/\s/g, "");
}

/**
 * Returns the existing certificate when it is the one being added (active, same public data, same
 * format when the service reports it); throws a clear 409 `CertificateExists` otherwise.
 */
export function adoptIfSame(existing: BatchCertificate, cert: CertificateToAdd): BatchCertificate {
  const mismatches: string[] = [];
  if (existing.state !== "active") mismatches.push(`its state is ${existing.state ?? "unknown"}, not active`);
  if (existing.certificateFormat !== undefined && existing.certificateFormat !== cert.certificateFormat) {
    mismatches.push(`it was added as ${existing.certificateFormat}, not ${cert.certificateFormat}`);
  }
  const expected = certificateIdentity(cert.data, cert.certificateFormat, cert.password);
  if (
    expected.ok &&
    existing.publicData !== undefined &&
    compact(existing.publicData) !== expected.identity.publicData
  ) {
    mismatches.push("its public data differs");
  }
  if (mismatches.length === 0) return existing;
  throw new BatchError({
    status: 409,
    code: "CertificateExists",
    operation: "Certificates_CreateCertificate",
    target: `certificate "sha1-${cert.thumbprint}"`,
    batchMessage: `a certificate with this thumbprint already exists and cannot be adopted: ${mismatches.join("; ")}`,
    hint:
      "Delete the existing certificate once no pool uses it, or import it with `pulumi import` " +
      "if it is the one you mean to manage",
  });
}
