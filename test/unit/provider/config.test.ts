import {
  accountNameFromEndpoint,
  captureStackConfig,
  resetStackConfig,
  resolveConnection,
} from "../../../provider/core/config";

const DEV = "http://127.0.0.1:8085/devbatch";
const stackConfig = (values: Record<string, string>) => ({ get: (k: string) => values[k] });

describe("resolveConnection", () => {
  afterEach(() => resetStackConfig());

  it("prefers the resource's input, then stack config, then the environment", () => {
    const env = {
      AZURE_BATCH_ENDPOINT: "https://envacct.westeurope.batch.azure.com",
      AZURE_BATCH_ACCESS_KEY: "a2V5",
    };
    expect(resolveConnection(undefined, env)).toMatchObject({
      endpointSource: "env",
      auth: { kind: "sharedKey", accountName: "envacct", accountKey: "a2V5" },
    });
    captureStackConfig(stackConfig({ "azure-batch:endpoint": DEV, "azure-batch:accountKey": "Y2Zn" }));
    expect(resolveConnection(undefined, env)).toMatchObject({
      endpoint: DEV,
      endpointSource: "config",
      auth: { kind: "sharedKey", accountName: "devbatch", accountKey: "Y2Zn" },
    });
    const explicit = { endpoint: "https://mine.eastus.batch.azure.com/", accountKey: "aW5w" };
    expect(resolveConnection(explicit, env)).toMatchObject({
      endpoint: "https://mine.eastus.batch.azure.com",
      endpointSource: "input",
      auth: { kind: "sharedKey", accountName: "mine", accountKey: "aW5w" },
    });
  });

  it("never pairs an endpoint with another account's key", () => {
    captureStackConfig(stackConfig({ "azure-batch:endpoint": DEV, "azure-batch:accountName": "devbatch" }));
    const env = { AZURE_BATCH_ACCOUNT: "prodbatch", AZURE_BATCH_ACCESS_KEY: "cHJvZA==" };
    expect(resolveConnection(undefined, env).auth).toEqual({ kind: "defaultAzureCredential" });
  });

  it("uses Entra ID when no key is configured anywhere", () => {
    const env = { AZURE_BATCH_ENDPOINT: "https://acct.westeurope.batch.azure.com" };
    expect(resolveConnection(undefined, env).auth).toEqual({ kind: "defaultAzureCredential" });
  });

  it("names the config key and the environment variable when no endpoint is set", () => {
    expect(() => resolveConnection(undefined, {})).toThrow(/azure-batch:endpoint.*AZURE_BATCH_ENDPOINT/s);
  });

  it("refuses plain http except on loopback, without echoing a key", () => {
    const env = {
      AZURE_BATCH_ENDPOINT: "http://acct.westeurope.batch.azure.com",
      AZURE_BATCH_ACCESS_KEY: "c2VjcmV0",
    };
    expect(() => resolveConnection(undefined, env)).toThrow(/must use https/);
    expect(() => resolveConnection(undefined, env)).not.toThrow(/c2VjcmV0/);
    expect(resolveConnection(undefined, { ...env, AZURE_BATCH_ENDPOINT: DEV }).endpoint).toBe(DEV);
  });
});

describe("accountNameFromEndpoint", () => {
  it("reads the emulator's path segment or the host's first label", () => {
    expect(accountNameFromEndpoint(DEV)).toBe("devbatch");
    expect(accountNameFromEndpoint("https://acct.westeurope.batch.azure.com")).toBe("acct");
    expect(accountNameFromEndpoint("http://127.0.0.1:8085")).toBeUndefined();
  });
});
