/**
 * ISO-8601 durations as the Batch service understands them (a .NET `TimeSpan`): days, hours,
 * minutes and seconds with up to seven fractional digits. Years and months are rejected because
 * their length is ambiguous; weeks are accepted and counted as seven days.
 *
 * Durations are compared and stored in one canonical spelling (`PT60M` → `PT1H`) so that a
 * diff between what the user wrote and what the service returns only shows real changes.
 */

/** 100-nanosecond ticks, the resolution of a .NET `TimeSpan`. */
const TICKS_PER_SECOND = 10_000_000n;
const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND;
const TICKS_PER_HOUR = 60n * TICKS_PER_MINUTE;
const TICKS_PER_DAY = 24n * TICKS_PER_HOUR;

const DURATION_RE =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d{1,7}))?S)?)?$/;

/** The result of parsing a duration: the length in ticks, or why the text is not a duration. */
export type ParsedDuration = { ok: true; ticks: bigint } | { ok: false; reason: string };

/** One minute in ticks: the minimum of `startWindow` and `recurrenceInterval`. */
export const ONE_MINUTE_TICKS = TICKS_PER_MINUTE;

/**
 * Parses an ISO-8601 duration such as `PT5M`, `P1DT12H` or `PT1.5S` into 100 ns ticks.
 * Fails with a reason that names the fix for years/months, empty designators and garbage.
 */
export function parseDuration(text: string): ParsedDuration {
  const m = DURATION_RE.exec(text.trim().toUpperCase());
  if (!m || text.trim().toUpperCase() === "P" || /T$/.test(text.trim())) {
    return {
      ok: false,
      reason: `"${text}" is not an ISO-8601 duration; write it like PT5M (5 minutes), PT1H, P1D or P1DT12H30M`,
    };
  }
  const [, years, months, weeks, days, hours, minutes, seconds, fraction] = m;
  if (years || months) {
    return {
      ok: false,
      reason: `"${text}" uses years or months, whose length is ambiguous; write it in days instead (for example P30D)`,
    };
  }
  const n = (s: string | undefined): bigint => (s ? BigInt(s) : 0n);
  const frac = fraction ? BigInt(fraction.padEnd(7, "0")) : 0n;
  const ticks =
    n(weeks) * 7n * TICKS_PER_DAY +
    n(days) * TICKS_PER_DAY +
    n(hours) * TICKS_PER_HOUR +
    n(minutes) * TICKS_PER_MINUTE +
    n(seconds) * TICKS_PER_SECOND +
    frac;
  return { ok: true, ticks };
}

/** Formats ticks as the canonical duration: `P[nD][T[nH][nM][n[.f]S]]`, zero as `PT0S`. */
export function formatDuration(ticks: bigint): string {
  let rest = ticks;
  const days = rest / TICKS_PER_DAY;
  rest %= TICKS_PER_DAY;
  const hours = rest / TICKS_PER_HOUR;
  rest %= TICKS_PER_HOUR;
  const minutes = rest / TICKS_PER_MINUTE;
  rest %= TICKS_PER_MINUTE;
  const seconds = rest / TICKS_PER_SECOND;
  const frac = rest % TICKS_PER_SECOND;
  let time = "";
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds || frac) {
    const f = frac ? "." + frac.toString().padStart(7, "0").replace(/0+$/, "") : "";
    time += `${seconds}${f}S`;
  }
  const date = days ? `${days}D` : "";
  if (!date && !time) return "PT0S";
  return `P${date}${time ? "T" + time : ""}`;
}

/** The canonical spelling of a duration, or the text unchanged when it does not parse. */
export function canonicalDuration(text: string): string {
  const parsed = parseDuration(text);
  return parsed.ok ? formatDuration(parsed.ticks) : text;
}

/**
 * The canonical spelling of a date-time (`2025-01-01T00:00:00Z` → `2025-01-01T00:00:00.000Z`),
 * or the text unchanged when it is not a date-time.
 */
export function canonicalDateTime(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}
