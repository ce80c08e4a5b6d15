import { redactBody, redactText } from "../redact";
import type { PipelineStep } from "./types";

/**
 * Logging step: one line per request and one per response (status, duration, Batch ids, error code).
 * It runs before signing, so it never sees `Authorization`; bodies go through the redactor anyway.
 */
export function logStep(logger: (line: string) => void, logBodies = false): PipelineStep {
  return async (req, next) => {
    const started = Date.now();
    const id = req.headers["client-request-id"];
    const body = logBodies && req.body ? ` body=${redactBody(req.body).slice(0, 2000)}` : "";
    logger(
      redactText(
        `batch → ${req.operation} ${req.method} ${req.url.pathname}${req.url.search} client-request-id=${id}${body}`,
      ),
    );
    try {
      const res = await next(req);
      const code = res.status >= 400 ? ` ${errorCode(res.bodyText)}` : "";
      logger(
        redactText(
          `batch ← ${req.operation} ${res.status}${code} in ${Date.now() - started}ms` +
            ` request-id=${res.headers["request-id"] ?? "-"} attempts=${res.attempts ?? 1}`,
        ),
      );
      return res;
    } catch (e) {
      logger(
        redactText(
          `batch ✗ ${req.operation} failed after ${Date.now() - started}ms: ${(e as Error).message}`,
        ),
      );
      throw e;
    }
  };
}

function errorCode(text: string): string {
  try {
    const c = (JSON.parse(text) as { code?: unknown }).code;
    return typeof c === "string" ? c : "";
  } catch {
    return "";
  }
}
