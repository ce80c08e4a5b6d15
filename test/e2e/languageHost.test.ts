/**
 * Our language host (tools/pulumi-language-nodejs) on its own, over real gRPC: how it starts
 * (port on the first stdout line), the calls the CLI makes besides Run, and Run's answers when it
 * cannot start the program (bad runtime options, no @pulumi/pulumi installed), each as the
 * official host answers (tools/pulumi-language-nodejs/README.md). Its pure helpers are unit-tested
 * in test/unit/languageHost/.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BIN_DIR, REPO_ROOT } from "./harness/paths";

/* eslint-disable @typescript-eslint/no-require-imports -- plain-JS host and generated stubs */
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [REPO_ROOT] }));
const fromPulumi = (request: string) => require(require.resolve(request, { paths: [pulumiDir] }));
const grpc = fromPulumi("@grpc/grpc-js");
const languageGrpc = fromPulumi("./proto/language_grpc_pb");
const languagePb = fromPulumi("./proto/language_pb");
const emptyPb = fromPulumi("google-protobuf/google/protobuf/empty_pb");
const structPb = fromPulumi("google-protobuf/google/protobuf/struct_pb");
const SDK_VERSION: string = require(path.join(pulumiDir, "package.json")).version;
/* eslint-enable @typescript-eslint/no-require-imports */

jest.setTimeout(60_000);

/** Promisifies one unary call of the generated client. */
function call<T>(client: Record<string, unknown>, method: string, request: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    (client[method] as (req: unknown, cb: (err: Error | null, res: T) => void) => void).call(
      client,
      request,
      (err, res) => (err ? reject(err) : resolve(res)),
    );
  });
}

describe("pulumi-language-nodejs over gRPC", () => {
  let host: ChildProcessWithoutNullStreams;
  let client: Record<string, unknown> & { close(): void };

  beforeAll(async () => {
    host = spawn(path.join(BIN_DIR, "pulumi-language-nodejs"), ["127.0.0.1:1"], { stdio: "pipe" });
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      host.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        if (out.includes("\n")) resolve(Number(out.split("\n")[0]));
      });
      host.on("exit", (code) => reject(new Error(`host exited with ${code} before printing its port`)));
    });
    expect(port).toBeGreaterThan(0);
    client = new languageGrpc.LanguageRuntimeClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  });

  afterAll(async () => {
    client?.close();
    if (host && host.exitCode === null) {
      const exited = new Promise((resolve) => host.on("exit", resolve));
      host.kill("SIGINT"); // how the CLI stops its plugins: the host must exit promptly
      await exited;
    }
  });

  test("Handshake, GetPluginInfo, GetRequiredPackages, About", async () => {
    const handshake = new languagePb.LanguageHandshakeRequest();
    handshake.setEngineAddress("127.0.0.1:2");
    await call(client, "handshake", handshake);

    const info = await call<{ getVersion(): string }>(client, "getPluginInfo", new emptyPb.Empty());
    expect(info.getVersion()).toBe(SDK_VERSION);

    const packages = await call<{ getPackagesList(): unknown[] }>(
      client,
      "getRequiredPackages",
      new languagePb.GetRequiredPackagesRequest(),
    );
    expect(packages.getPackagesList()).toEqual([]);

    const about = await call<{ getExecutable(): string; getVersion(): string }>(
      client,
      "about",
      new languagePb.AboutRequest(),
    );
    expect(about.getVersion()).toMatch(/^v22\./);
  });

  /** A ProgramInfo for `dir` with the given runtime options. */
  function programInfo(dir: string, options: Record<string, unknown> = {}) {
    const info = new languagePb.ProgramInfo();
    info.setRootDirectory(dir);
    info.setProgramDirectory(dir);
    info.setEntryPoint(".");
    info.setOptions(structPb.Struct.fromJavaScript(options));
    return info;
  }

  test("GetRequiredPlugins is UNIMPLEMENTED (superseded by GetRequiredPackages), as in Pulumi's host", async () => {
    await expect(
      call(client, "getRequiredPlugins", new languagePb.GetRequiredPluginsRequest()),
    ).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
  });

  test("About names the package manager; RuntimeOptionsPrompts asks for one only when unset", async () => {
    const aboutReq = new languagePb.AboutRequest();
    aboutReq.setInfo(programInfo(REPO_ROOT));
    const about = await call<{ getMetadataMap(): { get(k: string): string } }>(client, "about", aboutReq);
    expect(about.getMetadataMap().get("packagemanager")).toBe("npm");
    expect(about.getMetadataMap().get("packagemanagerVersion")).toMatch(/^\d+\./);

    const ask = async (options: Record<string, unknown>) => {
      const req = new languagePb.RuntimeOptionsRequest();
      req.setInfo(programInfo(REPO_ROOT, options));
      const resp = await call<{ getPromptsList(): Array<{ getKey(): string }> }>(
        client,
        "runtimeOptionsPrompts",
        req,
      );
      return resp.getPromptsList().map((p) => p.getKey());
    };
    expect(await ask({})).toEqual(["packagemanager"]);
    expect(await ask({ packagemanager: "npm" })).toEqual([]);
  });

  test("Run: bad runtime options and a program without @pulumi/pulumi answer the official errors", async () => {
    const run = async (dir: string, options: Record<string, unknown>) => {
      const req = new languagePb.RunRequest();
      req.setInfo(programInfo(dir, options));
      req.setMonitorAddress("127.0.0.1:1");
      const resp = await call<{ getError(): string; getBail(): boolean }>(client, "run", req);
      return resp.getError();
    };
    expect(await run(REPO_ROOT, { typescript: "yes" })).toBe("typescript option must be a boolean");
    expect(await run(REPO_ROOT, { packagemanager: "deno" })).toContain(
      "packagemanager option must be one of",
    );
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "lh-run-no-sdk-"));
    try {
      expect(await run(empty, {})).toBe(
        "It looks like the Pulumi SDK has not been installed. Have you run pulumi install?",
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test("unimplemented methods answer UNIMPLEMENTED", async () => {
    await expect(call(client, "pack", new languagePb.PackRequest())).rejects.toMatchObject({
      code: grpc.status.UNIMPLEMENTED,
    });
  });
});
