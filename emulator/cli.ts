#!/usr/bin/env node
/**
 * Command line: `azure-batch-emulator [--port N] [--host H] [--data-dir DIR] [--account name:key ...]
 * [--timings fast|realistic] [--dev-token T] [--subscription GUID] [--no-date-check]`. Prints the endpoint(s); stops on SIGINT/SIGTERM.
 */
import type { Account } from "./config";
import { startEmulator, type EmulatorOptions } from "./index";

/** Parses CLI arguments into emulator options (throws on bad input). */
export function parseArgs(argv: string[]): EmulatorOptions {
  const opts: EmulatorOptions = {};
  const accounts: Account[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case "--port":
        opts.port = Number(value());
        if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
          throw new Error("--port must be 0..65535");
        break;
      case "--host":
        opts.host = value();
        break;
      case "--data-dir":
        opts.dataDir = value();
        break;
      case "--account": {
        const v = value();
        const c = v.indexOf(":");
        if (c <= 0) throw new Error("--account must be name:key");
        accounts.push({ name: v.slice(0, c), key: v.slice(c + 1) });
        break;
      }
      case "--timings": {
        const t = value();
        if (t !== "fast" && t !== "realistic") throw new Error("--timings must be fast or realistic");
        opts.timings = t;
        break;
      }
      case "--dev-token":
        opts.devToken = value();
        break;
      case "--subscription":
        opts.subscriptionId = value();
        break;
      case "--no-date-check":
        opts.checkRequestDate = false;
        break;
      case "--help":
      case "-h":
        throw new Error("usage");
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  if (accounts.length) opts.accounts = accounts;
  return opts;
}

async function main(): Promise<void> {
  let opts: EmulatorOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(
      `${(e as Error).message === "usage" ? "" : `${(e as Error).message}\n`}usage: azure-batch-emulator [--port N] [--host H] [--data-dir DIR] [--account name:key ...] [--timings fast|realistic] [--dev-token T] [--subscription GUID] [--no-date-check]`,
    );
    process.exit(2);
  }
  const emu = await startEmulator({ timings: "realistic", ...opts });
  // Endpoints only: keys are never printed.
  for (const a of emu.accounts) console.log(`${a.name}: ${emu.endpoint(a.name)}`);
  console.log(`control API: ${emu.url}/_emulator/health`);
  const stop = () => {
    void emu.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) void main();
