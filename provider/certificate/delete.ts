/**
 * Deleting a certificate the way Batch requires, without ever leaving it half-deleted.
 *
 * Batch answers DELETE with 202 and moves the certificate to `deleting`; it then disappears, or, when
 * pools or nodes still use it, lands in `deletefailed` — where it can no longer be added to pools
 * and stays until someone cancels or retries. This library never leaves it there: it cancels the
 * delete, waits until the certificate is `active` again and fails with an error naming the users.
 */
import type { BatchClient } from "../client/batchClient";
import { isConflict, isNotFound } from "../client/errors";
import type { BatchCertificate } from "../client/models";
import { waitFor } from "../client/wait";
import { certificateInUseError, explainRetirement } from "./errors";
import { describeCertificate, waitSettings, type CertificateWaitSettings } from "./wait";

/**
 * Deletes a certificate and waits until it is gone.
 *
 * @param client the Batch client of the account.
 * @param thumbprint the certificate's SHA-1 thumbprint.
 * @param settings polling settings.
 * @throws BatchError `CertificateInUse` (or the service's code) after a `deletefailed`, once the
 *   delete is cancelled and the certificate is `active` again; retirement errors with migration advice.
 */
export async function deleteCertificate(
  client: BatchClient,
  thumbprint: string,
  settings?: CertificateWaitSettings,
): Promise<void> {
  const s = waitSettings(settings);
  try {
    await client.certificates.delete(thumbprint);
  } catch (e) {
    if (isNotFound(e)) return;
    // Already being deleted (an earlier, interrupted run): follow that delete to its end.
    if (!isConflict(e, "CertificateBeingDeleted")) throw explainRetirement(e);
  }
  const get = async () => (await client.certificates.tryGet(thumbprint))?.body;
  const settled = await waitFor<BatchCertificate>(get, (c) => c === undefined || c.state === "deletefailed", {
    ...s,
    description: `certificate sha1-${thumbprint} to be deleted`,
    describe: describeCertificate,
  });
  if (settled === undefined) return;
  await restoreAfterFailedDelete(client, thumbprint, settings);
  throw certificateInUseError(thumbprint, settled.deleteCertificateError);
}

/**
 * Cancels a failed delete and waits until the certificate is `active` again (or gone, if the
 * service removed it meanwhile).
 */
export async function restoreAfterFailedDelete(
  client: BatchClient,
  thumbprint: string,
  settings?: CertificateWaitSettings,
): Promise<BatchCertificate | undefined> {
  const s = waitSettings(settings);
  try {
    await client.certificates.cancelDelete(thumbprint);
  } catch (e) {
    // Someone else cancelled already (CertificateStateActive) or it is gone: both fine here.
    if (!isNotFound(e) && !isConflict(e, "CertificateStateActive")) throw explainRetirement(e);
  }
  const get = async () => (await client.certificates.tryGet(thumbprint))?.body;
  return waitFor<BatchCertificate>(get, (c) => c === undefined || c.state === "active", {
    ...s,
    description: `certificate sha1-${thumbprint} to be active again after its failed delete`,
    describe: describeCertificate,
  });
}
