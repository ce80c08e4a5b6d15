/**
 * The caches of the emulator's hot path (issue 16) change no answer: the GET-body cache is
 * rebuilt after every store change and per variant, the memoized SharedKey check still refuses
 * wrong signatures and keys, and the bucketed route lookup finds what a scan of the table finds.
 */
import { authenticate, computeSignature, stringToSign, type SignedRequest } from "../../../emulator/auth";
import { allRoutes, matchRoute, type RouteMatch } from "../../../emulator/router";
import { MemoryStore } from "../../../emulator/store/MemoryStore";
import { cachedBody } from "../../../emulator/wireCache";

describe("GET body cache", () => {
  it("builds once per store version, ETag and variant", () => {
    const store = new MemoryStore();
    const pool: Record<string, unknown> = { id: "p", eTag: "0x1" };
    store.put("a", "pools", "p", pool);
    let builds = 0;
    const body = (variant = "v") =>
      cachedBody(store, pool, variant, () => `${++builds}:${String(pool.eTag)}`);
    expect(body()).toBe("1:0x1");
    expect(body()).toBe("1:0x1");
    expect(body("other")).toBe("2:0x1");
    store.touch();
    expect(body()).toBe("3:0x1");
    pool.eTag = "0x2"; // changed without a touch: the ETag guard still sees it
    expect(body()).toBe("4:0x2");
    store.put("a", "pools", "q", { id: "q" });
    expect(body()).toBe("5:0x2");
    store.delete("a", "pools", "q");
    expect(body()).toBe("6:0x2");
    store.clear();
    expect(body()).toBe("7:0x2");
  });

  it("does not keep a body whose build changed the store", () => {
    const store = new MemoryStore();
    const pool = { id: "p" };
    let builds = 0;
    const build = () => {
      builds++;
      store.touch(); // a lazy transition during the build
      return "b";
    };
    cachedBody(store, pool, "v", build);
    cachedBody(store, pool, "v", build);
    expect(builds).toBe(2);
  });

  it("keeps a few variants per entity, dropping the oldest", () => {
    const store = new MemoryStore();
    const pool = { id: "p" };
    let builds = 0;
    const build = () => String(++builds);
    for (let i = 0; i < 20; i++) cachedBody(store, pool, `v${i}`, build);
    expect(cachedBody(store, pool, "v19", build)).toBe("20");
    expect(cachedBody(store, pool, "v0", build)).toBe("21");
  });
});

describe("memoized SharedKey verification", () => {
  const key = Buffer.alloc(32, 7).toString("base64");
  const otherKey = Buffer.alloc(32, 9).toString("base64");
  const account = { name: "acct", key };
  const request = (signature: string, name = "acct"): SignedRequest => ({
    method: "GET",
    path: "/acct/pools/p",
    query: "api-version=2024-07-01.20.0",
    headers: { "ocp-date": new Date().toUTCString(), authorization: `SharedKey ${name}:${signature}` },
    bodyLength: 0,
  });
  // The string-to-sign itself is pinned by sharedkey.test.ts's vector; here only the memo matters.
  const signatureOf = (r: SignedRequest, k: string) => computeSignature(k, stringToSign(r, "acct", ""));

  it("accepts the right signature again and refuses wrong ones after it was cached", () => {
    const probe = request("x");
    const good = signatureOf(probe, key);
    const r = { ...probe, headers: { ...probe.headers, authorization: `SharedKey acct:${good}` } };
    expect(() => authenticate(r, account)).not.toThrow();
    expect(() => authenticate(r, account)).not.toThrow();
    const bad = {
      ...probe,
      headers: { ...probe.headers, authorization: `SharedKey acct:${good.slice(1)}A` },
    };
    expect(() => authenticate(bad, account)).toThrow();
  });

  it("refuses a cached string-to-sign under another key", () => {
    const probe = request("x");
    const good = signatureOf(probe, key);
    const r = { ...probe, headers: { ...probe.headers, authorization: `SharedKey acct:${good}` } };
    expect(() => authenticate(r, account)).not.toThrow();
    expect(() => authenticate(r, { name: "acct", key: otherKey })).toThrow();
    const signedOther = signatureOf(probe, otherKey);
    const r2 = { ...probe, headers: { ...probe.headers, authorization: `SharedKey acct:${signedOther}` } };
    expect(() => authenticate(r2, { name: "acct", key: otherKey })).not.toThrow();
    expect(() => authenticate(r2, account)).toThrow();
  });

  it("still checks the date before any cached signature", () => {
    const probe = request("x");
    const good = signatureOf(probe, key);
    const r = { ...probe, headers: { ...probe.headers, authorization: `SharedKey acct:${good}` } };
    expect(() => authenticate(r, account)).not.toThrow();
    const later = { now: Date.now() + 60 * 60 * 1000, maxSkewMs: 15 * 60 * 1000 };
    expect(() => authenticate(r, account, undefined, later)).toThrow();
  });
});

describe("bucketed route lookup", () => {
  /** The lookup as it was: every pattern of the table in order. */
  function scan(method: string, subPath: string): RouteMatch {
    let wrongMethod = false;
    for (const r of allRoutes()) {
      const m = r.pattern.exec(subPath);
      if (!m) continue;
      if (r.method === method) return { route: r, params: m.slice(1), wrongMethod: false };
      wrongMethod = true;
    }
    return { params: [], wrongMethod };
  }
  const cert = "/certificates(thumbprintAlgorithm=sha1,thumbprint=ab12)";
  const paths = [
    ...["", "/", "/pools", "/pools/", "/POOLS/p1", "/pools/p1/", "/pools/p1/resize", "/pools/p1/nodes"],
    ...["/pools/p1/nodes/n1", "/pools/p1/nodes/n1/rdp", "/Pools/p1/Nodes/n1/RemoteLoginSettings"],
    ...["/jobschedules", "/JobSchedules/s1", "/jobschedules/s1/jobs", "/jobs", "/jobs/j1", "/certificates"],
    ...[cert, `${cert}/canceldelete`, cert.toUpperCase(), "/nodecounts", "/x/y", "/pools(x)"],
    ...["/certificates/x", "/pools/a/b/c/d", "/poolsx", "/pool", "/pools//"],
  ];
  it.each(paths)("%s finds what a scan of the table finds", (p) => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const a = scan(method, p);
      const b = matchRoute(method, p);
      expect([b.route?.operation, b.params, b.wrongMethod]).toEqual([
        a.route?.operation,
        a.params,
        a.wrongMethod,
      ]);
    }
  });
});
