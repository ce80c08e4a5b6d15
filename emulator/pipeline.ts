/**
 * The request pipeline, in this order (documented in emulator/README.md):
 * context → control API → faults → auth → routing → validation → handler → error serialization.
 * Every stage but the last may throw an EmulatorError; the store is committed (persisted) before the
 * response is written so an acknowledged change survives a crash.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate } from "./auth";
import type { Ctx, EmulatorState, HandlerResult } from "./context";
import { CONTROL_PREFIX, handleControl } from "./control";
import {
  authenticationFailed,
  faultError,
  internalError,
  isEmulatorError,
  requestBodyTooLarge,
  resourceNotFound,
  unsupportedHttpVerb,
} from "./errors";
import { createContext, NO_BODY } from "./requestContext";
import { send, sendError } from "./respond";
import { matchRoute } from "./router";
import { validateRequest } from "./validation";

const MAX_BODY = 4 * 1024 * 1024;

/** The request body; synchronously when none is announced (most GETs: no wait, no microtask). */
function readBody(req: IncomingMessage): Buffer | Promise<Buffer> {
  if (!req.headers["content-length"] && !req.headers["transfer-encoding"]) return NO_BODY;
  if (req.headers["content-length"] === "0") return NO_BODY;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Discard the rest so the 413 can be written on a healthy connection.
        req.resume();
        reject(requestBodyTooLarge());
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Account of a bare-endpoint request: named by SharedKey, else (Bearer) the first account. */
function credentialAccount(ctx: Ctx, state: EmulatorState): string | undefined {
  const auth = ctx.req.headers.authorization ?? "";
  const m = /^SharedKey ([^:]+):/.exec(auth);
  if (m) return m[1];
  return auth ? [...state.accounts.values()][0]?.name : undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function match(ctx: Ctx) {
  const m = matchRoute(ctx.method, ctx.subPath);
  ctx.route = m.route;
  ctx.params = m.params;
  return m;
}

type Outcome = HandlerResult | "reset";

/**
 * Stages 3–7 for a Batch request (everything that is not the control API): synchronous unless a
 * fault rule is set, so a plain request takes no promise hops (issue 16).
 */
function batchRequest(ctx: Ctx): Outcome | Promise<Outcome> {
  if (ctx.state.faults.empty) return authorizedRequest(ctx);
  return faultedRequest(ctx);
}

/** Stage 3 (faults), then the rest. */
async function faultedRequest(ctx: Ctx): Promise<Outcome> {
  const f = ctx.state.faults.match(ctx.method, ctx.subPath, () => match(ctx).route?.operation);
  if (f) {
    if (f.rule.latencyMs) await sleep(f.rule.latencyMs);
    if (f.rule.reset) return "reset";
    if (f.rule.status !== undefined) throw faultError(f.rule.status, f.headers);
  }
  return authorizedRequest(ctx);
}

/** Stages 4–7: auth, routing, validation, handler. */
function authorizedRequest(ctx: Ctx): HandlerResult {
  const { state } = ctx;
  // auth
  const named = ctx.bare ? credentialAccount(ctx, state) : ctx.account;
  const account = named ? state.accounts.get(named.toLowerCase()) : undefined;
  if (!account)
    throw named
      ? authenticationFailed(`The account '${named}' does not exist on this emulator.`)
      : ctx.bare
        ? // Unsigned on the bare endpoint: the same answer as path-style, never a 404.
          authenticationFailed("The Authorization header is missing.")
        : resourceNotFound();
  if (!ctx.bare && ctx.account !== account.name) ctx.base = ctx.base.replace(/\/[^/]*$/, `/${account.name}`);
  ctx.account = account.name;
  authenticate(
    {
      method: ctx.method,
      path: ctx.rawPath,
      query: ctx.rawQuery,
      headers: ctx.req.headers,
      bodyLength: ctx.body.length,
    },
    account,
    state.devToken,
    state.maxClockSkewMs === undefined ? undefined : { now: ctx.now, maxSkewMs: state.maxClockSkewMs },
  );
  // routing
  const m = ctx.route ? { route: ctx.route, wrongMethod: false } : match(ctx);
  if (!m.route) throw m.wrongMethod ? unsupportedHttpVerb(ctx.method) : resourceNotFound();
  // validation
  validateRequest(ctx);
  // handler
  return m.route.handler(ctx);
}

/** Stage 8 and after: commit, then the answer (or the error's), then the request log. */
function finish(ctx: Ctx, outcome: { r: Outcome } | { e: unknown }): void {
  const { state } = ctx;
  let status = 0;
  try {
    if ("e" in outcome) throw outcome.e;
    state.store.commit();
    if (outcome.r === "reset") {
      ctx.req.socket.destroy();
      return;
    }
    status = outcome.r.status;
    send(ctx, outcome.r);
  } catch (e) {
    status = fail(ctx, e);
  } finally {
    log(ctx, status);
  }
}

/** Answers an error (Batch's format; 500 InternalError for anything unexpected); its status. */
function fail(ctx: Ctx, e: unknown): number {
  const err = isEmulatorError(e) ? e : internalError();
  if (!isEmulatorError(e)) console.error("emulator: unexpected error", (e as Error)?.stack ?? e);
  try {
    ctx.state.store.commit();
  } catch {
    // the error response matters more than persisting a lazy transition
  }
  sendError(ctx, err);
  return err.status;
}

function log(ctx: Ctx, status: number): void {
  ctx.state.log.add({
    method: ctx.method,
    rawPath: ctx.rawPath,
    rawQuery: ctx.rawQuery,
    account: ctx.account,
    operation: ctx.route?.operation,
    status,
    durationMs: Math.round((performance.now() - ctx.started) * 1000) / 1000,
    at: ctx.now,
    requestId: ctx.requestId,
  });
}

/** Stages 2–8 once the body is read. */
function handle(ctx: Ctx): void {
  const { state } = ctx;
  if (ctx.rawPath.startsWith(CONTROL_PREFIX)) {
    // Control calls are not logged: tests count Batch REST calls.
    try {
      const r = handleControl(ctx);
      state.store.commit();
      send(ctx, r);
    } catch (e) {
      fail(ctx, e);
    }
    return;
  }
  let r: Outcome | Promise<Outcome>;
  try {
    r = batchRequest(ctx);
  } catch (e) {
    finish(ctx, { e });
    return;
  }
  if (r instanceof Promise)
    r.then(
      (v) => finish(ctx, { r: v }),
      (e: unknown) => finish(ctx, { e }),
    );
  else finish(ctx, { r });
}

/** Creates the node:http request listener for an emulator state. */
export function createRequestListener(
  state: EmulatorState,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let ctx: Ctx;
    try {
      ctx = createContext(req, res, state);
    } catch (e) {
      if (!isEmulatorError(e)) console.error("emulator: unexpected error", (e as Error)?.stack ?? e);
      res.writeHead(isEmulatorError(e) ? e.status : 500);
      res.end();
      return;
    }
    // Read after the context exists, so an oversized body gets Batch's 413 error body.
    let body: Buffer | Promise<Buffer>;
    try {
      body = readBody(req);
    } catch (e) {
      body = Promise.reject(e);
    }
    if (Buffer.isBuffer(body)) {
      ctx.body = body;
      handle(ctx);
      return;
    }
    body.then(
      (b) => {
        ctx.body = b;
        handle(ctx);
      },
      (e: unknown) => (ctx.rawPath.startsWith(CONTROL_PREFIX) ? fail(ctx, e) : finish(ctx, { e })),
    );
  };
}
