import { redactBody, redactHeaders, redactText, redactValue } from "../../../provider/client/redact";

describe("redaction", () => {
  it("masks secret body fields at any depth", () => {
    const v = redactValue({
      id: "p1",
      userAccounts: [{ name: "u", password: "hunter2" }],
      mountConfiguration: [{ azureFileShareConfiguration: { accountKey: "K3Y==" } }],
      data: "MIIC...",
    });
    const s = JSON.stringify(v);
    expect(s).not.toMatch(/hunter2|K3Y==|MIIC/);
    expect(s).toContain('"name":"u"');
  });
  it("masks auth headers and auth fragments in text", () => {
    expect(redactHeaders({ Authorization: "SharedKey a:b", "ocp-date": "x" })).toEqual({
      Authorization: "***",
      "ocp-date": "x",
    });
    expect(redactText("Authorization: SharedKey devbatch:AbC+/= Bearer x.y.z ?sv=1&sig=abc%2F")).toBe(
      "Authorization: SharedKey devbatch:*** Bearer *** ?sv=1&sig=***",
    );
    expect(redactBody('{"password":"p"}')).toBe('{"password":"***"}');
  });
});
