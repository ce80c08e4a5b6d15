/**
 * HTTP conditional headers (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since), applied only
 * to operations whose spec declares them. A failed If-Match / If-Unmodified-Since is 412 ConditionNotMet;
 * a GET or HEAD whose If-None-Match / If-Modified-Since says "unchanged" is 304 Not Modified (a change
 * request so conditioned is 412); mixing If-Match with If-Modified-Since is 400, as the service answers.
 */
import type { Ctx } from "./context";
import { conditionNotMet, multipleConditionHeaders, notModified } from "./errors";
import type { Entity } from "./store/Store";

function h(ctx: Ctx, name: string): string | undefined {
  const v = ctx.req.headers[name];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** Seconds precision, as HTTP dates carry. */
function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

function etagMatches(list: string, etag: string | undefined): boolean {
  return list
    .split(",")
    .map((s) =>
      s
        .trim()
        .replace(/^W\//, "")
        .replace(/^"(.*)"$/, "$1"),
    )
    .some((t) => t === "*" || (etag !== undefined && t === etag));
}

/**
 * Throws 412 ConditionNotMet when a conditional header of the request is not satisfied by `entity`.
 * No-op for operations whose spec does not accept conditional headers.
 */
export function checkConditions(ctx: Ctx, entity: Entity): void {
  if (!ctx.route?.conditional) return;
  const ifMatch = h(ctx, "if-match");
  const ifNoneMatch = h(ctx, "if-none-match");
  const ims = h(ctx, "if-modified-since");
  const ius = h(ctx, "if-unmodified-since");
  // Most requests carry none: then nothing below can apply (and parsing lastModified is not free).
  if (!ifMatch && !ifNoneMatch && !ims && !ius) return;
  const etag = entity.eTag as string | undefined;
  const modified = seconds(Date.parse(entity.lastModified as string));
  if ((ifMatch || ius) && (ifNoneMatch || ims)) throw multipleConditionHeaders();
  if (ifMatch && !etagMatches(ifMatch, etag)) throw conditionNotMet();
  if (ius && !Number.isNaN(Date.parse(ius)) && modified > seconds(Date.parse(ius))) throw conditionNotMet();
  const unchanged =
    (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, etag)) ||
    (ims !== undefined && !Number.isNaN(Date.parse(ims)) && !(modified > seconds(Date.parse(ims))));
  if (!unchanged) return;
  if (ctx.method === "GET" || ctx.method === "HEAD")
    throw notModified({
      ...(etag ? { ETag: etag } : {}),
      "Last-Modified": new Date(entity.lastModified as string).toUTCString(),
    });
  throw conditionNotMet();
}
