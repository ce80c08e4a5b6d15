/**
 * The bad-input corpus's shared parts: a case is a valid base with one change, the property the
 * failure must name, and optionally a secret that must not appear in any message. Each case runs
 * through a provider's real `check` (engine-shaped inputs), never a stub.
 */

/** A test-only secret planted in inputs; no message may contain it. */
export const SECRET = "Corpus-S3cret-Value-9f2b";

/** One bad input. */
export interface BadCase {
  /** What is wrong, as the test's title. */
  title: string;
  /** Returns the bad inputs from a fresh copy of the valid base. */
  change: (inputs: Record<string, unknown>) => void;
  /** The failure's property (engine name, dotted path). */
  property: string;
  /** Text the reason must contain to name the property (default: the property itself). */
  names?: string;
}

/** A reason says what to write instead: a fix after the problem. */
export const FIX_HINT =
  /[;:] .*\b(use|write|add|remove|set|keep|shorten|give|omit|move|export|replace|store|check its spelling|name a)\b/i;

/** Deep copy of plain JSON. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Sets a nested value (creating objects on the way); `undefined` deletes it. */
export function at(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let node: Record<string, unknown> = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Shorthand for a case that sets one path. */
export function set(
  title: string,
  dotted: string,
  value: unknown,
  property = dotted,
  names?: string,
): BadCase {
  return { title, change: (i) => at(i, dotted, value), property, names };
}

/** A failure as the providers return it. */
export interface Failure {
  property: string;
  reason: string;
}

/** The assertions every corpus case makes. */
export function expectRejected(failures: Failure[] | undefined, c: BadCase): void {
  const list = failures ?? [];
  expect(list.length).toBeGreaterThan(0);
  const hit = list.find((f) => f.property === c.property);
  expect({ property: hit?.property, all: list.map((f) => f.property) }).toMatchObject({
    property: c.property,
  });
  expect(hit?.reason).toContain(c.names ?? c.property);
  expect(hit?.reason).toMatch(FIX_HINT);
  expect(JSON.stringify(list)).not.toContain(SECRET);
}
