/**
 * Writing answers: a handler's result or an error in Batch's format, with the headers every answer
 * carries (request-id, DataServiceVersion, client-request-id when asked for).
 *
 * Why flat header arrays (`writeHead(status, [name, value, ...])`) instead of an object: node:http
 * walks an object with `for...in` plus an own-property check per header, and the object itself was
 * built, extended and merged per request (issue 16). The names, values and their order on the wire
 * are those the object form produced: a later value of an existing name replaces it in place, as
 * `Object.assign` did.
 */
import type { Ctx, HandlerResult } from "./context";
import { type EmulatorError, errorBody } from "./errors";
import { JSON_CONTENT_TYPE } from "./serialize";

/** Header names and values, alternating, as `writeHead` takes them. */
type Headers = string[];

/** Sets a header: replaces the value of an existing name in place, else appends it. */
function put(h: Headers, name: string, value: string): void {
  for (let i = 0; i < h.length; i += 2)
    if (h[i] === name) {
      h[i + 1] = value;
      return;
    }
  h.push(name, value);
}

function commonHeaders(ctx: Ctx): Headers {
  const h: Headers = ["request-id", ctx.requestId, "DataServiceVersion", "3.0"];
  const crid = ctx.req.headers["client-request-id"];
  if (
    typeof crid === "string" &&
    String(ctx.req.headers["return-client-request-id"]).toLowerCase() === "true"
  )
    h.push("client-request-id", crid);
  return h;
}

/** The last Last-Modified converted: a GET of the same entity repeats it (Date formatting is not free). */
let lastModified = { iso: "", http: "" };

function httpDate(iso: string): string {
  if (iso !== lastModified.iso) lastModified = { iso, http: new Date(iso).toUTCString() };
  return lastModified.http;
}

/** The last payload measured: a cached GET body is the same string request after request. */
let lastPayload = { text: "", bytes: 0 };

function byteLength(text: string): number {
  if (text !== lastPayload.text) lastPayload = { text, bytes: Buffer.byteLength(text) };
  return lastPayload.bytes;
}

/** Writes a handler's result: common headers, the entity's ETag/Last-Modified, the body. */
export function send(ctx: Ctx, r: HandlerResult): void {
  const h = commonHeaders(ctx);
  if (r.entity) {
    if (typeof r.entity.eTag === "string") h.push("ETag", r.entity.eTag);
    if (typeof r.entity.lastModified === "string") h.push("Last-Modified", httpDate(r.entity.lastModified));
  }
  // A create names the new entity; every other change names the URL it was sent to (nodesdk:
  // `.../pools/p/updateproperties`, `.../jobschedules/s/disable`).
  if (r.dataServiceId) h.push("DataServiceId", r.status === 201 ? r.dataServiceId : ctx.base + ctx.subPath);
  // Every create (201) names the new entity in Location too, as recorded for all kinds.
  if (r.status === 201 && r.dataServiceId) h.push("Location", r.dataServiceId);
  // Only a handler's own headers can repeat a name set above (or below): search only then.
  const extra = r.headers;
  const set = extra ? put : (hs: Headers, name: string, value: string) => void hs.push(name, value);
  if (extra) for (const k of Object.keys(extra)) put(h, k, extra[k]);
  let payload: string | undefined;
  if (r.text !== undefined) {
    payload = r.text;
    set(h, "Content-Type", r.contentType ?? "text/plain");
  } else if (r.body !== undefined) {
    payload = JSON.stringify(r.body);
    set(h, "Content-Type", r.contentType ?? JSON_CONTENT_TYPE);
  }
  const head = ctx.method === "HEAD";
  // A HEAD that describes content (file properties) says how long it is.
  if (!(head && extra?.["Content-Length"]))
    set(h, "Content-Length", String(payload === undefined || head ? 0 : byteLength(payload)));
  ctx.res.writeHead(r.status, h);
  ctx.res.end(head ? undefined : payload);
}

/** Writes an error in Batch's format (no body for HEAD and 304). */
export function sendError(ctx: Ctx, err: EmulatorError): void {
  const h = commonHeaders(ctx);
  for (const k of Object.keys(err.headers)) put(h, k, err.headers[k]);
  if (ctx.method === "HEAD" || err.status === 304) {
    put(h, "Content-Length", "0");
    ctx.res.writeHead(err.status, h);
    ctx.res.end();
    return;
  }
  const body = errorBody(err, ctx.base.replace(/\/$/, ""), ctx.requestId, new Date(ctx.now));
  put(h, "Content-Type", JSON_CONTENT_TYPE);
  put(h, "Content-Length", String(Buffer.byteLength(body)));
  ctx.res.writeHead(err.status, h);
  ctx.res.end(body);
}
