import { UNKNOWN } from "../../../provider/certificate/check";
import { diffCertificate } from "../../../provider/certificate/diff";
import { THUMBPRINTS } from "./fixtures";

const olds = {
  data: "AAAA",
  certificateFormat: "cer",
  thumbprint: THUMBPRINTS.rsa,
  url: "u",
  state: "active",
};

describe("diffCertificate", () => {
  it("reports no change when the inputs are equal (outputs ignored)", () => {
    expect(
      diffCertificate(olds, { data: "AAAA", certificateFormat: "cer", thumbprint: THUMBPRINTS.rsa }),
    ).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });

  it("replaces a new certificate, creating it before deleting the old one", () => {
    expect(
      diffCertificate(olds, { data: "BBBB", certificateFormat: "cer", thumbprint: THUMBPRINTS.rsa2 }),
    ).toEqual({
      changes: true,
      replaces: ["data", "thumbprint"],
      deleteBeforeReplace: false,
    });
  });

  it("deletes first when the thumbprint stays (same Batch object re-exported)", () => {
    const news = { data: "CCCC", certificateFormat: "pfx", password: "p", thumbprint: THUMBPRINTS.rsa };
    expect(diffCertificate(olds, news)).toEqual({
      changes: true,
      replaces: ["data", "certificateFormat", "password"],
      deleteBeforeReplace: true,
    });
  });

  it("treats a missing and an empty password alike", () => {
    const pfx = { ...olds, certificateFormat: "pfx" };
    expect(diffCertificate(pfx, { ...pfx, password: "" }).changes).toBe(false);
  });

  it("replaces on unknown inputs during preview, never deleting first", () => {
    const r = diffCertificate(olds, { data: UNKNOWN, certificateFormat: "cer", thumbprint: UNKNOWN });
    expect(r).toEqual({ changes: true, replaces: ["data", "thumbprint"], deleteBeforeReplace: false });
  });

  it("replaces when the account endpoint changes", () => {
    const a = { ...olds, batchAccount: { endpoint: "https://a.westeurope.batch.azure.com" } };
    const b = { ...olds, batchAccount: { endpoint: "https://b.westeurope.batch.azure.com" } };
    expect(diffCertificate(a, b)).toEqual({
      changes: true,
      replaces: ["batchAccount"],
      deleteBeforeReplace: false,
    });
  });
});

describe("diffCertificate on connection details", () => {
  it("updates in place (no replacement) when only the account key changes", () => {
    const a = {
      ...olds,
      batchAccount: { endpoint: "https://a.westeurope.batch.azure.com", accountKey: "k1" },
    };
    const b = {
      ...olds,
      batchAccount: { endpoint: "https://a.westeurope.batch.azure.com", accountKey: "k2" },
    };
    expect(diffCertificate(a, b)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
  });
});
