/**
 * Secrets inside resource bodies: which fields they are, how to keep them out of messages, and how
 * to keep write-only secrets (the service never returns passwords) from showing up as drift.
 *
 * Generic over resources: the field names come from the spec (`format: password` /
 * `x-ms-secret`), plus VM extensions' `protectedSettings`.
 */

/** Field names that hold secrets anywhere in a Batch request body. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "password",
  "accountKey",
  "sasKey",
  "sshPrivateKey",
  "protectedSettings",
  "data", // certificate data (base64 PFX)
]);

/** The text that replaces a secret in messages. */
export const REDACTED = "[secret]";

/** True when a value holds a non-empty secret field anywhere. */
export function containsSecret(value: unknown): boolean {
  return collectSecrets(value).length > 0;
}

/** Every secret string held in a value (to scrub from error texts). */
export function collectSecrets(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) collectSecrets(v, found);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_FIELDS.has(k) && v !== undefined && v !== null && v !== "") {
        if (typeof v === "string") found.push(v);
        else found.push(...leafStrings(v));
      } else collectSecrets(v, found);
    }
  }
  return found;
}

function leafStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leafStrings);
  return [];
}

/** A deep copy with every secret field replaced by {@link REDACTED}. */
export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redact) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = SECRET_FIELDS.has(k) && v !== undefined ? REDACTED : redact(v);
    return out as T;
  }
  return value;
}

/** Replaces every occurrence of the given secrets in a text (error messages from the service echo bodies). */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * Restores write-only secrets the service does not return on GET from the prior state, so that a
 * refresh does not report them as drift (and later updates still send them).
 *
 * Objects merge by key; arrays merge element by element, matched by `name` when elements have one
 * (user accounts) and by position otherwise. A secret present in `live` is kept as is.
 */
export function restoreWriteOnlySecrets<T>(live: T, prior: unknown): T {
  if (Array.isArray(live) && Array.isArray(prior)) {
    return live.map((item, i) => {
      const name = item && typeof item === "object" ? (item as { name?: unknown }).name : undefined;
      const match =
        name !== undefined ? prior.find((p) => p && typeof p === "object" && p.name === name) : prior[i];
      return restoreWriteOnlySecrets(item, match);
    }) as T;
  }
  if (live && typeof live === "object" && prior && typeof prior === "object" && !Array.isArray(prior)) {
    const out: Record<string, unknown> = { ...(live as Record<string, unknown>) };
    for (const [k, pv] of Object.entries(prior as Record<string, unknown>)) {
      if (SECRET_FIELDS.has(k)) {
        if (out[k] === undefined && pv !== undefined) out[k] = pv;
      } else if (out[k] !== undefined) {
        out[k] = restoreWriteOnlySecrets(out[k], pv);
      }
    }
    return out as T;
  }
  return live;
}
