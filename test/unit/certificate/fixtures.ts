/**
 * Test-only certificates (self-signed, generated once with openssl into test/fixtures/certificates;
 * their keys protect nothing). Thumbprints are openssl's `x509 -fingerprint -sha1`.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Directory of the fixture files. */
export const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "certificates");

/** The password of every fixture .pfx (test-only). */
export const FIXTURE_PASSWORD = "test-fixture-password";

/** base64 of a fixture file. */
export function fixture64(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name)).toString("base64");
}

/** SHA-1 thumbprints of the fixture certificates (openssl, upper-case, no colons). */
export const THUMBPRINTS = {
  rsa: "BF91B08311F73396BF76884805CFBB7EA3C112D6",
  rsa2: "BB66007A3368D884729E8E319FD8CEA03530E379",
  ec: "7B8C780868FE5C0A2BE5FE0966ABBF670E84DFFB",
  leaf: "758D29EF8B54848FADDD4F2EB6ABA77D4958EB1F",
  ca: "CE322919341D282C51E2B44C122C964331D2642A",
} as const;
