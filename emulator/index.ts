/**
 * The embedded Azure Batch data-plane emulator: `startEmulator()` starts a node:http server serving
 * path-style endpoints `http://127.0.0.1:PORT/{account}` for one or more accounts.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Account, defaultAccounts, resolveTimings, type Timings } from "./config";
import type { EmulatorState } from "./context";
import { FaultInjector, type FaultRule } from "./faults";
import { createRequestListener } from "./pipeline";
import { RequestLog, type RequestLogEntry } from "./requestLog";
import { FileStore } from "./store/FileStore";
import { MemoryStore } from "./store/MemoryStore";

export type { Account, Timings } from "./config";
export { DEV_ACCOUNT, DEV_KEY, FAST_TIMINGS, REALISTIC_TIMINGS } from "./config";
export type { FaultRule } from "./faults";
export type { RequestLogEntry } from "./requestLog";

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** TCP port (0 or omitted = any free port). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Directory for persisted state; omitted = in-memory only. */
  dataDir?: string;
  /** Accounts served (default: the dev account, or AZURE_BATCH_ACCOUNT / AZURE_BATCH_ACCESS_KEY). */
  accounts?: Account[];
  /** State-machine durations: "fast" (tests, default), "realistic" (demos) or overrides of fast. */
  timings?: "fast" | "realistic" | Partial<Timings>;
  /** When set, `Authorization: Bearer <devToken>` is accepted for every account. */
  devToken?: string;
  /**
   * Subscription of the emulated accounts: a subnetId or virtualMachineImageId in another
   * subscription is refused (400 InvalidPropertyValue), as the service does. When omitted, only ids
   * in the nil GUID subscription (which no real subscription has) count as another subscription.
   */
  subscriptionId?: string;
  /**
   * Refuse SharedKey requests whose ocp-date/Date is more than 15 minutes from the emulator's clock
   * (403 AuthenticationFailed, as Batch does). Default true; false for replaying recorded requests.
   */
  checkRequestDate?: boolean;
}

/** How far a request's date may be from the clock before Batch refuses it. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** A running emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Batch endpoint of an account: `url + "/" + account` (default: the first account). */
  endpoint(account?: string): string;
  accounts: Account[];
  /** The request log (Batch REST calls only, not control calls). */
  requests(): RequestLogEntry[];
  /** Empties the request log. */
  clearRequests(): void;
  /** Adds a fault rule; returns its id. */
  addFault(rule: FaultRule): number;
  /** Removes all fault rules. */
  clearFaults(): void;
  /** Wipes all stored state (all accounts). */
  reset(): void;
  /** Stops the server (closing open connections) and flushes the store. */
  stop(): Promise<void>;
}

/** Starts an emulator and resolves once it is listening. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const accounts = opts.accounts && opts.accounts.length ? opts.accounts : defaultAccounts();
  const state: EmulatorState = {
    store: opts.dataDir ? new FileStore(opts.dataDir) : new MemoryStore(),
    timings: resolveTimings(opts.timings),
    accounts: new Map(accounts.map((a) => [a.name.toLowerCase(), a])),
    devToken: opts.devToken,
    subscriptionId: opts.subscriptionId,
    maxClockSkewMs: opts.checkRequestDate === false ? undefined : MAX_CLOCK_SKEW_MS,
    log: new RequestLog(),
    faults: new FaultInjector(),
  };
  const server: Server = createServer({ keepAlive: true }, createRequestListener(state));
  server.keepAliveTimeout = 5000;
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    endpoint: (account?: string) => `${url}/${account ?? accounts[0].name}`,
    accounts,
    requests: () => state.log.all(),
    clearRequests: () => state.log.clear(),
    addFault: (rule) => state.faults.add(rule),
    clearFaults: () => state.faults.clear(),
    reset: () => {
      state.store.clear();
      state.store.commit();
    },
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => state.store.close());
      return stopped;
    },
  };
}
