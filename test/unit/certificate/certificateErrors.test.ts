import { BatchError, isBatchError } from "../../../provider/client/errors";
import {
  certificateInUseError,
  certificateUsers,
  explainRetirement,
  isRetirementError,
  MIGRATION_GUIDE_URL,
} from "../../../provider/certificate/errors";

const batchError = (code: string, message: string, status = 409) =>
  new BatchError({ status, code, batchMessage: message, operation: "Certificates_CreateCertificate" });

describe("certificateInUseError", () => {
  it("names the pools and nodes and says what to do", () => {
    const e = certificateInUseError("ABCD", {
      code: "CertificateInUse",
      message: "in use",
      values: [
        { name: "Pools", value: "pool-a, pool-b" },
        { name: "ComputeNodes", value: "tvm-1" },
      ],
    });
    expect(isBatchError(e)).toBe(true);
    expect(e.message).toMatch(/pool\(s\) "pool-a", "pool-b" and compute node\(s\) "tvm-1"/);
    expect(e.message).toMatch(/certificate is active again/);
    expect(e.message).toMatch(/Remove it from those pools' certificateReferences first/);
    expect(e.message).toContain('certificate "sha1-ABCD"');
  });

  it("still explains when the service names nobody", () => {
    expect(certificateInUseError("ABCD", undefined).message).toMatch(
      /pools or compute nodes the service did not name/,
    );
  });

  it("groups repeated name/value details", () => {
    expect(
      certificateUsers({
        values: [
          { name: "PoolId", value: "p1" },
          { name: "PoolId", value: "p2" },
          { name: "PoolId", value: "p1" },
          { name: "Reason", value: "x" },
        ],
      }),
    ).toEqual({ pools: ["p1", "p2"], nodes: [], other: ["Reason=x"] });
  });
});

describe("retirement", () => {
  it("recognises retirement and unavailable-feature errors", () => {
    expect(isRetirementError(batchError("CertificateRetired", "gone"))).toBe(true);
    expect(isRetirementError(batchError("FeatureNotAvailable", "x", 400))).toBe(true);
    expect(
      isRetirementError(batchError("BadRequest", "The certificate feature has been retired.", 400)),
    ).toBe(true);
    expect(isRetirementError(batchError("CertificateExists", "exists"))).toBe(false);
    expect(isRetirementError(new Error("CertificateRetired"))).toBe(false);
  });

  it("points to the Key Vault extension migration guide and keeps the code", () => {
    const e = explainRetirement(
      batchError("CertificateRetired", "The certificate feature is retired"),
    ) as BatchError;
    expect(e.code).toBe("CertificateRetired");
    expect(e.message).toContain(MIGRATION_GUIDE_URL);
    expect(e.message).toMatch(/Key Vault VM extension/);
    const other = batchError("CertificateExists", "exists");
    expect(explainRetirement(other)).toBe(other);
  });
});
