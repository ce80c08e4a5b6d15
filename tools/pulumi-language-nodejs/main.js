"use strict";
// The project's own `pulumi-language-nodejs`: a gRPC server implementing Pulumi's LanguageRuntime
// service for `runtime: nodejs` programs. Pulumi's Go host cannot be built here (see
// scripts/README.md), so this one, written in Node.js and needing no build step, stands in for it
// and follows its behaviour (README.md beside this file lists it, call by call).
//
// Protocol, as the CLI (v3.276.0) uses it: the CLI starts this executable with the engine's address
// as the last argument, reads the listening port from our first stdout line, then calls Handshake,
// GetRequiredPackages, GetPluginInfo and Run. Run starts the SDK's own runner
// (`@pulumi/pulumi/cmd/run`) with Node.js; the program talks to the engine's resource monitor
// directly (no proxy in between), so every ResourceMonitor call the SDK makes (ExistsResource,
// GetDeploymentInfo, SignalAndWaitForShutdown, hooks, …) reaches the engine as it is. Anything we
// print after the port line is shown by the CLI as program output. Methods left out (code
// generation, packing, linking, plugins written in Node.js) answer UNIMPLEMENTED through grpc-js's
// default handler.

const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { REPO_ROOT, SDK_NOT_INSTALLED, locateRunner, buildRunCommand, runOutcome } = require("./run-command");
const { parseOptions } = require("./options");
const { resolvePackageManager, installCommand, packageManagerVersion } = require("./package-manager");
const { requiredPackages, programDependencies } = require("./packages");

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

/** Flags of the official host that take a value (`-tracing URL`), and the engine address. */
function parseArgv(argv) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, "").split(/=(.*)/s);
    if (name === "version") flags.version = true;
    else if (["tracing", "runtime", "root"].includes(name)) flags[name] = inline ?? argv[++i];
  }
  return { engineAddress: positional[positional.length - 1] || "", flags };
}

/** Plain object of a ProgramInfo message (empty fields when the CLI sent none). */
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

const cli = parseArgv(process.argv.slice(2));
const state = { engineAddress: cli.engineAddress, children: new Set() };

/** Answers a unary call with an error whose text the CLI prints as is. */
function fail(callback, err) {
  callback({ code: grpc.status.UNKNOWN, details: err instanceof Error ? err.message : String(err) });
}

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

  // Superseded by GetRequiredPackages; Pulumi's host answers UNIMPLEMENTED too.
  getRequiredPlugins(_call, callback) {
    callback({ code: grpc.status.UNIMPLEMENTED, details: "method GetRequiredPlugins not implemented" });
  },

  // Resource plugins declared by the installed packages (`"pulumi": { "resource": true }`).
  getRequiredPackages(call, callback) {
    const info = programInfo(call.request.getInfo());
    const resp = new languagePb.GetRequiredPackagesResponse();
    resp.setPackagesList(
      requiredPackages(info.programDirectory || process.cwd()).map((p) => {
        const dep = new pluginPb.PackageDependency();
        dep.setName(p.name);
        dep.setKind("resource");
        dep.setVersion(p.version);
        dep.setServer(p.server);
        if (p.parameterization) {
          const param = new pluginPb.PackageParameterization();
          param.setName(p.parameterization.name);
          param.setVersion(p.parameterization.version);
          param.setValue(Buffer.from(p.parameterization.value, "base64"));
          dep.setParameterization(param);
        }
        return dep;
      }),
    );
    callback(null, resp);
  },

  run(call, callback) {
    const req = call.request;
    const info = programInfo(req.getInfo());
    const answerError = (error) => {
      const resp = new languagePb.RunResponse();
      resp.setError(error);
      callback(null, resp);
    };
    if (!state.engineAddress) {
      answerError("when debugging or running explicitly, must call Handshake before Run");
      return;
    }
    if (req.getAttachDebugger()) {
      answerError("pulumi-language-nodejs (pulumi-azure-batch): attaching a debugger is not supported");
      return;
    }
    let options;
    try {
      options = parseOptions(info.options);
    } catch (err) {
      answerError(err.message);
      return;
    }
    const programDirectory = info.programDirectory || req.getPwd() || process.cwd();
    const runPath = locateRunner(programDirectory);
    if (!runPath) {
      answerError(SDK_NOT_INSTALLED);
      return;
    }
    let command;
    try {
      command = buildRunCommand(
        {
          runPath,
          monitorAddress: req.getMonitorAddress(),
          engineAddress: state.engineAddress,
          organization: req.getOrganization(),
          project: req.getProject(),
          stack: req.getStack(),
          rootDirectory: info.rootDirectory,
          programDirectory,
          entryPoint: info.entryPoint || req.getProgram(),
          dryRun: req.getDryrun(),
          parallel: req.getParallel(),
          tracing: cli.flags.tracing || "",
          args: req.getArgsList(),
          config: Object.fromEntries(req.getConfigMap().entries()),
          configSecretKeys: req.getConfigsecretkeysList(),
          options,
        },
        process.env,
      );
    } catch (err) {
      answerError(err.message);
      return;
    }
    const { argv, env } = command;
    debug(`Run info=${JSON.stringify(info)} pwd=${req.getPwd()}`);
    debug(`Run ${process.execPath} ${argv.join(" ")}`);
    // The program's output goes straight to ours, which the CLI shows as program output.
    const child = spawn(process.execPath, argv, {
      cwd: programDirectory,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
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

  // `pulumi install`: the package manager of the `packagemanager` option installs, output streamed.
  installDependencies(call) {
    const info = programInfo(call.request.getInfo());
    const dir = info.programDirectory || call.request.getDirectory() || process.cwd();
    const send = (field, text) => {
      const resp = new languagePb.InstallDependenciesResponse();
      if (field === "stdout") resp.setStdout(Buffer.from(text));
      else resp.setStderr(Buffer.from(text));
      call.write(resp);
    };
    let pm;
    try {
      pm = resolvePackageManager(parseOptions(info.options).packagemanager, dir);
    } catch (err) {
      call.destroy({ code: grpc.status.UNKNOWN, details: `failed to parse options: ${err.message}` });
      return;
    }
    send("stdout", "Installing dependencies...\n\n");
    const [bin, args] = installCommand(pm);
    const child = spawn(bin, args, { cwd: dir, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => send("stdout", chunk));
    child.stderr.on("data", (chunk) => send("stderr", chunk));
    child.on("error", (err) =>
      call.destroy({ code: grpc.status.UNKNOWN, details: `${bin}: ${err.message}` }),
    );
    child.on("close", (code) => {
      if (code !== 0) {
        call.destroy({ code: grpc.status.UNKNOWN, details: `${bin} install failed with exit code ${code}` });
        return;
      }
      send("stdout", "Finished installing dependencies\n\n");
      call.end();
    });
  },

  // `pulumi new` asks which package manager to use when the project does not say.
  runtimeOptionsPrompts(call, callback) {
    const info = programInfo(call.request.getInfo());
    const resp = new languagePb.RuntimeOptionsResponse();
    if (!("packagemanager" in info.options)) {
      const { RuntimeOptionPrompt } = languagePb;
      const value = (name) => {
        const v = new RuntimeOptionPrompt.RuntimeOptionValue();
        v.setPrompttype(RuntimeOptionPrompt.RuntimeOptionType.STRING);
        v.setStringvalue(name);
        v.setDisplayname(name);
        return v;
      };
      const prompt = new RuntimeOptionPrompt();
      prompt.setKey("packagemanager");
      prompt.setDescription("The package manager to use for installing dependencies");
      prompt.setPrompttype(RuntimeOptionPrompt.RuntimeOptionType.STRING);
      prompt.setChoicesList(["npm", "pnpm", "yarn", "bun"].map(value));
      prompt.setDefault(value("npm"));
      resp.setPromptsList([prompt]);
    }
    callback(null, resp);
  },

  template(_call, callback) {
    callback(null, new languagePb.TemplateResponse());
  },

  about(call, callback) {
    const info = programInfo(call.request.getInfo());
    let pm;
    try {
      pm = resolvePackageManager(
        parseOptions(info.options).packagemanager,
        info.programDirectory || process.cwd(),
      );
    } catch (err) {
      fail(callback, new Error(`failed to parse options: ${err.message}`));
      return;
    }
    const resp = new languagePb.AboutResponse();
    resp.setExecutable(process.execPath);
    resp.setVersion(process.version);
    resp.getMetadataMap().set("packagemanager", pm);
    resp.getMetadataMap().set("packagemanagerVersion", packageManagerVersion(pm));
    callback(null, resp);
  },

  getProgramDependencies(call, callback) {
    const req = call.request;
    const info = programInfo(req.getInfo());
    const resp = new languagePb.GetProgramDependenciesResponse();
    resp.setDependenciesList(
      programDependencies(
        info.programDirectory || req.getPwd() || process.cwd(),
        req.getTransitivedependencies(),
      ).map(({ name, version }) => {
        const dep = new languagePb.DependencyInfo();
        dep.setName(name);
        dep.setVersion(version);
        return dep;
      }),
    );
    callback(null, resp);
  },

  cancel(_call, callback) {
    for (const child of state.children) child.kill("SIGINT");
    callback(null, new emptyPb.Empty());
  },
};

function main() {
  if (cli.flags.version) {
    process.stdout.write(`${SDK_VERSION}\n`);
    return;
  }
  if (cli.flags.runtime && cli.flags.runtime !== "nodejs") {
    process.stderr.write(`pulumi-language-nodejs: unsupported runtime: ${cli.flags.runtime}\n`);
    process.exit(1);
  }
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
