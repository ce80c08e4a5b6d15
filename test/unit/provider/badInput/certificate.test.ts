/**
 * Bad certificate inputs, each refused by the Certificate provider's `check` before any REST call,
 * naming the property and the fix, and never quoting the data or the password (see corpus.ts).
 */
import { check } from "../../../../provider/certificate/index";
import { FIXTURE_PASSWORD, fixture64, THUMBPRINTS } from "../../certificate/fixtures";
import { type BadCase, clone, expectRejected, SECRET, set } from "./corpus";

const BASE = { data: fixture64("test-rsa.pfx"), certificateFormat: "pfx", password: FIXTURE_PASSWORD };
const CER = fixture64("test-rsa.cer");

const CASES: BadCase[] = [
  set("no certificateFormat", "certificateFormat", undefined),
  set("certificateFormat PEM", "certificateFormat", "PEM"),
  set("no data", "data", undefined),
  set("data a number", "data", 42),
  set("data not a certificate", "data", Buffer.from(SECRET).toString("base64")),
  set("data over 10 KB", "data", Buffer.alloc(11 * 1024, 1).toString("base64")),
  {
    title: "password with a cer",
    change: (i) => Object.assign(i, { data: CER, certificateFormat: "cer", password: SECRET }),
    property: "password",
  },
  set("wrong pfx password", "password", SECRET),
  set("password a number", "password", 1234),
  set("thumbprint not hex", "thumbprint", "not-a-thumbprint"),
  set("thumbprint of another certificate", "thumbprint", THUMBPRINTS.rsa2),
  set("thumbprintAlgorithm sha256", "thumbprintAlgorithm", "sha256"),
  set("misspelt password key holding the password", "passwd", SECRET),
  set("unknown property", "format", "pfx"),
  set(
    "endpoint over plain http",
    "batchAccount",
    { endpoint: "http://batch.example.com", accountKey: SECRET },
    "batchAccount.endpoint",
  ),
  set("endpoint not a URL", "batchAccount", { endpoint: "nope" }, "batchAccount.endpoint"),
];

describe("bad certificate inputs are refused by check, naming the property and the fix", () => {
  test("the valid bases pass (so each case fails for its own change)", async () => {
    expect((await check({}, clone(BASE))).failures).toEqual([]);
    // The Node SDK adds the serialized provider as `__provider` to every dynamic resource's inputs.
    expect((await check({}, { ...clone(BASE), __provider: "exports.handler = …" })).failures).toEqual([]);
    expect(
      (await check({}, { data: CER, certificateFormat: "cer", thumbprintAlgorithm: "sha1" })).failures,
    ).toEqual([]);
  });

  test.each(CASES.map((c) => [c.title, c] as const))("%s", async (_title, c) => {
    const inputs = clone(BASE) as Record<string, unknown>;
    c.change(inputs);
    expectRejected((await check({}, inputs)).failures, c);
  });

  test("values not known yet (preview) are not reported", async () => {
    const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    const inputs = {
      data: UNKNOWN,
      certificateFormat: "pfx",
      password: UNKNOWN,
      batchAccount: { endpoint: UNKNOWN },
    };
    expect((await check({}, inputs)).failures).toEqual([]);
  });
});
