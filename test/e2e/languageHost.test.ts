/**
 * Our language host (tools/pulumi-language-nodejs) on its own, over real gRPC: how it starts
 * (port on the first stdout line), the calls the CLI makes besides Run, and the pure helpers that
 * turn a Run request into the runner's command line and a RunResponse.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "child_process";
import * as path from "path";
import { BIN_DIR, REPO_ROOT } from "./harness/paths";

/* eslint-disable @typescript-eslint/no-require-imports -- plain-JS host and generated stubs */
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [REPO_ROOT] }));
const fromPulumi = (request: string) => require(require.resolve(request, { paths: [pulumiDir] }));
const grpc = fromPulumi("@grpc/grpc-js");
const languageGrpc = fromPulumi("./proto/language_grpc_pb");
const languagePb = fromPulumi("./proto/language_pb");
const emptyPb = fromPulumi("google-protobuf/google/protobuf/empty_pb");
const runCommand = require(path.join(REPO_ROOT, "tools", "pulumi-language-nodejs", "run-command.js"));
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
    expect(about.getVersion()).toMatch(/^22\./);
  });

  test("unimplemented methods answer UNIMPLEMENTED", async () => {
    await expect(call(client, "pack", new languagePb.PackRequest())).rejects.toMatchObject({
      code: grpc.status.UNIMPLEMENTED,
    });
  });
});

describe("run-command helpers", () => {
  const base = {
    runPath: "/x/node_modules/@pulumi/pulumi/cmd/run/index.js",
    monitorAddress: "127.0.0.1:10",
    engineAddress: "127.0.0.1:11",
    organization: "organization",
    project: "proj",
    stack: "dev",
    rootDirectory: "/p",
    pwd: "/p/dist",
    entryPoint: "index.js",
    dryRun: true,
    parallel: 8,
    args: ["extra"],
    config: { "proj:message": "hi" },
    configSecretKeys: ["proj:key"],
    options: {},
  };

  test("command line and environment of the runner", () => {
    const { argv, env } = runCommand.buildRunCommand(base, { PATH: "/bin", NODE_PATH: "/np" });
    expect(argv).toEqual([
      base.runPath,
      ...["--monitor", "127.0.0.1:10", "--engine", "127.0.0.1:11", "--organization", "organization"],
      ...["--project", "proj", "--root-directory", "/p", "--stack", "dev", "--pwd", "/p/dist"],
      ...["--dry-run", "--parallel", "8", "index.js", "extra"],
    ]);
    expect(JSON.parse(env.PULUMI_CONFIG)).toEqual({ "proj:message": "hi" });
    expect(JSON.parse(env.PULUMI_CONFIG_SECRET_KEYS)).toEqual(["proj:key"]);
    expect(env.PULUMI_NODEJS_TYPESCRIPT).toBe("false");
    expect(env.NODE_PATH).toBe(["/np", path.join(REPO_ROOT, "node_modules")].join(path.delimiter));
    expect(env.PATH).toBe("/bin");
  });

  test("runtime options: typescript and nodeargs", () => {
    const { argv, env } = runCommand.buildRunCommand(
      {
        ...base,
        dryRun: false,
        entryPoint: "",
        options: { typescript: true, nodeargs: "--max-old-space-size=512" },
      },
      {},
    );
    expect(argv[0]).toBe("--max-old-space-size=512");
    expect(argv).not.toContain("--dry-run");
    expect(argv).toContain(".");
    expect(env.PULUMI_NODEJS_TYPESCRIPT).toBe("true");
  });

  test("outcome of the runner's exit", () => {
    expect(runCommand.runOutcome(0, null)).toEqual({ error: "", bail: false });
    expect(runCommand.runOutcome(32, null)).toEqual({ error: "", bail: true });
    expect(runCommand.runOutcome(1, null).error).toBe("Program exited with non-zero exit code: 1");
    expect(runCommand.runOutcome(null, "SIGKILL").error).toContain("SIGKILL");
  });
});
