import * as fs from "node:fs";
import * as path from "node:path";
import {
  certificateIdentity,
  decodeBase64,
  normalizeThumbprint,
} from "../../../provider/certificate/thumbprint";
import { FIXTURE_PASSWORD, FIXTURES, fixture64, THUMBPRINTS } from "./fixtures";

function thumbprint(r: ReturnType<typeof certificateIdentity>): string {
  if (!r.ok) throw new Error(`expected ok, got ${r.problem.property}: ${r.problem.reason}`);
  return r.identity.thumbprint;
}

describe("certificateIdentity", () => {
  it("computes the SHA-1 thumbprint of a DER .cer (RSA and EC)", () => {
    expect(thumbprint(certificateIdentity(fixture64("test-rsa.cer"), "cer"))).toBe(THUMBPRINTS.rsa);
    expect(thumbprint(certificateIdentity(fixture64("test-ec.cer"), "cer"))).toBe(THUMBPRINTS.ec);
  });

  it("returns publicData as the base64 DER certificate", () => {
    const r = certificateIdentity(fixture64("test-rsa.pfx"), "pfx", FIXTURE_PASSWORD);
    expect(r.ok && r.identity.publicData).toBe(fixture64("test-rsa.cer"));
  });

  it("tolerates whitespace (line-wrapped base64)", () => {
    const wrapped = fixture64("test-rsa.cer").replace(/(.{64})/g, "$1\n");
    expect(thumbprint(certificateIdentity(wrapped, "cer"))).toBe(THUMBPRINTS.rsa);
  });

  it("opens a .pfx with its password (AES/PBKDF2, legacy 3DES, EC key)", () => {
    for (const [file, tp] of [
      ["test-rsa.pfx", THUMBPRINTS.rsa],
      ["test-rsa-legacy.pfx", THUMBPRINTS.rsa],
      ["test-ec.pfx", THUMBPRINTS.ec],
      ["test-rsa2.pfx", THUMBPRINTS.rsa2],
    ] as const) {
      expect(thumbprint(certificateIdentity(fixture64(file), "pfx", FIXTURE_PASSWORD))).toBe(tp);
    }
  });

  it("takes the certificate paired with the private key from a chain .pfx (not the CA)", () => {
    expect(thumbprint(certificateIdentity(fixture64("test-chain.pfx"), "pfx", FIXTURE_PASSWORD))).toBe(
      THUMBPRINTS.leaf,
    );
  });

  it("opens a .pfx exported with an empty password when none is given", () => {
    expect(thumbprint(certificateIdentity(fixture64("test-rsa-nopass.pfx"), "pfx"))).toBe(THUMBPRINTS.rsa);
    expect(thumbprint(certificateIdentity(fixture64("test-rsa-nopass.pfx"), "pfx", ""))).toBe(
      THUMBPRINTS.rsa,
    );
  });

  it("reports a wrong or missing password on the password property, without echoing it", () => {
    const wrong = certificateIdentity(fixture64("test-rsa.pfx"), "pfx", "not-the-password-123");
    expect(wrong).toEqual({
      ok: false,
      problem: { property: "password", reason: expect.stringMatching(/does not open/) },
    });
    expect(JSON.stringify(wrong)).not.toContain("not-the-password-123");
    const missing = certificateIdentity(fixture64("test-rsa.pfx"), "pfx");
    expect(!missing.ok && missing.problem).toEqual({
      property: "password",
      reason: expect.stringMatching(/without a password/),
    });
  });

  it("reports malformed data on the data property with the fix", () => {
    const cases: Array<[string, "pfx" | "cer", RegExp]> = [
      ["not base64!", "cer", /not valid base64/],
      [Buffer.from("hello world, not a certificate").toString("base64"), "cer", /not a DER X\.509/],
      [Buffer.from("hello world, not a certificate").toString("base64"), "pfx", /not a PKCS#12/],
      [fixture64("test-rsa.cert.pem"), "cer", /PEM text.*certificateFromFile/],
      [fixture64("test-rsa.pfx"), "cer", /not a DER X\.509.*"pfx"/],
      [fixture64("test-rsa.cer"), "pfx", /public \.cer certificate.*"cer"/],
    ];
    for (const [data, format, reason] of cases) {
      const r = certificateIdentity(data, format, format === "pfx" ? FIXTURE_PASSWORD : undefined);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.property).toBe("data");
        expect(r.problem.reason).toMatch(reason);
      }
    }
  });

  it("agrees with openssl for every fixture certificate (PEM files converted here)", () => {
    for (const name of ["rsa", "rsa2", "ec", "leaf", "ca"] as const) {
      const pem = fs.readFileSync(path.join(FIXTURES, `test-${name}.cert.pem`), "latin1");
      const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ""), "base64");
      expect(thumbprint(certificateIdentity(der.toString("base64"), "cer"))).toBe(THUMBPRINTS[name]);
    }
  });
});

describe("normalizeThumbprint", () => {
  it("removes spaces and colons and upper-cases", () => {
    expect(normalizeThumbprint("bf:91 b0:83")).toBe("BF91B083");
    expect(normalizeThumbprint(THUMBPRINTS.rsa.toLowerCase())).toBe(THUMBPRINTS.rsa);
  });
  it("rejects non-hex and over-long values", () => {
    expect(normalizeThumbprint("xyz")).toBeUndefined();
    expect(normalizeThumbprint("A".repeat(41))).toBeUndefined();
    expect(normalizeThumbprint("")).toBeUndefined();
  });
});

describe("decodeBase64", () => {
  it("rejects characters Node would silently skip", () => {
    expect(decodeBase64("QUJD")).toEqual(Buffer.from("ABC"));
    expect(decodeBase64("QU*D")).toBeUndefined();
    expect(decodeBase64("QUJ")).toBeUndefined();
  });
});
