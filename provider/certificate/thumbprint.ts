/**
 * Local identity of a Batch certificate: the SHA-1 thumbprint Batch will assign and the public
 * `.cer` data it will report, computed from the inputs before any REST call.
 *
 * Why locally: the thumbprint is the certificate's id in Batch (and what pools reference), so
 * knowing it at `check` time lets a mismatch, a wrong password or malformed data fail with a
 * clear message instead of an opaque 400 halfway through an update.
 */
import { createHash, X509Certificate } from "node:crypto";
import type Forge from "node-forge";

let forgeLib: typeof Forge | undefined;

/** node-forge, loaded when a pfx is read: ~20 ms of loading that a .cer or a refresh never needs. */
function forge(): typeof Forge {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, by design
  return (forgeLib ??= require("node-forge") as typeof Forge);
}

/** The two certificate formats Batch accepts (`BatchCertificateFormat`). */
export type CertificateFormat = "pfx" | "cer";

/** The algorithm of every Batch certificate thumbprint (the contract allows only `sha1`). */
export const THUMBPRINT_ALGORITHM = "sha1";

/**
 * What Batch will know the certificate as.
 * `thumbprint` is upper-case hex without separators; `publicData` is the base64 DER `.cer`.
 */
export interface CertificateIdentity {
  /** SHA-1 of the DER certificate, 40 upper-case hex digits. */
  thumbprint: string;
  /** The public certificate as base64 DER (what Batch returns as `publicData`). */
  publicData: string;
}

/** Why the data could not be read, naming the input property to fix. */
export interface CertificateDataProblem {
  /** The input property at fault (`data` or `password`). */
  property: "data" | "password";
  /** A message saying what is wrong and how to fix it; never contains the data or password. */
  reason: string;
}

/** Either the identity or the problem; never throws for bad input. */
export type CertificateIdentityResult =
  { ok: true; identity: CertificateIdentity } | { ok: false; problem: CertificateDataProblem };

/**
 * Normalises a thumbprint as Batch does: spaces and colons removed, upper-case hex.
 * Returns `undefined` when what is left is not 1–40 hex digits.
 */
export function normalizeThumbprint(value: string): string | undefined {
  const hex = value.replace(/[\s:]/g, "").toUpperCase();
  return /^[0-9A-F]{1,40}$/.test(hex) ? hex : undefined;
}

/** SHA-1 thumbprint (upper-case hex) of a DER certificate. */
export function thumbprintOfDer(der: Buffer): string {
  return createHash("sha1").update(der).digest("hex").toUpperCase();
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes strict base64 (whitespace tolerated). Node's decoder silently skips bad characters,
 * which would turn a typo into a confusing "not a certificate" error, hence the check.
 */
export function decodeBase64(data: string): Buffer | undefined {
  const compact = data.replace(/\s/g, "");
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  return Buffer.from(compact, "base64");
}

function identityOfDer(der: Buffer): CertificateIdentity {
  return { thumbprint: thumbprintOfDer(der), publicData: der.toString("base64") };
}

function fail(property: "data" | "password", reason: string): CertificateIdentityResult {
  return { ok: false, problem: { property, reason } };
}

/** Reads a DER X.509 certificate; Node's parser handles RSA and EC keys alike. */
function cerIdentity(bytes: Buffer): CertificateIdentityResult {
  if (bytes.subarray(0, 64).toString("latin1").includes("-----BEGIN")) {
    return fail(
      "data",
      "data is base64 of PEM text, but Batch expects base64 of the DER certificate; " +
        "load the file with certificateFromFile(path), which converts PEM to DER.",
    );
  }
  try {
    const cert = new X509Certificate(bytes);
    return { ok: true, identity: identityOfDer(cert.raw) };
  } catch {
    return fail(
      "data",
      'data is not a DER X.509 certificate, so it cannot be used with certificateFormat "cer"; ' +
        'pass base64 of a .cer file, or use certificateFormat "pfx" for a PKCS#12 file.',
    );
  }
}

type Bag = Forge.pkcs12.Bag & { asn1?: Forge.asn1.Asn1 };

function bagDer(bag: Bag): Buffer | undefined {
  // forge parses RSA certificates and keeps the original TBSCertificate; others come back raw.
  const asn1 = bag.cert ? forge().pki.certificateToAsn1(bag.cert) : bag.asn1;
  return asn1 ? Buffer.from(forge().asn1.toDer(asn1).getBytes(), "binary") : undefined;
}

function localKeyId(bag: Bag): string | undefined {
  return bag.attributes?.localKeyId?.[0];
}

/** Picks the certificate Batch identifies a PFX by: the one paired with the private key, else the leaf. */
function pickPfxCertificate(p12: Forge.pkcs12.Pkcs12Pfx): Buffer | undefined {
  const certBags = (p12.getBags({ bagType: forge().pki.oids.certBag })[forge().pki.oids.certBag] ??
    []) as Bag[];
  const keyBags = [
    ...(p12.getBags({ bagType: forge().pki.oids.pkcs8ShroudedKeyBag })[
      forge().pki.oids.pkcs8ShroudedKeyBag
    ] ?? []),
    ...(p12.getBags({ bagType: forge().pki.oids.keyBag })[forge().pki.oids.keyBag] ?? []),
  ] as Bag[];
  const keyIds = new Set(keyBags.map(localKeyId).filter((id): id is string => id !== undefined));
  const paired = certBags.find((b) => {
    const id = localKeyId(b);
    return id !== undefined && keyIds.has(id);
  });
  if (paired) return bagDer(paired);
  const ders = certBags.map(bagDer).filter((d): d is Buffer => d !== undefined);
  if (ders.length <= 1) return ders[0];
  // A chain without key ids: the leaf is the certificate that issued none of the others.
  const parsed = ders.map((d) => new X509Certificate(d));
  const leaf = parsed.find((c) => !parsed.some((o) => o !== c && o.checkIssued(c)));
  return (leaf ?? parsed[0]).raw;
}

function isDerCertificate(bytes: Buffer): boolean {
  try {
    new X509Certificate(bytes);
    return true;
  } catch {
    return false;
  }
}

function pfxIdentity(bytes: Buffer, password: string): CertificateIdentityResult {
  if (isDerCertificate(bytes)) {
    return fail(
      "data",
      'data is a public .cer certificate, not a .pfx file; set certificateFormat to "cer" (and omit password), ' +
        "or pass the base64 of the .pfx file.",
    );
  }
  let asn1: Forge.asn1.Asn1;
  try {
    asn1 = forge().asn1.fromDer(forge().util.createBuffer(bytes.toString("binary")));
  } catch {
    return fail(
      "data",
      'data is not a PKCS#12 (.pfx) file, so it cannot be used with certificateFormat "pfx"; ' +
        'pass base64 of a .pfx file, or use certificateFormat "cer" for a public certificate.',
    );
  }
  let p12: Forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge().pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (e) {
    const text = e instanceof Error ? e.message : "";
    if (/password|MAC|decrypt/i.test(text) || password === "") {
      return fail(
        "password",
        password === ""
          ? "the .pfx file could not be opened without a password; set password to the one the file was exported with."
          : "password does not open the .pfx file; set password to the one the file was exported with.",
      );
    }
    // Without a MAC, a wrong password surfaces as garbage ASN.1, so say both.
    return fail(
      "data",
      "data could not be read as a .pfx file with the given password; check that data is the base64 of the " +
        ".pfx file and that password is the one it was exported with.",
    );
  }
  const der = pickPfxCertificate(p12);
  if (!der) {
    return fail(
      "data",
      "the .pfx file contains no X.509 certificate; export it again including the certificate.",
    );
  }
  return { ok: true, identity: identityOfDer(der) };
}

/**
 * Computes the Batch identity of certificate data.
 *
 * @param data base64 of the `.cer` (DER) or `.pfx` file, as sent to Batch.
 * @param format how to read `data`.
 * @param password the `.pfx` password (`undefined` or `""` for none); ignored for `cer`.
 * @returns the identity, or a problem naming the property to fix (messages never contain secrets).
 */
export function certificateIdentity(
  data: string,
  format: CertificateFormat,
  password?: string,
): CertificateIdentityResult {
  const bytes = decodeBase64(data);
  if (!bytes) {
    return fail(
      "data",
      "data is not valid base64; pass the base64 of the certificate file, e.g. certificateFromFile(path).data.",
    );
  }
  return format === "cer" ? cerIdentity(bytes) : pfxIdentity(bytes, password ?? "");
}
