/**
 * The request-side shortcuts of the emulator's hot path (issue 16) read what the general code
 * reads: the hand-rolled query lookup answers as URLSearchParams does, the column-stored request
 * log gives back every record as it was added, oldest first, within its capacity, and the reuse of
 * the previous string-to-sign never lets a request that differs in any signed part through.
 */
import { randomUUID } from "node:crypto";
import { authenticate, computeSignature, stringToSign, type SignedRequest } from "../../../emulator/auth";
import { RequestQuery } from "../../../emulator/requestContext";
import { RequestLog, type RequestLogRecord } from "../../../emulator/requestLog";

describe("RequestQuery", () => {
  const queries = [
    "",
    "api-version=2024-07-01.20.0",
    "api-version=2024-07-01.20.0&$select=id,state",
    "$select=id&api-version=1&$select=url",
    "a&b=&=c&&api-version",
    "api-version=1=2&x",
    "API-VERSION=upper&api-version=lower",
    "%24select=id%2Cstate&api-version=2024-07-01.20.0",
    "$filter=state+eq+'active'&maxresults=2",
    "?api-version=2024-07-01.20.0",
    "api-version=%E2%82%AC&bad=%zz&x=%",
    "maxresults=1&maxResults=2",
  ];
  const names = [
    "api-version",
    "$select",
    "$filter",
    "maxresults",
    "maxResults",
    "a",
    "b",
    "",
    "x",
    "bad",
    "API-VERSION",
    "missing",
  ];
  it.each(queries)("reads %p as URLSearchParams does", (query) => {
    const ours = new RequestQuery(query);
    const theirs = new URLSearchParams(query);
    for (const name of names) expect([name, ours.get(name)]).toEqual([name, theirs.get(name)]);
  });
});

describe("RequestLog", () => {
  const record = (n: number, requestId: string = randomUUID()): RequestLogRecord => ({
    method: n % 2 ? "GET" : "POST",
    rawPath: `/acct/pools/p${n}`,
    rawQuery: n % 3 ? "api-version=2024-07-01.20.0" : "",
    account: n % 5 ? "acct" : undefined,
    operation: n % 7 ? "Pools_GetPool" : undefined,
    status: n % 11 ? 200 : 0,
    durationMs: Math.round(n * 1234.5678) / 1000,
    at: 1733300000000 + n,
    requestId,
  });
  const entry = (r: RequestLogRecord) => ({
    method: r.method,
    path: r.rawQuery ? `${r.rawPath}?${r.rawQuery}` : r.rawPath,
    account: r.account,
    operation: r.operation,
    status: r.status,
    durationMs: r.durationMs,
    time: new Date(r.at).toISOString(),
    requestId: r.requestId,
  });

  it("gives back what was added, oldest first", () => {
    const log = new RequestLog(10);
    const added = [1, 2, 3, 4].map((n) => record(n));
    added.forEach((r) => log.add(r));
    expect(log.all()).toEqual(added.map(entry));
  });

  it("keeps the newest `capacity` records when it wraps, and starts over when cleared", () => {
    const log = new RequestLog(5);
    const added = Array.from({ length: 13 }, (_, n) => record(n));
    added.forEach((r) => log.add(r));
    expect(log.all()).toEqual(added.slice(-5).map(entry));
    log.clear();
    expect(log.all()).toEqual([]);
    log.add(added[0]);
    expect(log.all()).toEqual([entry(added[0])]);
  });

  it("keeps request ids that are not in randomUUID's form as they are", () => {
    const log = new RequestLog(3);
    const ids = [
      "not-a-uuid",
      "0123ABCD-0000-4000-8000-000000000000",
      "ffffffff-ffff-4fff-bfff-ffffffffffff",
      "00000000-0000-4000-8000-00000000000g",
    ];
    ids.forEach((id, n) => log.add(record(n, id)));
    expect(log.all().map((e) => e.requestId)).toEqual(ids.slice(-3));
    log.add(record(9)); // overwrites the slot of an odd id with a regular one
    expect(log.all().map((e) => e.requestId)).toEqual([
      ...ids.slice(-2),
      expect.stringMatching(/^[0-9a-f-]{36}$/),
    ]);
  });
});

describe("previous string-to-sign reused", () => {
  const key = Buffer.alloc(32, 5).toString("base64");
  const account = { name: "acct", key };
  const base: SignedRequest = {
    method: "GET",
    path: "/acct/pools/p",
    query: "api-version=2024-07-01.20.0",
    headers: { "ocp-date": new Date().toUTCString(), "content-type": "application/json" },
    bodyLength: 0,
  };
  const signed = (r: SignedRequest): SignedRequest => ({
    ...r,
    headers: {
      ...r.headers,
      authorization: `SharedKey acct:${computeSignature(key, stringToSign(r, "acct", ""))}`,
    },
  });
  const good = signed(base);
  /** The accepted request with one signed part changed, its Authorization header kept. */
  const tampered: [string, SignedRequest][] = [
    ["method", { ...good, method: "DELETE" }],
    ["path", { ...good, path: "/acct/pools/q" }],
    ["query", { ...good, query: "api-version=2024-07-01.20.0&$select=id" }],
    ["standard header", { ...good, headers: { ...good.headers, "content-type": "text/plain" } }],
    ["added standard header", { ...good, headers: { ...good.headers, "if-match": "0x1" } }],
    [
      "ocp-date",
      { ...good, headers: { ...good.headers, "ocp-date": new Date(Date.now() - 1000).toUTCString() } },
    ],
    ["added ocp header", { ...good, headers: { ...good.headers, "ocp-client-request-id": "x" } }],
    ["content length", { ...good, headers: { ...good.headers, "content-length": "5" } }],
    ["body length", { ...good, bodyLength: 3 }],
  ];
  it.each(tampered)("refuses a changed %s right after the original was accepted", (_, r) => {
    expect(() => authenticate(good, account)).not.toThrow();
    expect(() => authenticate(r, account)).toThrow();
    expect(() => authenticate(good, account)).not.toThrow();
  });
  it("accepts a changed request signed anew", () => {
    expect(() => authenticate(good, account)).not.toThrow();
    const { authorization: _, ...headers } = tampered[2][1].headers;
    expect(() => authenticate(signed({ ...tampered[2][1], headers }), account)).not.toThrow();
  });
});
