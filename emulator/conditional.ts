/**
 * HTTP conditional headers (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since), applied only
 * to operations whose spec declares them; a failed condition is 412 ConditionNotMet.
 */
import type { Ctx } from "./context";
import { conditionNotMet } from "./errors";
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
  const etag = entity.eTag as string | undefined;
  const modified = seconds(Date.parse(entity.lastModified as string));
  const ifMatch = h(ctx, "if-match");
  if (ifMatch && !etagMatches(ifMatch, etag)) throw conditionNotMet();
  const ifNoneMatch = h(ctx, "if-none-match");
  if (ifNoneMatch && etagMatches(ifNoneMatch, etag)) throw conditionNotMet();
  const ims = h(ctx, "if-modified-since");
  if (ims && !Number.isNaN(Date.parse(ims)) && !(modified > seconds(Date.parse(ims))))
    throw conditionNotMet();
  const ius = h(ctx, "if-unmodified-since");
  if (ius && !Number.isNaN(Date.parse(ius)) && modified > seconds(Date.parse(ius))) throw conditionNotMet();
}
