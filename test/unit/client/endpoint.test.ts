import { isLoopbackHost, parseEndpoint } from "../../../provider/client/endpoint";

describe("endpoint", () => {
  it("accepts https accounts and loopback http", () => {
    expect(parseEndpoint("https://acct.westeurope.batch.azure.com")).toEqual({
      origin: "https://acct.westeurope.batch.azure.com",
      basePath: "",
      accountName: "acct",
    });
    expect(parseEndpoint("http://127.0.0.1:1234/devbatch/")).toEqual({
      origin: "http://127.0.0.1:1234",
      basePath: "/devbatch",
      accountName: "devbatch",
    });
    for (const h of ["127.0.0.1", "127.4.5.6", "localhost", "[::1]"]) expect(isLoopbackHost(h)).toBe(true);
  });
  it("refuses plain http to other hosts with a clear error", () => {
    expect(() => parseEndpoint("http://acct.westeurope.batch.azure.com")).toThrow(/only for loopback hosts/);
    expect(() => parseEndpoint("http://10.0.0.1:80/devbatch")).toThrow(/Refusing plain http/);
    expect(() => parseEndpoint("ftp://x")).toThrow(/scheme/);
    expect(() => parseEndpoint("not a url")).toThrow(/Invalid Batch endpoint/);
  });
});
