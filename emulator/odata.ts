/**
 * OData query support: a `$filter` subset (eq, ne, gt, ge, lt, le, and, or, not, parentheses,
 * startswith/endswith on property paths) and `maxresults` / `$skiptoken` paging with absolute nextLinks.
 */
import type { Ctx } from "./context";
import { invalidQueryParameterValue } from "./errors";
import type { Entity } from "./store/Store";

type Value = string | number | boolean | null;
type Node =
  | { t: "or" | "and"; l: Node; r: Node }
  | { t: "not"; e: Node }
  | { t: "cmp"; op: string; l: Operand; r: Operand }
  | { t: "fn"; name: string; args: Operand[] };
type Operand = { prop: string[] } | { lit: Value };

/** A compiled `$filter` predicate. */
export type Predicate = (e: Entity) => boolean;

const TOKEN =
  /\s*(?:(\()|(\))|(,)|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)\b|([A-Za-z_$][\w$]*(?:\/[A-Za-z_$][\w$]*)*))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`unexpected character at position ${start}`);
    if (m[4] !== undefined) out.push(`'${m[4].replace(/''/g, "'")}`);
    else out.push(m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[6]);
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: string[]) {}
  private peek(): string | undefined {
    return this.toks[this.i];
  }
  private next(): string {
    const t = this.toks[this.i++];
    if (t === undefined) throw new Error("unexpected end of expression");
    return t;
  }
  private expect(t: string): void {
    const got = this.next();
    if (got !== t) throw new Error(`expected '${t}' but found '${got}'`);
  }
  parse(): Node {
    const n = this.or();
    if (this.i < this.toks.length) throw new Error(`unexpected '${this.toks[this.i]}'`);
    return n;
  }
  private or(): Node {
    let l = this.and();
    while (this.peek()?.toLowerCase() === "or") {
      this.i++;
      l = { t: "or", l, r: this.and() };
    }
    return l;
  }
  private and(): Node {
    let l = this.unary();
    while (this.peek()?.toLowerCase() === "and") {
      this.i++;
      l = { t: "and", l, r: this.unary() };
    }
    return l;
  }
  private unary(): Node {
    if (this.peek()?.toLowerCase() === "not") {
      this.i++;
      return { t: "not", e: this.unary() };
    }
    if (this.peek() === "(") {
      this.i++;
      const n = this.or();
      this.expect(")");
      return n;
    }
    const first = this.next();
    const lower = first.toLowerCase();
    if ((lower === "startswith" || lower === "endswith" || lower === "substringof") && this.peek() === "(") {
      this.i++;
      const args = [this.operand(this.next())];
      while (this.peek() === ",") {
        this.i++;
        args.push(this.operand(this.next()));
      }
      this.expect(")");
      return { t: "fn", name: lower, args };
    }
    const op = this.next().toLowerCase();
    if (!["eq", "ne", "gt", "ge", "lt", "le"].includes(op)) throw new Error(`unknown operator '${op}'`);
    return { t: "cmp", op, l: this.operand(first), r: this.operand(this.next()) };
  }
  private operand(t: string): Operand {
    if (t.startsWith("'")) return { lit: t.slice(1) };
    if (/^-?\d/.test(t)) return { lit: Number(t) };
    const l = t.toLowerCase();
    if (l === "true" || l === "false") return { lit: l === "true" };
    if (l === "null") return { lit: null };
    if (t === "(" || t === ")" || t === ",") throw new Error(`unexpected '${t}'`);
    return { prop: t.split("/") };
  }
}

function resolve(e: Entity, o: Operand): Value {
  if ("lit" in o) return o.lit;
  let cur: unknown = e;
  for (const p of o.prop) cur = cur && typeof cur === "object" ? (cur as Entity)[p] : undefined;
  return cur === undefined ? null : (cur as Value);
}

function evaluate(n: Node, e: Entity): boolean {
  switch (n.t) {
    case "or":
      return evaluate(n.l, e) || evaluate(n.r, e);
    case "and":
      return evaluate(n.l, e) && evaluate(n.r, e);
    case "not":
      return !evaluate(n.e, e);
    case "fn": {
      const [a, b] = n.args.map((x) => resolve(e, x));
      if (n.name === "substringof") return typeof b === "string" && typeof a === "string" && b.includes(a);
      if (typeof a !== "string" || typeof b !== "string") return false;
      return n.name === "startswith" ? a.startsWith(b) : a.endsWith(b);
    }
    case "cmp": {
      const l = resolve(e, n.l);
      const r = resolve(e, n.r);
      switch (n.op) {
        case "eq":
          return l === r;
        case "ne":
          return l !== r;
        case "gt":
          return l !== null && r !== null && l > r;
        case "ge":
          return l !== null && r !== null && l >= r;
        case "lt":
          return l !== null && r !== null && l < r;
        default:
          return l !== null && r !== null && l <= r;
      }
    }
  }
}

/** Compiles a `$filter` expression; throws Error with a reason when it is not in the supported subset. */
export function compileFilter(src: string): Predicate {
  const ast = new Parser(tokenize(src)).parse();
  return (e) => evaluate(ast, e);
}

/** The request's `$filter` as a predicate (400 InvalidQueryParameterValue when malformed). */
export function requestFilter(ctx: Ctx): Predicate | undefined {
  const f = ctx.query.get("$filter");
  if (!f) return undefined;
  try {
    return compileFilter(f);
  } catch (err) {
    throw invalidQueryParameterValue("$filter", f, (err as Error).message);
  }
}

/** One page of a sorted list and the absolute link to the next page (if more remain). */
export interface Page<T> {
  items: T[];
  nextLink?: string;
}

/**
 * Pages `items` (already sorted by `keyOf`) with `maxresults` (1..1000, default 1000) and an opaque
 * `$skiptoken` holding the last key returned, so deletions between pages never skip or repeat items.
 */
export function paginate<T>(ctx: Ctx, items: T[], keyOf: (t: T) => string): Page<T> {
  const raw = ctx.query.get("maxresults") ?? ctx.query.get("maxResults");
  const max = raw === null ? 1000 : Number(raw);
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    throw invalidQueryParameterValue(
      "maxresults",
      String(raw),
      "maxresults must be an integer between 1 and 1000",
    );
  const token = ctx.query.get("$skiptoken");
  let start = 0;
  if (token) {
    const after = Buffer.from(token, "base64url").toString("utf8");
    start = items.findIndex((t) => keyOf(t) > after);
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + max);
  if (start + max >= items.length) return { items: page };
  const q = new URLSearchParams(ctx.rawQuery);
  q.set("$skiptoken", Buffer.from(keyOf(page[page.length - 1]), "utf8").toString("base64url"));
  return { items: page, nextLink: `${ctx.base}${ctx.subPath}?${q.toString()}` };
}
