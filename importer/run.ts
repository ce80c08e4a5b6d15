/**
 * `pulumi-azure-batch import`: parse → connect → read → convert → write → report. Progress goes
 * to stderr, the summary to stdout; the exit code is 1 when any object could not be read (the
 * others are still written), 2 for a usage error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BatchClient } from "../provider/client";
import { resolveConnection } from "../provider/core/config";
import { toBatchAuth } from "../provider/core/connect";
import { parseImportArgs, USAGE, type ImportCommand } from "./args";
import { convertSnapshot } from "./convert";
import { checkOutDir, projectNameFrom, writeProject } from "./project";
import { readAccount } from "./read";
import { countsText, kindLabel } from "./readme";

/** Where the command writes; the process streams by default. */
export interface ImportIO {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

/** This package's name and version, from the package.json above this module (source or dist). */
export function sdkPackage(): { name: string; version: string } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name: string; version: string };
      if (pkg.name === "pulumi-azure-batch") return { name: pkg.name, version: pkg.version };
    }
    if (path.dirname(dir) === dir) return { name: "pulumi-azure-batch", version: "0.1.0" };
  }
}

/** Runs the import command; resolves with the exit code. */
export async function runImport(argv: string[], io: ImportIO): Promise<number> {
  let cmd: ImportCommand;
  try {
    cmd = parseImportArgs(argv);
    if (cmd.help) {
      io.out(USAGE);
      return 0;
    }
    checkOutDir(cmd.outDir, cmd.force);
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return 2;
  }
  const started = Date.now();
  let client: BatchClient;
  let endpoint: string;
  try {
    const connection = resolveConnection(cmd.account, io.env);
    endpoint = connection.endpoint;
    client = new BatchClient({ endpoint, auth: toBatchAuth(connection) });
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return 2;
  }
  try {
    io.err(`reading ${endpoint} …`);
    const snapshot = await readAccount(client, endpoint, cmd.selection, io.err);
    const conversion = convertSnapshot(snapshot);
    conversion.problems.unshift(
      ...snapshot.failures.map((f) => ({ ...f, message: `could not be read: ${f.message}` })),
    );
    const written = await writeProject(conversion, {
      outDir: cmd.outDir,
      force: cmd.force,
      projectName: cmd.projectName ?? projectNameFrom(cmd.outDir),
      endpoint,
      sdk: sdkPackage(),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(
      `Imported ${countsText(conversion)} from ${endpoint} into ${cmd.outDir} ` +
        `(index.ts: ${written.programLines} lines) in ${seconds} s.`,
    );
    if (conversion.secrets.length > 0) {
      io.out("Set these secrets before `pulumi up` (pulumi config set --secret <key> <value>):");
      for (const s of conversion.secrets) io.out(`  ${s.key}: ${s.description}`);
    }
    if (conversion.requiredFiles.length > 0) {
      io.out("Supply these files (pulumi config set <key> <path>):");
      for (const f of conversion.requiredFiles) io.out(`  ${f.key}: ${f.description}`);
    }
    if (conversion.optional.files.length > 0) {
      io.out("Optional, for certificates added with their private key (see README.md):");
      for (const f of [...conversion.optional.files, ...conversion.optional.secrets])
        io.out(`  ${f.key}: ${f.description}`);
    }
    if (conversion.problems.length > 0) {
      io.out("Not imported or not expressible:");
      for (const p of conversion.problems) io.out(`  ${kindLabel(p.kind)} ${p.id}: ${p.message}`);
    }
    io.out(`Next steps: ${path.join(cmd.outDir, "README.md")}`);
    if (snapshot.failures.length > 0) {
      io.err(
        `error: ${snapshot.failures.length} object(s) could not be read (listed above); the others were written.`,
      );
      return 1;
    }
    return 0;
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return 1;
  } finally {
    await client.close();
  }
}
