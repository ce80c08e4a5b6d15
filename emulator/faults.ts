/**
 * Fault injection for resilience tests: rules matched by method, path regex and/or operationId that
 * answer with an error status (with Retry-After), add latency, or reset the connection.
 */

/** A fault rule as posted to `POST /_emulator/faults` or passed to `addFault()`. */
export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Regular expression (source) tested against the path after the account, e.g. `^/pools/p1$`. */
  path?: string;
  /** Spec operationId to match, e.g. `Pools_GetPool`. */
  operation?: string;
  /** Status to answer with (e.g. 503, 429, 500). Omit with latencyMs to only delay the real response. */
  status?: number;
  /** Sends `Retry-After: n` (seconds). */
  retryAfterSeconds?: number;
  /** Sends `retry-after-ms: n`. */
  retryAfterMs?: number;
  /** Delay before answering (or before continuing normally when no status/reset). */
  latencyMs?: number;
  /** Destroy the socket without answering. */
  reset?: true;
  /** Apply to this many matching requests, then expire (unlimited when omitted). */
  times?: number;
  /** Probability (0..1) that a matching request is affected (default 1). */
  fraction?: number;
}

/** What the pipeline must do for a faulted request. */
export interface FaultAction {
  rule: FaultRule;
  headers: Record<string, string>;
}

interface ActiveRule {
  id: number;
  rule: FaultRule;
  re?: RegExp;
  remaining: number;
}

/** Holds the active fault rules. */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private nextId = 1;

  /** Adds a rule; returns its id. Throws on an invalid regex or rule. */
  add(rule: FaultRule): number {
    if (rule.status === undefined && !rule.reset && rule.latencyMs === undefined)
      throw new Error("A fault rule needs status, reset or latencyMs");
    if (
      rule.status !== undefined &&
      (!Number.isInteger(rule.status) || rule.status < 100 || rule.status > 599)
    )
      throw new Error("status must be an HTTP status code");
    const id = this.nextId++;
    this.rules.push({
      id,
      rule,
      re: rule.path ? new RegExp(rule.path) : undefined,
      remaining: rule.times ?? Infinity,
    });
    return id;
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** True when no rule is active (fast path for the pipeline). */
  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** The rules currently active. */
  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /** The first rule matching the request (consuming one of its `times`), if any. */
  match(method: string, subPath: string, operation: () => string | undefined): FaultAction | undefined {
    for (const r of this.rules) {
      const { rule } = r;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (r.re && !r.re.test(subPath)) continue;
      if (rule.operation && rule.operation !== operation()) continue;
      if (rule.fraction !== undefined && Math.random() >= rule.fraction) continue;
      r.remaining--;
      if (r.remaining <= 0) this.rules = this.rules.filter((x) => x !== r);
      const headers: Record<string, string> = {};
      if (rule.retryAfterSeconds !== undefined) headers["Retry-After"] = String(rule.retryAfterSeconds);
      if (rule.retryAfterMs !== undefined) headers["retry-after-ms"] = String(rule.retryAfterMs);
      return { rule, headers };
    }
    return undefined;
  }
}
