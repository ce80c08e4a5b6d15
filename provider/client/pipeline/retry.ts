import { sleep } from "../wait";
import { backoffDelay, resolveRetryOptions, retryAfterMs, RETRYABLE_STATUSES } from "./retryPolicy";
import type { RetryOptions } from "../options";
import { TransportError, type PipelineRequest, type PipelineResponse, type PipelineStep } from "./types";

/**
 * Retry step. Everything after it (sign, send) runs once per attempt, so each attempt gets a fresh
 * `ocp-date` and signature/token. The rules, by the operation's {@link RetryMode}:
 *
 * - `idempotent` (GET, HEAD, PUT, PATCH, DELETE, updateproperties, evaluateautoscale): retried on 429,
 *   500, 502, 503, 504 and on any network error or timeout.
 * - `create` (POST add): retried on the same conditions; when an earlier attempt was *uncertain*
 *   (a network error after the request may have been sent, or a 5xx), the final response is flagged
 *   `earlierAttemptUncertain` so the caller can resolve a 409 *Exists by reading the object back.
 * - `action` (POST resize/stopresize/enable/disable/terminate/…): retried only when the service surely
 *   did not act: 429, 503 carrying a Retry-After header, or a connection failure before any byte was sent.
 *
 * Delays: the server's Retry-After / retry-after-ms / x-ms-retry-after-ms when present (capped),
 * otherwise full-jitter exponential backoff.
 */
export function retryStep(
  options: RetryOptions | undefined,
  log?: (line: string) => void,
  random: () => number = Math.random,
): PipelineStep {
  const o = resolveRetryOptions(options);
  return async (req, next) => {
    let uncertain = false;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= o.maxAttempts;
      let res: PipelineResponse;
      try {
        // serializeRequest already numbers the request 1: the first attempt needs no copy.
        res = await next(attempt === req.attempt ? req : { ...req, attempt });
      } catch (e) {
        if (!(e instanceof TransportError)) throw e;
        const retryable = req.retryMode !== "action" || !e.sent;
        if (!retryable || last) throw e;
        if (e.sent) uncertain = true;
        const delay = backoffDelay(attempt, o, random);
        log?.(`batch ↻ ${req.operation} attempt ${attempt} failed (${e.code}); retrying in ${delay}ms`);
        await sleep(delay, req.signal);
        continue;
      }
      if (last || !shouldRetry(req, res))
        return { ...res, earlierAttemptUncertain: uncertain, attempts: attempt };
      // A 5xx may come after the service acted on the request; 429 is a clean rejection.
      if (res.status >= 500) uncertain = true;
      const requested = retryAfterMs(res.headers);
      const delay =
        requested !== undefined ? Math.min(requested, o.maxRetryAfterMs) : backoffDelay(attempt, o, random);
      log?.(`batch ↻ ${req.operation} attempt ${attempt} got ${res.status}; retrying in ${delay}ms`);
      await sleep(delay, req.signal);
    }
  };
}

function shouldRetry(req: PipelineRequest, res: PipelineResponse): boolean {
  if (!RETRYABLE_STATUSES.has(res.status)) return false;
  if (req.retryMode !== "action") return true;
  return res.status === 429 || (res.status === 503 && retryAfterMs(res.headers) !== undefined);
}
