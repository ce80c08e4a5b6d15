import fc from "fast-check";
import {
  canonicalDateTime,
  canonicalDuration,
  formatDuration,
  parseDuration,
} from "../../../provider/jobSchedule/duration";

describe("ISO-8601 durations", () => {
  test.each([
    ["PT60M", "PT1H"],
    ["PT90S", "PT1M30S"],
    ["P1W", "P7D"],
    ["P1DT24H", "P2D"],
    ["PT0S", "PT0S"],
    ["PT1.5S", "PT1.5S"],
    ["P10675199DT2H48M5.4775807S", "P10675199DT2H48M5.4775807S"],
    ["pt5m", "PT5M"],
  ])("%s is canonically %s", (text, canonical) => {
    expect(canonicalDuration(text)).toBe(canonical);
  });

  test.each(["", "P", "PT", "5M", "P1DT", "PT5X", "1h"])("%j is not a duration", (text) => {
    expect(parseDuration(text).ok).toBe(false);
  });

  test("years and months are rejected with the fix", () => {
    const r = parseDuration("P1M");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/days instead/);
  });

  test("format then parse is the identity on ticks", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (ticks) => {
        const parsed = parseDuration(formatDuration(ticks));
        return parsed.ok && parsed.ticks === ticks;
      }),
    );
  });

  test("date-times are canonical UTC with milliseconds", () => {
    expect(canonicalDateTime("2030-01-01T00:00:00Z")).toBe("2030-01-01T00:00:00.000Z");
    expect(canonicalDateTime("2030-01-01T01:00:00+01:00")).toBe("2030-01-01T00:00:00.000Z");
    expect(canonicalDateTime("soon")).toBe("soon");
  });
});
