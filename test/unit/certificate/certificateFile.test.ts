import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { certificateFromFile } from "../../../provider/certificate/file";
import { FIXTURE_PASSWORD, FIXTURES, fixture64 } from "./fixtures";

const f = (name: string) => path.join(FIXTURES, name);

describe("certificateFromFile", () => {
  it("reads a DER .cer as is", () => {
    expect(certificateFromFile(f("test-rsa.cer"))).toEqual({
      data: fixture64("test-rsa.cer"),
      certificateFormat: "cer",
    });
  });

  it("converts a PEM certificate to DER", () => {
    expect(certificateFromFile(f("test-rsa.cert.pem"))).toEqual({
      data: fixture64("test-rsa.cer"),
      certificateFormat: "cer",
    });
  });

  it("reads a .pfx with its password", () => {
    expect(certificateFromFile(f("test-rsa.pfx"), FIXTURE_PASSWORD)).toEqual({
      data: fixture64("test-rsa.pfx"),
      certificateFormat: "pfx",
      password: FIXTURE_PASSWORD,
    });
    expect(certificateFromFile(f("test-rsa-nopass.pfx"))).toEqual({
      data: fixture64("test-rsa-nopass.pfx"),
      certificateFormat: "pfx",
    });
  });

  it("refuses a password for a public certificate, without echoing it", () => {
    expect(() => certificateFromFile(f("test-rsa.cer"), "leaky-password")).toThrow(/omit the password/);
    try {
      certificateFromFile(f("test-rsa.cert.pem"), "leaky-password");
    } catch (e) {
      expect(String(e)).not.toContain("leaky-password");
    }
  });

  it("names the file when it cannot be read or holds no certificate", () => {
    expect(() => certificateFromFile(f("missing.cer"))).toThrow(/cannot read ".*missing\.cer" \(ENOENT\)/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cert-file-"));
    try {
      const keyOnly = path.join(dir, "key.pem");
      fs.writeFileSync(keyOnly, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
      expect(() => certificateFromFile(keyOnly)).toThrow(/without a CERTIFICATE block/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
