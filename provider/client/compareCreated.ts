/** One difference found by {@link compareCreated}. */
export interface CreatedMismatch {
  /** Dotted path of the property, e.g. `virtualMachineConfiguration.imageReference.sku`. */
  path: string;
  /** What was sent. */
  sent: unknown;
  /** What the service returned (`undefined` when absent). */
  got: unknown;
}

/**
 * Compares only the properties that were *sent* in a create with the object the service returned.
 * Extra properties on the service side (state, timestamps, defaults) are ignored. Strings compare
 * case-insensitively for enum-like values (Batch normalizes case of e.g. `vmSize`), arrays compare
 * element-wise in order. Secret fields the service never returns (`password`, `data`, …) are skipped.
 * Returns the list of mismatches (empty = the created object matches what was sent).
 */
export function compareCreated(sent: unknown, got: unknown, path = ""): CreatedMismatch[] {
  if (sent === undefined || sent === null) return [];
  if (Array.isArray(sent)) {
    if (!Array.isArray(got) || got.length !== sent.length) return [{ path, sent, got }];
    return sent.flatMap((s, i) => compareCreated(s, got[i], `${path}[${i}]`));
  }
  if (typeof sent === "object") {
    if (!got || typeof got !== "object" || Array.isArray(got)) return [{ path, sent, got }];
    const out: CreatedMismatch[] = [];
    for (const [k, v] of Object.entries(sent as Record<string, unknown>)) {
      if (NEVER_RETURNED.has(k)) continue;
      out.push(...compareCreated(v, (got as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
    }
    return out;
  }
  if (typeof sent === "string" && typeof got === "string") {
    return sent.toLowerCase() === got.toLowerCase() ? [] : [{ path, sent, got }];
  }
  return sent === got || Object.is(sent, got) ? [] : [{ path, sent, got }];
}

/** Write-only properties the service does not return on GET, so they cannot be compared. */
const NEVER_RETURNED = new Set([
  "password",
  "data",
  "certificatePassword",
  "accountKey",
  "sasKey",
  "protectedSettings",
]);
