/**
 * The control API under the reserved prefix `/_emulator/` (no authentication): request log, fault
 * injection, reset and health. See emulator/README.md.
 */
import type { Ctx, HandlerResult } from "./context";
import { invalidRequestBody, resourceNotFound, unsupportedHttpVerb } from "./errors";
import type { FaultRule } from "./faults";

/** Reserved path prefix of the control API. */
export const CONTROL_PREFIX = "/_emulator/";

function parseBody(ctx: Ctx): unknown {
  try {
    return ctx.body.length ? JSON.parse(ctx.body.toString("utf8")) : undefined;
  } catch (e) {
    throw invalidRequestBody((e as Error).message);
  }
}

/** Handles a control request. */
export function handleControl(ctx: Ctx): HandlerResult {
  const { state } = ctx;
  const what = ctx.rawPath.slice(CONTROL_PREFIX.length).replace(/\/$/, "");
  const m = ctx.method;
  switch (what) {
    case "health":
      if (m !== "GET") throw unsupportedHttpVerb(m);
      return {
        status: 200,
        body: { status: "ok", accounts: [...state.accounts.values()].map((a) => a.name) },
      };
    case "requests":
      if (m === "GET") return { status: 200, body: state.log.all() };
      if (m === "DELETE") {
        state.log.clear();
        return { status: 204 };
      }
      throw unsupportedHttpVerb(m);
    case "faults": {
      if (m === "GET") return { status: 200, body: state.faults.list() };
      if (m === "DELETE") {
        state.faults.clear();
        return { status: 204 };
      }
      if (m !== "POST") throw unsupportedHttpVerb(m);
      const body = parseBody(ctx);
      const rules = (Array.isArray(body) ? body : [body]) as FaultRule[];
      try {
        return { status: 201, body: { ids: rules.map((r) => state.faults.add(r)) } };
      } catch (e) {
        throw invalidRequestBody((e as Error).message);
      }
    }
    case "reset":
      if (m !== "POST") throw unsupportedHttpVerb(m);
      state.store.clear();
      return { status: 204 };
    default:
      throw resourceNotFound();
  }
}
