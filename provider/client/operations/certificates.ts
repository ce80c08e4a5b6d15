import { isNotFound } from "../errors";
import type { BatchCertificate } from "../models";
import type { BatchResponse, CallOptions, CreateResponse, ListOptions } from "../options";
import { paginate } from "../paging";
import { seg, type OperationRunner } from "./common";
import { createWithAdoption } from "./create";

/** Options of certificate reads. */
export interface CertificateGetOptions extends CallOptions {
  /** Thumbprint algorithm (default `sha1`, the only one Batch supports). */
  thumbprintAlgorithm?: string;
  /** OData `$select`. */
  select?: string[] | string;
}

/** Options of certificate delete/cancel-delete. */
export interface CertificateActionOptions extends CallOptions {
  /** Thumbprint algorithm (default `sha1`). */
  thumbprintAlgorithm?: string;
}

const target = (tp: string) => `certificate "${tp}"`;
const certPath = (tp: string, alg = "sha1") =>
  `/certificates(thumbprintAlgorithm=${seg(alg)},thumbprint=${seg(tp)})`;

/**
 * Certificate operations (`/certificates`; deprecated by Batch but still served). The `data` and
 * `password` of an added certificate are write-only: never logged, never in errors.
 */
export class CertificateOperations {
  /** @internal */
  constructor(private readonly r: OperationRunner) {}

  /** Certificates_CreateCertificate. Safe to retry: see {@link CreateResponse.adopted}. */
  add(body: BatchCertificate, options?: CallOptions): Promise<CreateResponse> {
    return createWithAdoption(
      this.r,
      {
        operation: "Certificates_CreateCertificate",
        target: target(body.thumbprint),
        method: "POST",
        path: "/certificates",
        body,
        retryMode: "create",
        timeoutSeconds: options?.timeoutSeconds,
        signal: options?.signal,
      },
      "CertificateExists",
      async () =>
        (
          await this.get(body.thumbprint, {
            thumbprintAlgorithm: body.thumbprintAlgorithm,
            signal: options?.signal,
          })
        ).body,
    );
  }

  /** Certificates_GetCertificate. */
  get(thumbprint: string, options?: CertificateGetOptions): Promise<BatchResponse<BatchCertificate>> {
    return this.r.call<BatchCertificate>(
      {
        operation: "Certificates_GetCertificate",
        target: target(thumbprint),
        method: "GET",
        path: certPath(thumbprint, options?.thumbprintAlgorithm),
        query: { $select: Array.isArray(options?.select) ? options.select.join(",") : options?.select },
        retryMode: "idempotent",
        timeoutSeconds: options?.timeoutSeconds,
        signal: options?.signal,
      },
      [200],
    );
  }

  /** Like {@link get} but resolves `undefined` for 404. */
  async tryGet(
    thumbprint: string,
    options?: CertificateGetOptions,
  ): Promise<BatchResponse<BatchCertificate> | undefined> {
    try {
      return await this.get(thumbprint, options);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** Certificates_DeleteCertificate (202: the certificate goes to `deleting`). */
  delete(thumbprint: string, options?: CertificateActionOptions): Promise<BatchResponse<undefined>> {
    return this.action("Certificates_DeleteCertificate", "DELETE", thumbprint, "", options, "idempotent");
  }

  /** Certificates_CancelCertificateDeletion (from `deletefailed` back to `active`). */
  cancelDelete(thumbprint: string, options?: CertificateActionOptions): Promise<BatchResponse<undefined>> {
    return this.action(
      "Certificates_CancelCertificateDeletion",
      "POST",
      thumbprint,
      "/canceldelete",
      options,
      "action",
    );
  }

  /** Certificates_ListCertificates. */
  list(options?: Omit<ListOptions, "expand">): AsyncIterable<BatchCertificate> {
    return paginate<BatchCertificate>(this.r, {
      operation: "Certificates_ListCertificates",
      method: "GET",
      path: "/certificates",
      query: {
        $filter: options?.filter,
        $select: Array.isArray(options?.select) ? options.select.join(",") : options?.select,
        maxresults: options?.maxResults,
      },
      retryMode: "idempotent",
      timeoutSeconds: options?.timeoutSeconds,
      signal: options?.signal,
    });
  }

  private action(
    operation: string,
    method: "POST" | "DELETE",
    thumbprint: string,
    suffix: string,
    options: CertificateActionOptions | undefined,
    retryMode: "idempotent" | "action",
  ): Promise<BatchResponse<undefined>> {
    return this.r.call<undefined>(
      {
        operation,
        target: target(thumbprint),
        method,
        path: certPath(thumbprint, options?.thumbprintAlgorithm) + suffix,
        retryMode,
        timeoutSeconds: options?.timeoutSeconds,
        signal: options?.signal,
      },
      [200, 202, 204],
    );
  }
}
