import { isBatchError, waitFor } from "../../../provider/client";

describe("waitFor", () => {
  it("polls until the predicate holds and reports progress", async () => {
    let n = 0;
    const lines: string[] = [];
    const v = await waitFor(
      async () => ++n,
      (x) => x === 3,
      { timeoutMs: 5000, intervalMs: 1, description: "counter to reach 3", onProgress: (l) => lines.push(l) },
    );
    expect(v).toBe(3);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("waiting for counter to reach 3");
  });

  it("treats undefined (404) as a value so deletions can be awaited", async () => {
    let n = 0;
    const v = await waitFor(
      async () => (++n < 3 ? { id: "p" } : undefined),
      (x) => x === undefined,
      {
        timeoutMs: 5000,
        intervalMs: 1,
        description: "pool deletion",
      },
    );
    expect(v).toBeUndefined();
  });

  it("fails with a clear error naming what it waited for", async () => {
    const started = Date.now();
    const err = await waitFor(
      async () => "resizing",
      () => false,
      {
        timeoutMs: 60,
        intervalMs: 10,
        description: 'pool "p1" to become steady',
        describe: (v) => `allocationState=${String(v)}`,
      },
    ).catch((e: unknown) => e);
    expect(isBatchError(err)).toBe(true);
    expect((err as Error).message).toMatch(
      /timed out after \d+s waiting for pool "p1" to become steady \(allocationState=resizing\)/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
