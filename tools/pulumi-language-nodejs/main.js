"use strict";
// The project's own `pulumi-language-nodejs`: a gRPC server implementing Pulumi's LanguageRuntime
// service for `runtime: nodejs` programs. Pulumi's Go host cannot be built here (see
// scripts/README.md), so this one, written in Node.js and needing no build step, stands in for it.
//
// Protocol, as the CLI (v3.260.0) uses it: the CLI starts this executable with the engine's address
// as the last argument, reads the listening port from our first stdout line, then calls Handshake,
// GetRequiredPackages (or GetRequiredPlugins), GetPluginInfo and Run. Run starts the SDK's own
// runner (`@pulumi/pulumi/cmd/run`) with Node.js; the program talks to the engine's resource
// monitor itself. Anything we print after the port line is shown by the CLI as program output.
// Methods left out (code generation, packing, linking, plugins written in Node.js) answer
// UNIMPLEMENTED through grpc-js's default handler.

const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { REPO_ROOT, locateRunner, buildRunCommand, runOutcome } = require("./run-command");

// The gRPC runtime and the generated stubs shipped inside @pulumi/pulumi, resolved from this
// repository's copy so the stubs and grpc-js always match each other.
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [REPO_ROOT] }));
const fromPulumi = (request) => require(require.resolve(request, { paths: [pulumiDir] }));
const grpc = fromPulumi("@grpc/grpc-js");
const languageGrpc = fromPulumi("./proto/language_grpc_pb");
const languagePb = fromPulumi("./proto/language_pb");
const pluginPb = fromPulumi("./proto/plugin_pb");
const emptyPb = fromPulumi("google-protobuf/google/protobuf/empty_pb");
const SDK_VERSION = JSON.parse(fs.readFileSync(path.join(pulumiDir, "package.json"), "utf8")).version;

/** Same generous limit as Pulumi's own hosts: states and configs can be large. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/** Optional debug log (PULUMI_LANGUAGE_NODEJS_LOG=<file>); stderr would reach the user's screen. */
function debug(message) {
  const file = process.env.PULUMI_LANGUAGE_NODEJS_LOG;
  if (file) fs.appendFileSync(file, `${new Date().toISOString()} [${process.pid}] ${message}\n`);
}

/** The engine address: the last positional argument (flags such as -tracing may precede it). */
function engineAddressFromArgv(argv) {
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("-")) positional.push(arg);
    else if (!arg.includes("=") && ["-tracing", "--tracing", "-root", "--root"].includes(arg)) i++;
  }
  return positional[positional.length - 1] || "";
}

/** Plain object of a ProgramInfo message (undefined fields when the CLI sent none). */
function programInfo(info) {
  if (!info) return { rootDirectory: "", programDirectory: "", entryPoint: "", options: {} };
  const options = info.getOptions();
  return {
    rootDirectory: info.getRootDirectory(),
    programDirectory: info.getProgramDirectory(),
    entryPoint: info.getEntryPoint(),
    options: options ? options.toJavaScript() : {},
  };
}

/** Nearest package.json at or above `dir`, or undefined. */
function findPackageJson(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, "package.json");
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

const state = { engineAddress: engineAddressFromArgv(process.argv.slice(2)), children: new Set() };

const service = {
  handshake(call, callback) {
    const req = call.request;
    if (req.getEngineAddress()) state.engineAddress = req.getEngineAddress();
    debug(`Handshake engine=${state.engineAddress} root=${req.getRootDirectory()}`);
    callback(null, new languagePb.LanguageHandshakeResponse());
  },

  getPluginInfo(_call, callback) {
    const info = new pluginPb.PluginInfo();
    info.setVersion(SDK_VERSION);
    callback(null, info);
  },

  // Nothing to pre-install: the only plugin our programs need is the dynamic provider
  // `pulumi-nodejs`, which the CLI finds on PATH (pulumi-resource-pulumi-nodejs) when used.
  getRequiredPlugins(_call, callback) {
    const resp = new languagePb.GetRequiredPluginsResponse();
    resp.setPluginsList([]);
    callback(null, resp);
  },

  getRequiredPackages(_call, callback) {
    const resp = new languagePb.GetRequiredPackagesResponse();
    resp.setPackagesList([]);
    callback(null, resp);
  },

  run(call, callback) {
    const req = call.request;
    const info = programInfo(req.getInfo());
    const pwd = req.getPwd() || info.programDirectory || process.cwd();
    const runPath = locateRunner([info.programDirectory, pwd, info.rootDirectory].filter(Boolean));
    if (!runPath) {
      const resp = new languagePb.RunResponse();
      resp.setError(
        "Cannot find @pulumi/pulumi/cmd/run from the program directory: install the dependencies (npm install).",
      );
      callback(null, resp);
      return;
    }
    const { argv, env } = buildRunCommand(
      {
        runPath,
        monitorAddress: req.getMonitorAddress(),
        engineAddress: state.engineAddress,
        organization: req.getOrganization(),
        project: req.getProject(),
        stack: req.getStack(),
        rootDirectory: info.rootDirectory,
        pwd,
        entryPoint: info.entryPoint || req.getProgram(),
        dryRun: req.getDryrun(),
        parallel: req.getParallel(),
        args: req.getArgsList(),
        config: Object.fromEntries(req.getConfigMap().entries()),
        configSecretKeys: req.getConfigsecretkeysList(),
        options: info.options,
      },
      process.env,
    );
    debug(`Run ${process.execPath} ${argv.join(" ")}`);
    // The program's output goes straight to ours, which the CLI shows as program output.
    const child = spawn(process.execPath, argv, { cwd: pwd, env, stdio: ["ignore", "inherit", "inherit"] });
    state.children.add(child);
    let answered = false;
    const answer = (outcome) => {
      if (answered) return;
      answered = true;
      state.children.delete(child);
      debug(`Run finished: ${JSON.stringify(outcome)}`);
      const resp = new languagePb.RunResponse();
      resp.setError(outcome.error);
      resp.setBail(outcome.bail);
      callback(null, resp);
    };
    child.on("error", (err) =>
      answer({
        error: `Problem executing program (could not run language executor): ${err.message}`,
        bail: false,
      }),
    );
    child.on("close", (code, signal) => answer(runOutcome(code, signal)));
  },

  // This project installs dependencies with npm itself (scripts/setup.sh); `pulumi install` is a no-op.
  installDependencies(call) {
    const resp = new languagePb.InstallDependenciesResponse();
    resp.setStdout(
      Buffer.from("pulumi-language-nodejs (pulumi-azure-batch): dependencies are installed by npm\n"),
    );
    call.write(resp);
    call.end();
  },

  runtimeOptionsPrompts(_call, callback) {
    const resp = new languagePb.RuntimeOptionsResponse();
    resp.setPromptsList([]);
    callback(null, resp);
  },

  template(_call, callback) {
    callback(null, new languagePb.TemplateResponse());
  },

  about(_call, callback) {
    const resp = new languagePb.AboutResponse();
    resp.setExecutable(process.execPath);
    resp.setVersion(process.versions.node);
    resp.getMetadataMap().set("host", "pulumi-azure-batch tools/pulumi-language-nodejs");
    callback(null, resp);
  },

  // The direct dependencies of the program's package.json, with the versions installed.
  getProgramDependencies(call, callback) {
    const req = call.request;
    const info = programInfo(req.getInfo());
    const pkgFile = findPackageJson(info.programDirectory || req.getPwd() || process.cwd());
    const resp = new languagePb.GetProgramDependenciesResponse();
    if (pkgFile) {
      const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
      const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).sort();
      resp.setDependenciesList(
        names.map((name) => {
          const dep = new languagePb.DependencyInfo();
          dep.setName(name);
          try {
            const installed = require.resolve(`${name}/package.json`, { paths: [path.dirname(pkgFile)] });
            dep.setVersion(JSON.parse(fs.readFileSync(installed, "utf8")).version);
          } catch {
            dep.setVersion((pkg.dependencies || {})[name] || (pkg.devDependencies || {})[name] || "");
          }
          return dep;
        }),
      );
    }
    callback(null, resp);
  },

  cancel(_call, callback) {
    for (const child of state.children) child.kill("SIGINT");
    callback(null, new emptyPb.Empty());
  },
};

function main() {
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
  });
  server.addService(languageGrpc.LanguageRuntimeService, service);
  server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) {
      process.stderr.write(`pulumi-language-nodejs: cannot listen: ${err.message}\n`);
      process.exit(1);
    }
    debug(`listening on ${port}, engine=${state.engineAddress}`);
    // The CLI reads the port from our first line of stdout.
    process.stdout.write(`${port}\n`);
  });
  const stop = (signal) => {
    debug(`${signal}: stopping`);
    for (const child of state.children) child.kill("SIGTERM");
    server.forceShutdown();
    process.exit(0);
  };
  // The CLI stops its plugins with SIGINT (then SIGKILL after a grace period): exit at once.
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main();
