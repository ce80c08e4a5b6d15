import {
  backoffDelay,
  resolveRetryOptions,
  retryAfterMs,
} from "../../../provider/client/pipeline/retryPolicy";

describe("retry policy", () => {
  it("parses Retry-After seconds, HTTP dates and the ms variants", () => {
    expect(retryAfterMs({ "retry-after": "2" })).toBe(2000);
    expect(retryAfterMs({ "retry-after-ms": "150" })).toBe(150);
    expect(retryAfterMs({ "x-ms-retry-after-ms": "75", "retry-after": "9" })).toBe(75);
    const now = Date.parse("Tue, 05 Nov 2024 10:20:30 GMT");
    expect(retryAfterMs({ "retry-after": "Tue, 05 Nov 2024 10:20:33 GMT" }, now)).toBe(3000);
    expect(retryAfterMs({ "retry-after": "Tue, 05 Nov 2024 10:20:00 GMT" }, now)).toBe(0);
    expect(retryAfterMs({ "retry-after": "soon" })).toBeUndefined();
    expect(retryAfterMs({})).toBeUndefined();
  });

  it("uses full jitter bounded by the exponential cap and maxDelayMs", () => {
    const o = resolveRetryOptions({ initialDelayMs: 100, maxDelayMs: 350 });
    expect(backoffDelay(1, o, () => 0.999)).toBe(99);
    expect(backoffDelay(2, o, () => 0.999)).toBe(199);
    expect(backoffDelay(3, o, () => 0.999)).toBe(349);
    expect(backoffDelay(3, o, () => 0)).toBe(0);
  });

  it("has sane defaults", () => {
    expect(resolveRetryOptions(undefined)).toEqual({
      maxAttempts: 4,
      initialDelayMs: 800,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 60_000,
    });
  });
});
