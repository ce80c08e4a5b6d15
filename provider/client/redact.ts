/** Header names whose values are never logged. */
export const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "x-ms-authorization",
  "cookie",
]);

/**
 * JSON property names whose values are never logged or put into errors (account keys, certificate
 * data and passwords, user/registry passwords, mount keys, SAS tokens, extension protected settings).
 */
export const SECRET_FIELDS = new Set(
  [
    "password",
    "data",
    "certificatePassword",
    "accountKey",
    "sasKey",
    "sasToken",
    "storageAccountKey",
    "protectedSettings",
    "sshPrivateKey",
    "secret",
    "clientSecret",
    "token",
    "accessToken",
  ].map((s) => s.toLowerCase()),
);

const MASK = "***";

/** Returns a deep copy of `value` with secret fields replaced by `***`. */
export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = SECRET_FIELDS.has(k.toLowerCase()) && v !== undefined && v !== null ? MASK : redactValue(v);
    }
    return out;
  }
  return value;
}

/** Redacts a JSON body text; non-JSON text goes through {@link redactText}. */
export function redactBody(text: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(text)));
  } catch {
    return redactText(text);
  }
}

/** Redacts header values of secret headers. */
export function redactHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? MASK : v;
  return out;
}

/**
 * Last line of defence for free text: masks `SharedKey acct:sig`, `Bearer <token>`, SAS signatures
 * (`sig=`), and `"password": "..."`-style fragments.
 */
export function redactText(s: string): string {
  return s
    .replace(/(SharedKey\s+[^:\s]+:)[A-Za-z0-9+/=]+/g, `$1${MASK}`)
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/g, `$1${MASK}`)
    .replace(/([?&]sig=)[^&\s"]+/gi, `$1${MASK}`)
    .replace(
      /("(?:password|accountKey|sasKey|sasToken|storageAccountKey|data|certificatePassword|protectedSettings)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi,
      `$1"${MASK}"`,
    );
}
