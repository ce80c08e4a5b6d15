/**
 * Names in the generated program: TypeScript variable names for the resources and stack config
 * keys for the secrets. Both must be valid and unique; they are derived from the Batch ids so the
 * program reads like one a person wrote (`render-pool` → `renderPool`).
 */

// Reserved words and the names the generated program itself uses at top level.
const TAKEN = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with as implements interface let package private protected public static " +
    "yield await any boolean number string symbol undefined arguments eval " +
    "pulumi config path fs Pool JobSchedule Certificate certificateFromFile"
  ).split(" "),
);

/** `render-pool_2` → `renderPool2`; empty or symbol-only input gives "". */
export function camelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join("");
}

/** Hands out unique identifiers. */
export class NameAllocator {
  private readonly used = new Set<string>(TAKEN);

  /**
   * A valid identifier unique among those handed out, from `text` (e.g. a pool id), prefixed with
   * `kind` when `text` alone does not make one (`2024` → `pool2024`).
   */
  allocate(text: string, kind: string): string {
    let base = camelCase(text);
    if (base === "" || /^[0-9]/.test(base) || TAKEN.has(base)) {
      base = camelCase(`${kind} ${text}`);
    }
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}${n}`;
    this.used.add(name);
    return name;
  }
}
