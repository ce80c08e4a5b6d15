/**
 * `check` for the Certificate resource: validates the inputs and computes the thumbprint locally,
 * so every input mistake fails before any REST call with a message naming the property and the fix.
 *
 * Pure (no I/O). Messages never contain the certificate data or the password.
 */
import { certificateIdentity, CertificateFormat, normalizeThumbprint } from "./thumbprint";
import { checkBatchAccount, checkKnownKeys } from "../core/validate/options";
import { reason } from "../core/validate/reason";

/**
 * The top-level inputs of a Certificate. `thumbprintAlgorithm` is accepted for bodies written the
 * REST way; the only value the service knows is sha1.
 */
export const CERTIFICATE_INPUT_KEYS = [
  "data",
  "certificateFormat",
  "password",
  "thumbprint",
  "thumbprintAlgorithm",
  "batchAccount",
] as const;

/**
 * Batch's limit on `data` ("The maximum size is 10KB"), applied to the decoded certificate file (as
 * the emulator does), so a file just under 10 KB is not refused for its base64 overhead.
 */
export const MAX_CERTIFICATE_BYTES = 10 * 1024;

/** Bytes that a base64 text decodes to (whitespace ignored), without decoding it. */
export function base64DecodedLength(text: string): number {
  const compact = text.replace(/\s/g, "");
  const padding = compact.endsWith("==") ? 2 : compact.endsWith("=") ? 1 : 0;
  return Math.floor((compact.length * 3) / 4) - padding;
}

/**
 * The value the engine sends for inputs not known yet (during preview): the protocol's
 * `UnknownStringValue`, equal to `pulumi.runtime.unknownValue` (a unit test asserts it). Written out
 * so this pure module does not load the Pulumi SDK.
 */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The checked inputs of a Certificate (what `create` receives). */
export interface CertificateInputs {
  /** base64 of the `.cer` (DER) or `.pfx` file. Secret. */
  data: string;
  /** How to read `data`. */
  certificateFormat: CertificateFormat;
  /** The `.pfx` password; absent for `cer`. Secret. */
  password?: string;
  /** SHA-1 thumbprint, upper-case hex; computed here when not given. */
  thumbprint: string;
  /** Optional explicit connection (see `provider/core/config.ts`). Secret. */
  batchAccount?: Record<string, unknown>;
}

/** A check failure as the dynamic provider reports it. */
export interface CheckFailure {
  /** The input property at fault. */
  property: string;
  /** What is wrong and how to fix it. */
  reason: string;
}

/** True when the engine has not resolved a value yet (preview); also looks one level inside objects. */
export function isUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (value && typeof value === "object") return Object.values(value).some((v) => v === UNKNOWN);
  return false;
}

/**
 * Validates Certificate inputs.
 *
 * @param news the new inputs from the engine (secrets arrive unwrapped; unknowns as {@link UNKNOWN}).
 * @returns the normalised inputs (thumbprint filled in, upper-case) and any failures.
 */
export function checkCertificate(news: Record<string, unknown>): {
  inputs: Record<string, unknown>;
  failures: CheckFailure[];
} {
  const failures: CheckFailure[] = [];
  const inputs: Record<string, unknown> = { ...news };
  const { data, certificateFormat: format, password, thumbprint } = news;
  const fail = (property: string, text: string): void => {
    failures.push({ property, reason: text });
  };
  checkKnownKeys(news, CERTIFICATE_INPUT_KEYS, "certificate", fail);
  checkBatchAccount(news.batchAccount, fail);
  const algorithm = news.thumbprintAlgorithm;
  if (algorithm !== undefined && algorithm !== null && !isUnknown(algorithm)) {
    if (typeof algorithm !== "string" || algorithm.toLowerCase() !== "sha1") {
      fail(
        "thumbprintAlgorithm",
        reason(
          "thumbprintAlgorithm",
          "is not sha1",
          'write "sha1" (the only algorithm Batch supports) or omit it',
        ),
      );
    } else inputs.thumbprintAlgorithm = "sha1";
  }

  if (format !== undefined && !isUnknown(format) && format !== "pfx" && format !== "cer") {
    failures.push({
      property: "certificateFormat",
      reason: `certificateFormat is ${JSON.stringify(String(format).slice(0, 40))}; write "pfx" or "cer" ("pfx" for a PKCS#12 file with its private key, "cer" for a public certificate).`,
    });
  } else if (format === undefined) {
    failures.push({
      property: "certificateFormat",
      reason:
        'certificateFormat is required; add "pfx" for a PKCS#12 file with its private key, or "cer" for a public certificate.',
    });
  }

  if (data === undefined || data === null || data === "") {
    failures.push({
      property: "data",
      reason:
        "data is required; add the base64 of the certificate file, e.g. certificateFromFile(path).data.",
    });
  } else if (!isUnknown(data) && typeof data !== "string") {
    failures.push({
      property: "data",
      reason: "data is not a string; write the base64 of the file, e.g. certificateFromFile(path).data.",
    });
  } else if (
    typeof data === "string" &&
    !isUnknown(data) &&
    base64DecodedLength(data) > MAX_CERTIFICATE_BYTES
  ) {
    failures.push({
      property: "data",
      reason:
        `data holds a ${base64DecodedLength(data)}-byte file, over Batch's 10 KB limit (${MAX_CERTIFICATE_BYTES} bytes); ` +
        "export the certificate without the extra chain certificates, or use the Azure Key Vault VM extension for large certificates.",
    });
  }

  if (password !== undefined && password !== null && !isUnknown(password)) {
    if (typeof password !== "string") {
      failures.push({
        property: "password",
        reason: "password is not a string; write the .pfx password as a string (stored as a secret).",
      });
    } else if (format === "cer") {
      failures.push({
        property: "password",
        reason:
          'password must be omitted when certificateFormat is "cer" (a .cer file has no private key to protect); remove it, or use the .pfx with certificateFormat "pfx".',
      });
    }
  }
  if (password === null) delete inputs.password;

  let given: string | undefined;
  if (thumbprint !== undefined && thumbprint !== null && !isUnknown(thumbprint)) {
    given = typeof thumbprint === "string" ? normalizeThumbprint(thumbprint) : undefined;
    if (given === undefined || given.length !== 40) {
      failures.push({
        property: "thumbprint",
        reason:
          "thumbprint is not 40 hex digits; write the certificate's SHA-1 thumbprint (spaces and colons allowed), or omit it to compute it from data.",
      });
      given = undefined;
    } else {
      inputs.thumbprint = given;
    }
  }

  const readable =
    failures.length === 0 &&
    typeof data === "string" &&
    !isUnknown(data) &&
    (format === "pfx" || format === "cer") &&
    !isUnknown(password);
  if (readable) {
    const result = certificateIdentity(data, format, typeof password === "string" ? password : undefined);
    if (!result.ok) {
      failures.push(result.problem);
    } else if (given !== undefined && given !== result.identity.thumbprint) {
      failures.push({
        property: "thumbprint",
        reason:
          `thumbprint ${given} does not match the certificate in data, whose SHA-1 thumbprint is ` +
          `${result.identity.thumbprint}; set thumbprint to that value or omit it.`,
      });
    } else {
      inputs.thumbprint = result.identity.thumbprint;
    }
  }
  // No label: a certificate has no name of its own; the engine prints the Pulumi resource name.
  return { inputs, failures };
}
