/**
 * How an emulator GET is compared with the real service's recorded GET: everything must be equal
 * (values, case, presence, list order) except what differs between any two runs by nature.
 */

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

/** Keys whose values differ between runs by nature: times, ETags, URLs, OData metadata. */
function natural(key: string): boolean {
  return (
    key === "url" ||
    key === "eTag" ||
    key === "lastModified" ||
    key === "odata.metadata" ||
    /Time$/.test(key) ||
    // schedule times: the replay moves them by the time since the recording
    key === "doNotRunUntil" ||
    key === "doNotRunAfter" ||
    key === "creationTime"
  );
}

/** Marks a property the emulator reports that the recording's api-version did not have yet. */
export const NEWER_THAN_RECORDING = "newer than the recorded api-version";

/**
 * `path: recorded … emulator …` for every difference; empty when the answers agree. With a
 * `vocabulary` (every property name of the recording file), a property the emulator reports that
 * the recording never names is `NEWER_THAN_RECORDING`, not a difference.
 */
export function differences(
  kind: string,
  recorded: unknown,
  actual: unknown,
  at = "",
  vocabulary?: ReadonlySet<string>,
): string[] {
  if (isRecord(recorded) && isRecord(actual)) {
    const out: string[] = [];
    for (const k of new Set([...Object.keys(recorded), ...Object.keys(actual)])) {
      if (natural(k)) continue;
      const p = at ? `${at}.${k}` : k;
      if (!(k in actual)) out.push(`${p}: missing in the emulator (recorded ${JSON.stringify(recorded[k])})`);
      else if (!(k in recorded))
        out.push(
          `${p}: not in the recording (emulator ${JSON.stringify(actual[k])})` +
            (vocabulary && !vocabulary.has(k) ? ` [${NEWER_THAN_RECORDING}]` : ""),
        );
      else out.push(...differences(kind, recorded[k], actual[k], p, vocabulary));
    }
    return out;
  }
  if (Array.isArray(recorded) && Array.isArray(actual) && recorded.length === actual.length) {
    return recorded.flatMap((v, i) => differences(kind, v, actual[i], `${at}[${i}]`, vocabulary));
  }
  return JSON.stringify(recorded) === JSON.stringify(actual)
    ? []
    : [`${at}: recorded ${JSON.stringify(recorded)}, emulator ${JSON.stringify(actual)}`];
}

/** A difference the emulator does not remove, with the reason. */
interface Known {
  kind: string;
  /** Matches the difference's text (its path first). */
  match: RegExp;
  why: string;
}

const LIST: Known[] = [];

/** The named, explained exceptions; every use is printed by the replay test. */
export const KNOWN_DIFFERENCES = {
  list: LIST,
  /** Splits differences into those a known entry explains and the rest. */
  split(kind: string, diffs: string[]): { explained: string[]; unexplained: string[] } {
    const explained: string[] = [];
    const unexplained: string[] = [];
    for (const d of diffs) {
      if (d.endsWith(`[${NEWER_THAN_RECORDING}]`)) {
        explained.push(d);
        continue;
      }
      const k = LIST.find((e) => e.kind === kind && e.match.test(d));
      if (k) explained.push(`${d} [${k.why}]`);
      else unexplained.push(d);
    }
    return { explained, unexplained };
  },
};
