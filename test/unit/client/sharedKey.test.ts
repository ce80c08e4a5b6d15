import * as fs from "node:fs";
import * as path from "node:path";
import { sharedKeyAuthorization, sharedKeyStringToSign } from "../../../provider/client/auth/sharedKey";

interface VectorCase {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  authorization: string;
}
const vector = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../fixtures/client/sharedkey-vector.json"), "utf8"),
) as { accountName: string; accountKey: string; cases: VectorCase[] };

describe("SharedKey signer", () => {
  // The expected values were computed by Microsoft's @azure/batch signer (make-sharedkey-vector.cjs),
  // not by this code.
  it.each(vector.cases.map((c) => [c.name, c] as const))("matches @azure/batch for %s", (_name, c) => {
    expect(
      sharedKeyAuthorization(
        { method: c.method, url: c.url, headers: c.headers },
        vector.accountName,
        vector.accountKey,
      ),
    ).toBe(c.authorization);
  });

  it("is insensitive to header name case", () => {
    const c = vector.cases[0];
    const upper = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(
      sharedKeyAuthorization({ method: c.method, url: c.url, headers: upper }, "devbatch", vector.accountKey),
    ).toBe(c.authorization);
  });

  it("builds the documented string-to-sign (Content-Length as sent, '0' included, like Microsoft's signer; decoded sorted lower-cased query)", () => {
    const s = sharedKeyStringToSign(
      {
        method: "post",
        url: "http://127.0.0.1:1/devbatch/pools/p1/stopresize?timeOut=30&api-version=2024-07-01.20.0&%24filter=a%20eq%20b",
        headers: {
          "Content-Length": "0",
          "ocp-date": "Tue, 05 Nov 2024 10:20:30 GMT",
          "OCP-Custom": " x  y ",
        },
      },
      "devbatch",
    );
    expect(s).toBe(
      "POST\n\n\n0\n\n\n\n\n\n\n\n\n" +
        "ocp-custom:x y\nocp-date:Tue, 05 Nov 2024 10:20:30 GMT\n" +
        "/devbatch/devbatch/pools/p1/stopresize\n$filter:a eq b\napi-version:2024-07-01.20.0\ntimeout:30",
    );
  });
});
