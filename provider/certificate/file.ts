/**
 * Loads a certificate file into the inputs of a Certificate resource (`data`, `certificateFormat`,
 * `password`). Runs in the Pulumi program (re-exported by `sdk/certificate/index.ts`).
 *
 * Why a helper: Batch wants base64 of the DER `.cer` or of the `.pfx`, while certificates usually
 * live on disk as PEM text; converting here avoids a class of "not a certificate" errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CertificateFormat } from "./thumbprint";

/** The inputs read from a certificate file; spread them into `CertificateArgs`. */
export interface CertificateFileContents {
  /** base64 of the DER certificate (`cer`) or of the PKCS#12 file (`pfx`). */
  data: string;
  /** The format, from the file's content. */
  certificateFormat: CertificateFormat;
  /** The password given for a `.pfx` file. */
  password?: string;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;

/**
 * Reads a `.cer`/`.crt`/`.pem` (DER or PEM X.509) or `.pfx`/`.p12` (PKCS#12) file.
 *
 * The format comes from the content: PEM text is converted to DER (first `CERTIFICATE` block);
 * a DER file is `cer` when its extension says so (`.cer`, `.crt`, `.der`, `.pem`) or when no password
 * is given and it is not `.pfx`/`.p12`; otherwise `pfx`.
 *
 * @param file path of the certificate file.
 * @param password the `.pfx` password; must be omitted for a `.cer` file.
 * @throws Error naming the file (never its content or the password) when it cannot be read or the
 *   password is given for a public certificate.
 */
export function certificateFromFile(file: string, password?: string): CertificateFileContents {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    throw new Error(`certificateFromFile: cannot read ${JSON.stringify(file)} (${code}); check the path.`, {
      cause: e,
    });
  }
  const ext = path.extname(file).toLowerCase();
  const text = bytes.subarray(0, 4096).toString("latin1");
  if (text.includes("-----BEGIN")) {
    const match = PEM_CERTIFICATE.exec(bytes.toString("latin1"));
    if (!match) {
      throw new Error(
        `certificateFromFile: ${JSON.stringify(file)} is PEM text without a CERTIFICATE block; ` +
          "pass a .cer/.pem certificate or a .pfx file.",
      );
    }
    return cer(file, Buffer.from(match[1].replace(/\s/g, ""), "base64"), password);
  }
  const isCerName = [".cer", ".crt", ".der", ".pem"].includes(ext);
  const isPfxName = [".pfx", ".p12"].includes(ext);
  if (isCerName || (!isPfxName && password === undefined)) return cer(file, bytes, password);
  const data = bytes.toString("base64");
  return password === undefined
    ? { data, certificateFormat: "pfx" }
    : { data, certificateFormat: "pfx", password };
}

function cer(file: string, der: Buffer, password: string | undefined): CertificateFileContents {
  if (password !== undefined) {
    throw new Error(
      `certificateFromFile: ${JSON.stringify(file)} is a public certificate (cer), which has no password; ` +
        "omit the password, or pass the .pfx file that holds the private key.",
    );
  }
  return { data: der.toString("base64"), certificateFormat: "cer" };
}
