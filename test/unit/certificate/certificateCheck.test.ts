import * as pulumi from "@pulumi/pulumi";
import {
  base64DecodedLength,
  checkCertificate,
  MAX_CERTIFICATE_BYTES,
  UNKNOWN,
} from "../../../provider/certificate/check";
import { FIXTURE_PASSWORD, fixture64, THUMBPRINTS } from "./fixtures";

const SECRET_PASSWORD = "a-password-that-must-never-leak";

function reasons(news: Record<string, unknown>): Record<string, string> {
  const { failures } = checkCertificate(news);
  return Object.fromEntries(failures.map((f) => [f.property, f.reason]));
}

describe("checkCertificate", () => {
  it("fills in the thumbprint (upper-case) for cer and pfx", () => {
    const cer = checkCertificate({ data: fixture64("test-rsa.cer"), certificateFormat: "cer" });
    expect(cer.failures).toEqual([]);
    expect(cer.inputs.thumbprint).toBe(THUMBPRINTS.rsa);
    const pfx = checkCertificate({
      data: fixture64("test-rsa.pfx"),
      certificateFormat: "pfx",
      password: FIXTURE_PASSWORD,
    });
    expect(pfx.failures).toEqual([]);
    expect(pfx.inputs.thumbprint).toBe(THUMBPRINTS.rsa);
  });

  it("accepts a matching thumbprint in any case, with colons or spaces, and normalises it", () => {
    const colons = THUMBPRINTS.rsa.toLowerCase().replace(/(..)(?!$)/g, "$1:");
    const r = checkCertificate({
      data: fixture64("test-rsa.cer"),
      certificateFormat: "cer",
      thumbprint: colons,
    });
    expect(r.failures).toEqual([]);
    expect(r.inputs.thumbprint).toBe(THUMBPRINTS.rsa);
  });

  it("rejects a thumbprint that does not match the data, naming both values and the fix", () => {
    const r = reasons({
      data: fixture64("test-rsa.cer"),
      certificateFormat: "cer",
      thumbprint: THUMBPRINTS.ec,
    });
    expect(r.thumbprint).toBe(
      `thumbprint ${THUMBPRINTS.ec} does not match the certificate in data, whose SHA-1 thumbprint is ` +
        `${THUMBPRINTS.rsa}; set thumbprint to that value or omit it.`,
    );
  });

  it("rejects a malformed thumbprint", () => {
    expect(
      reasons({ data: fixture64("test-rsa.cer"), certificateFormat: "cer", thumbprint: "abc" }).thumbprint,
    ).toMatch(/40 hex digits/);
  });

  it("rejects a wrong password on the password property without echoing it", () => {
    const { failures } = checkCertificate({
      data: fixture64("test-rsa.pfx"),
      certificateFormat: "pfx",
      password: SECRET_PASSWORD,
    });
    expect(failures).toEqual([
      { property: "password", reason: expect.stringMatching(/does not open the \.pfx/) },
    ]);
    expect(JSON.stringify(failures)).not.toContain(SECRET_PASSWORD);
  });

  it("rejects a password with cer", () => {
    expect(
      reasons({ data: fixture64("test-rsa.cer"), certificateFormat: "cer", password: SECRET_PASSWORD }),
    ).toEqual({
      password:
        'password must be omitted when certificateFormat is "cer" (a .cer file has no private key to protect); remove it, or use the .pfx with certificateFormat "pfx".',
    });
  });

  it("rejects data over 10 KB (decoded) before reading it, and accepts exactly 10 KB", () => {
    const big = Buffer.alloc(MAX_CERTIFICATE_BYTES + 1).toString("base64");
    expect(reasons({ data: big, certificateFormat: "cer" }).data).toMatch(
      /10241-byte file, over Batch's 10 KB limit \(10240 bytes\)/,
    );
    const limit = Buffer.alloc(MAX_CERTIFICATE_BYTES).toString("base64");
    expect(reasons({ data: limit, certificateFormat: "cer" }).data).toMatch(/not a DER X\.509/);
    expect(MAX_CERTIFICATE_BYTES).toBe(10240);
  });

  it("computes decoded sizes without decoding", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 10240, 10241]) {
      expect(base64DecodedLength(Buffer.alloc(n).toString("base64"))).toBe(n);
    }
  });

  it("rejects malformed data, naming data and never including it", () => {
    const data = Buffer.from("definitely not a certificate").toString("base64");
    const { failures } = checkCertificate({ data, certificateFormat: "cer" });
    expect(failures).toEqual([
      { property: "data", reason: expect.stringMatching(/not a DER X\.509 certificate/) },
    ]);
    expect(JSON.stringify(failures)).not.toContain(data);
  });

  it("requires data and a valid certificateFormat", () => {
    expect(Object.keys(reasons({}))).toEqual(["certificateFormat", "data"]);
    expect(reasons({ data: fixture64("test-rsa.cer"), certificateFormat: "PEM" }).certificateFormat).toMatch(
      /"pfx" or "cer"/,
    );
  });

  it("tolerates unknown values during preview", () => {
    for (const news of [
      { data: UNKNOWN, certificateFormat: "pfx", password: UNKNOWN },
      { data: fixture64("test-rsa.pfx"), certificateFormat: "pfx", password: UNKNOWN },
      { data: UNKNOWN, certificateFormat: UNKNOWN },
      { data: fixture64("test-rsa.cer"), certificateFormat: "cer", thumbprint: UNKNOWN },
    ]) {
      expect(checkCertificate(news).failures).toEqual([]);
    }
    // Known data with an unknown thumbprint: the computed value is filled in.
    const r = checkCertificate({
      data: fixture64("test-rsa.cer"),
      certificateFormat: "cer",
      thumbprint: UNKNOWN,
    });
    expect(r.inputs.thumbprint).toBe(THUMBPRINTS.rsa);
    // Unknown data keeps the given thumbprint (normalised), to be verified at update time.
    const u = checkCertificate({
      data: UNKNOWN,
      certificateFormat: "cer",
      thumbprint: THUMBPRINTS.rsa.toLowerCase(),
    });
    expect(u.inputs.thumbprint).toBe(THUMBPRINTS.rsa);
  });

  it("uses the engine's unknown sentinel", () => {
    expect(UNKNOWN).toBe(pulumi.runtime.unknownValue);
  });
});
