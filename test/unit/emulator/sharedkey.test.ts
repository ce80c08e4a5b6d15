import { BatchSharedKeyCredentials } from "@azure/batch";
import { WebResource } from "@azure/ms-rest-js";
import { authenticate, type SignedRequest } from "../../../emulator/auth";
import vector from "../../fixtures/emulator/sharedkey-vector.json";

function asReceived(
  headers: Record<string, string>,
  url: string,
  method: string,
  body: string,
): SignedRequest {
  const u = new URL(url);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method,
    path: u.pathname,
    query: u.search.slice(1),
    headers: { ...lower, "content-length": String(Buffer.byteLength(body)) },
    bodyLength: Buffer.byteLength(body),
  };
}

describe("SharedKey verifier test vector", () => {
  const account = { name: vector.account, key: vector.key };

  it("@azure/batch's signer still produces the pinned signature", async () => {
    const w = new WebResource(vector.url, vector.method as "POST", vector.body, undefined, {
      ...vector.headers,
    });
    await new BatchSharedKeyCredentials(vector.account, vector.key).signRequest(w);
    expect(w.headers.get("authorization")).toBe(vector.authorization);
  });

  it("verifies the pinned request", () => {
    const r = asReceived(
      { ...vector.headers, authorization: vector.authorization },
      vector.url,
      vector.method,
      vector.body,
    );
    expect(() => authenticate(r, account)).not.toThrow();
  });

  it.each([
    [
      "wrong key",
      (r: SignedRequest) => r,
      { name: vector.account, key: Buffer.from("other").toString("base64") },
    ],
    ["tampered path", (r: SignedRequest) => ({ ...r, path: r.path + "x" }), account],
    ["tampered query", (r: SignedRequest) => ({ ...r, query: r.query.replace("30", "31") }), account],
    [
      "tampered content-length",
      (r: SignedRequest) => ({ ...r, headers: { ...r.headers, "content-length": "7" } }),
      account,
    ],
    [
      "tampered ocp-date",
      (r: SignedRequest) => ({
        ...r,
        headers: { ...r.headers, "ocp-date": "Sat, 18 Feb 2017 00:00:00 GMT" },
      }),
      account,
    ],
    [
      "missing date",
      (r: SignedRequest) => ({ ...r, headers: { ...r.headers, "ocp-date": undefined } }),
      account,
    ],
    [
      "missing authorization",
      (r: SignedRequest) => ({ ...r, headers: { ...r.headers, authorization: undefined } }),
      account,
    ],
  ])("rejects %s with 403 AuthenticationFailed", (_name, mutate, acc) => {
    const r = mutate(
      asReceived(
        { ...vector.headers, authorization: vector.authorization },
        vector.url,
        vector.method,
        vector.body,
      ),
    );
    expect(() => authenticate(r, acc)).toThrow(
      expect.objectContaining({ status: 403, code: "AuthenticationFailed" }),
    );
  });

  it("accepts only the configured Bearer dev token", () => {
    const r = asReceived(
      { ...vector.headers, authorization: "Bearer tok" },
      vector.url,
      vector.method,
      vector.body,
    );
    expect(() => authenticate(r, account, "tok")).not.toThrow();
    expect(() => authenticate(r, account, "other")).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => authenticate(r, account)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
