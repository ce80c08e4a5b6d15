#!/usr/bin/env node
/**
 * The `pulumi-azure-batch` command. One subcommand so far: `import` (see `run.ts` and `--help`).
 */
import { USAGE } from "./args";
import { runImport } from "./run";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "import") {
    return runImport(rest, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      env: process.env,
    });
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  console.error(
    `error: unknown command ${JSON.stringify(command)}; the only command is "import" (see --help).`,
  );
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
