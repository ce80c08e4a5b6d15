/**
 * Values that become TypeScript source: plain JSON data plus {@link Code}, an expression written
 * as it is (a reference to another resource, a `config.requireSecret(...)`). The result is
 * formatted by Prettier afterwards, so only correctness matters here, not layout.
 */

/** A TypeScript expression placed into the generated program verbatim. */
export class Code {
  /**
   * @param text the expression, e.g. `render.id`
   */
  constructor(readonly text: string) {}
}

/** A value the generator can write: JSON data whose leaves may be {@link Code}. */
export type Value = Code | string | number | boolean | null | Value[] | { [key: string]: Value };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The source text of a value (object keys unquoted where they are identifiers). */
export function toSource(value: Value): string {
  if (value instanceof Code) return value.text;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toSource).join(", ")}]`;
  const entries = Object.entries(value).map(
    ([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${toSource(v)}`,
  );
  return `{ ${entries.join(", ")} }`;
}

/** True when the value holds a {@link Code} whose text satisfies `test` anywhere inside it. */
export function containsCode(value: Value, test: (text: string) => boolean): boolean {
  if (value instanceof Code) return test(value.text);
  if (value === null || typeof value !== "object") return false;
  return (Array.isArray(value) ? value : Object.values(value)).some((v) => containsCode(v, test));
}
