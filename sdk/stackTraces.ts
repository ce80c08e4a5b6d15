/**
 * Cheaper resource construction: Pulumi's Node.js SDK (3.276, `runtime/rpc.js`
 * `transferProperties`) wraps four promises per output property of every resource it registers
 * with `new Error().stack`, kept only for its promise-leak report, which prints them solely when
 * `PULUMI_DEBUG_PROMISE_LEAKS` is set. In the program process `source-map-support` maps every
 * frame of every such trace, so for resources that declare all their outputs (a Pool has ~30) the
 * traces cost more than the rest of the registration: measured with the SDK's mocks and the
 * program's source-map hook, 50 pools + 50 job schedules took 711 ms to construct with them and
 * 91 ms without (a 4-property do-nothing dynamic resource: 250 ms).
 *
 * So the resource classes capture no frames while their `super()` runs, unless the user asked for
 * the leak report. Pulumi's own source position of the resource is unaffected: it sets its own
 * limit for that trace. What is lost is the stack of an error thrown synchronously inside the
 * constructor and of a failed registration RPC; their messages stay.
 */

/**
 * Sets `Error.stackTraceLimit` to 0 (unless `PULUMI_DEBUG_PROMISE_LEAKS` is set) and returns the
 * function that restores it; call it in a `finally` around the resource's `super()`.
 *
 * @returns restores the previous limit
 */
export function suspendStackTraces(): () => void {
  if (process.env.PULUMI_DEBUG_PROMISE_LEAKS) return () => undefined;
  const previous = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  return () => {
    Error.stackTraceLimit = previous;
  };
}
