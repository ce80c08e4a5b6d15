/**
 * The `Certificate` resource: a certificate in a Batch account, referenced by pools through
 * `certificateReferences: [{ thumbprint: cert.thumbprint, thumbprintAlgorithm: "sha1" }]`.
 *
 * Batch deprecated certificates (February 2024) in favour of the Azure Key Vault VM extension; this
 * resource exists to manage accounts that still use them and to migrate away cleanly.
 */
import * as pulumi from "@pulumi/pulumi";
import type { BatchAccountInput } from "../../provider/core/config";
import { certificateFromFile, type CertificateFileContents } from "../../provider/certificate/file";
import type { CertificateFormat } from "../../provider/certificate/thumbprint";
import { serializableProvider } from "../../provider/core/moduleProvider";
import { suspendStackTraces } from "../stackTraces";

export { certificateFromFile, type CertificateFileContents, type CertificateFormat };

/** Where Microsoft documents the migration to the Key Vault VM extension. */
const MIGRATION_GUIDE = "https://learn.microsoft.com/azure/batch/batch-certificate-migration-guide";

/** The arguments of a {@link Certificate}. Spread {@link certificateFromFile} into them. */
export interface CertificateArgs {
  /**
   * base64 of the `.cer` (DER) or `.pfx` file, at most 10 KB. Secret: stored encrypted, never
   * shown in diffs or errors. Use {@link certificateFromFile} to load a file (PEM is converted).
   */
  data: pulumi.Input<string>;
  /** `pfx` (PKCS#12 with private key) or `cer` (public certificate). */
  certificateFormat: pulumi.Input<CertificateFormat>;
  /** The `.pfx` password; must be omitted for `cer`. Secret. */
  password?: pulumi.Input<string>;
  /**
   * The expected SHA-1 thumbprint (hex; case, spaces and colons ignored). Optional: it is computed
   * from `data`; when given, a mismatch fails before any call.
   */
  thumbprint?: pulumi.Input<string>;
  /** An explicit account connection; defaults to stack config, then the environment. Secret. */
  batchAccount?: pulumi.Input<BatchAccountInput>;
}

// One deprecation warning per program run, however many certificates it declares.
let warned = false;

/**
 * A Batch certificate (`/certificates`). Immutable: any change of its inputs replaces it, and the
 * new certificate is created before the old one is deleted, so pools referencing
 * `cert.thumbprint` are re-pointed in between. Deleting a certificate still used by pools fails with
 * an error naming them, and leaves the certificate `active`.
 *
 * @example
 * ```ts
 * const cert = new batch.Certificate("signing", batch.certificateFromFile("signing.pfx", pfxPassword));
 * ```
 */
export class Certificate extends pulumi.dynamic.Resource {
  /** SHA-1 thumbprint, 40 upper-case hex digits. */
  declare readonly thumbprint: pulumi.Output<string>;
  /** Always `sha1`. */
  declare readonly thumbprintAlgorithm: pulumi.Output<string>;
  /** The certificate's URL in the Batch account. */
  declare readonly url: pulumi.Output<string>;
  /** `active`, `deleting` or `deletefailed`. */
  declare readonly state: pulumi.Output<string>;
  /** When the certificate entered its current state. */
  declare readonly stateTransitionTime: pulumi.Output<string>;
  /** The previous state, if any. */
  declare readonly previousState: pulumi.Output<string | undefined>;
  /** The public certificate as base64 DER. */
  declare readonly publicData: pulumi.Output<string>;
  /** The error of the last failed delete (only while `deletefailed`). */
  declare readonly deleteCertificateError: pulumi.Output<
    { code?: string; message?: string; values?: { name?: string; value?: string }[] } | undefined
  >;
  /** The certificate data given (secret). */
  declare readonly data: pulumi.Output<string>;
  /** The format given. */
  declare readonly certificateFormat: pulumi.Output<CertificateFormat>;

  /**
   * @param name the Pulumi resource name.
   * @param args the certificate data and format (see {@link certificateFromFile}).
   * @param opts resource options; `additionalSecretOutputs` for the secrets is added.
   */
  constructor(name: string, args: CertificateArgs, opts?: pulumi.CustomResourceOptions) {
    if (!warned) {
      warned = true;
      void pulumi.log.warn(
        "Azure Batch certificates are deprecated (retired for new use since February 2024); " +
          `plan a move to the Azure Key Vault VM extension: ${MIGRATION_GUIDE}`,
      );
    }
    const secret = <T>(v: pulumi.Input<T> | undefined) => (v === undefined ? undefined : pulumi.secret(v));
    const props: pulumi.Inputs = {
      data: secret(args.data),
      certificateFormat: args.certificateFormat,
      password: secret(args.password),
      thumbprint: args.thumbprint,
      batchAccount: secret(args.batchAccount),
      // Outputs are only registered for keys present here.
      thumbprintAlgorithm: undefined,
      url: undefined,
      state: undefined,
      stateTransitionTime: undefined,
      previousState: undefined,
      previousStateTransitionTime: undefined,
      publicData: undefined,
      deleteCertificateError: undefined,
    };
    // Unknown names (a typo in a JavaScript program) reach check, which rejects them by name; as
    // secrets, since a misspelt `password` still holds the password.
    for (const [k, v] of Object.entries(args)) if (!(k in props)) props[k] = secret(v);
    const secrets = ["data", "password", "batchAccount"];
    const merged = pulumi.mergeOptions(opts, {
      additionalSecretOutputs: [...new Set([...(opts?.additionalSecretOutputs ?? []), ...secrets])],
    });
    // No stack traces while Pulumi registers the outputs (see ../stackTraces.ts).
    const restore = suspendStackTraces();
    try {
      super(
        serializableProvider(
          "pulumi-azure-batch/provider/certificate",
          require.resolve("../../provider/certificate/dynamic"),
        ),
        name,
        props,
        merged,
        "batch",
        "Certificate",
      );
    } finally {
      restore();
    }
  }
}
