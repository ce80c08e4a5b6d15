import fc from "fast-check";
import { certificateId, certificateOutputs, thumbprintOfId } from "../../../provider/certificate";
import { checkCertificate } from "../../../provider/certificate/check";
import { adoptIfSame } from "../../../provider/certificate/create";
import { isBatchError } from "../../../provider/client/errors";
import type { BatchCertificate } from "../../../provider/client/models";

/** A certificate as GET returns it (Batch never returns `data`, which the model marks required). */
const live = (c: Omit<BatchCertificate, "data">): BatchCertificate => c as BatchCertificate;
import { FIXTURE_PASSWORD, fixture64, THUMBPRINTS } from "./fixtures";

describe("ids", () => {
  it("are sha1-<UPPER-CASE THUMBPRINT> and round-trip", () => {
    expect(certificateId(THUMBPRINTS.rsa.toLowerCase())).toBe(`sha1-${THUMBPRINTS.rsa}`);
    expect(thumbprintOfId(`sha1-${THUMBPRINTS.rsa}`)).toBe(THUMBPRINTS.rsa);
    expect(thumbprintOfId("whatever", { thumbprint: THUMBPRINTS.ec.toLowerCase() })).toBe(THUMBPRINTS.ec);
  });
});

describe("certificateOutputs", () => {
  it("keeps the inputs (secrets from state), adds the service's view as plain JSON", () => {
    const outs = certificateOutputs(
      {
        data: "DATA",
        certificateFormat: "pfx",
        password: "pw",
        thumbprint: THUMBPRINTS.rsa,
        __provider: "x",
        url: "old",
      },
      live({
        thumbprint: THUMBPRINTS.rsa.toLowerCase(),
        thumbprintAlgorithm: "sha1",
        url: "https://a.b/certificates(...)",
        state: "active",
        stateTransitionTime: "2026-01-01T00:00:00.000Z",
      }),
    );
    expect(outs).toEqual({
      data: "DATA",
      certificateFormat: "pfx",
      password: "pw",
      thumbprint: THUMBPRINTS.rsa,
      thumbprintAlgorithm: "sha1",
      url: "https://a.b/certificates(...)",
      state: "active",
      stateTransitionTime: "2026-01-01T00:00:00.000Z",
    });
  });
});

describe("adoptIfSame", () => {
  const cer = {
    thumbprint: THUMBPRINTS.rsa,
    data: fixture64("test-rsa.cer"),
    certificateFormat: "cer" as const,
  };

  it("adopts an active certificate with the same public data", () => {
    const existing = live({
      thumbprint: THUMBPRINTS.rsa,
      thumbprintAlgorithm: "sha1",
      state: "active" as const,
      publicData: cer.data,
    });
    expect(adoptIfSame(existing, cer)).toBe(existing);
  });

  it("refuses another format or a certificate that is not active, saying why and what to do", () => {
    const pfx = {
      ...cer,
      data: fixture64("test-rsa.pfx"),
      certificateFormat: "pfx" as const,
      password: FIXTURE_PASSWORD,
    };
    const existing = live({
      thumbprint: THUMBPRINTS.rsa,
      thumbprintAlgorithm: "sha1",
      certificateFormat: "cer" as const,
      state: "deleting" as const,
    });
    let error: unknown;
    try {
      adoptIfSame(existing, pfx);
    } catch (e) {
      error = e;
    }
    expect(isBatchError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/409 CertificateExists/);
    expect(message).toMatch(/its state is deleting, not active; it was added as cer, not pfx/);
    expect(message).toMatch(/pulumi import/);
    expect(message).not.toContain(FIXTURE_PASSWORD);
  });

  it("refuses different public data", () => {
    const existing = live({
      thumbprint: THUMBPRINTS.rsa,
      thumbprintAlgorithm: "sha1",
      state: "active" as const,
      publicData: fixture64("test-rsa2.cer"),
    });
    expect(() => adoptIfSame(existing, cer)).toThrow(/its public data differs/);
  });
});

describe("check failures never contain the password or the data (property)", () => {
  it("for any password given with a cer, and any malformed data", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 8 }), (suffix, junk) => {
        // A marker no message can contain by accident: finding it means the value leaked.
        const password = `SECRET\u00a7${suffix}`;
        const data = Buffer.from(`junk:${junk}`).toString("base64");
        for (const news of [
          { data: fixture64("test-rsa.cer"), certificateFormat: "cer", password },
          { data, certificateFormat: "cer" },
          { data, certificateFormat: "pfx", password },
        ]) {
          const text = JSON.stringify(checkCertificate(news).failures);
          if (text.includes("SECRET") || text.includes(data)) return false;
        }
        return true;
      }),
      { numRuns: 50 },
    );
  });
});
