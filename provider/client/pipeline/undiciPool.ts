/**
 * undici's `Pool` and its `request`, loaded from their own files.
 *
 * Why not `require("undici")`: the package index loads everything undici has (fetch, WebSocket,
 * EventSource, mock and snapshot agents, caches, interceptors) to build its exports. That costs
 * about 80 ms of every provider process that sends a request, against about 25 ms for the pool
 * and the `request` API alone (measured on Node 20 and 22, undici 7.30). undici 7 has no `exports`
 * map, so these files are reachable. A later version may move them, so any failure here falls back
 * to the package index, which the transport behaves the same with.
 */
import type { Dispatcher, Pool } from "undici";

/** What the transport needs from undici. */
export interface UndiciPool {
  /** The keep-alive connection pool class. */
  Pool: typeof Pool;
  /** Sends one request on `pool` (undici's `Dispatcher.prototype.request`). */
  request(pool: Pool, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
}

let loaded: UndiciPool | undefined;

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on the first request, by design */

/** Loads undici's pool and request API once; later calls return the same functions. */
export function loadUndiciPool(): UndiciPool {
  return (loaded ??= fromFiles() ?? fromIndex());
}

/** Where the pool and the request API are: the files alone, or undefined if they are not there. */
function fromFiles(): UndiciPool | undefined {
  try {
    const PoolClass = require("undici/lib/dispatcher/pool.js") as typeof Pool;
    const api = require("undici/lib/api/index.js") as { request?: Dispatcher["request"] };
    const request = api.request;
    if (typeof PoolClass !== "function" || typeof request !== "function") return undefined;
    return {
      Pool: PoolClass,
      request: (pool, options) => request.call(pool, options) as Promise<Dispatcher.ResponseData>,
    };
  } catch {
    return undefined;
  }
}

function fromIndex(): UndiciPool {
  const undici = require("undici") as typeof import("undici");
  return { Pool: undici.Pool, request: (pool, options) => pool.request(options) };
}
/* eslint-enable @typescript-eslint/no-require-imports */
