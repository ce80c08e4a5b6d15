/**
 * A documented subset of the Batch autoscale formula language (see emulator/README.md): statements
 * `$Var = expr;` (or `name = expr`), numbers, strings, + - * / %, comparisons, && || !, ternary
 * `c ? a : b`, and min/max/abs/floor/ceil/round. Sampling functions ($PendingTasks.GetSample, ...) are
 * not supported and report a syntax error.
 */

/** Values a formula can hold. */
export type FormulaValue = number | string;

/** Result of evaluating a formula against a pool. */
export interface FormulaResult {
  targetDedicatedNodes: number;
  targetLowPriorityNodes: number;
  nodeDeallocationOption: string;
  /** `$Var=value;...` of the assigned variables, as Batch's AutoScaleRun.results. */
  results: string;
}

/** A formula that cannot be parsed or evaluated. */
export class FormulaError extends Error {}

const TOKENS =
  /\s*(?:(\d+(?:\.\d+)?)|("[^"]*"|'[^']*')|(\$?[A-Za-z_][\w.]*)|(==|!=|<=|>=|&&|\|\||[-+*/%()?:,<>!=;\n]))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  const text = src.replace(/\r/g, "");
  TOKENS.lastIndex = 0;
  while (TOKENS.lastIndex < text.length) {
    const rest = text.slice(TOKENS.lastIndex);
    if (/^[ \t]*$/.test(rest)) break;
    // Newlines separate statements like ';' (keep them, skip other whitespace).
    const pos = TOKENS.lastIndex;
    const ws = /^[ \t]*/.exec(rest)?.[0].length ?? 0;
    if (text[pos + ws] === "\n") {
      out.push(";");
      TOKENS.lastIndex = pos + ws + 1;
      continue;
    }
    const m = TOKENS.exec(text);
    if (!m) throw new FormulaError(`Unexpected character '${text[pos + ws]}' at position ${pos + ws}`);
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  return out;
}

const FUNCS: Record<string, (args: number[]) => number> = {
  min: (a) => Math.min(...a),
  max: (a) => Math.max(...a),
  abs: (a) => Math.abs(a[0]),
  floor: (a) => Math.floor(a[0]),
  ceil: (a) => Math.ceil(a[0]),
  round: (a) => Math.round(a[0]),
};

class Evaluator {
  private i = 0;
  constructor(
    private readonly toks: string[],
    readonly vars: Map<string, FormulaValue>,
  ) {}
  private peek(): string | undefined {
    return this.toks[this.i];
  }
  private next(): string {
    const t = this.toks[this.i++];
    if (t === undefined) throw new FormulaError("Unexpected end of formula");
    return t;
  }
  run(assigned: string[]): void {
    while (this.i < this.toks.length) {
      if (this.peek() === ";") {
        this.i++;
        continue;
      }
      const name = this.next();
      if (!/^\$?[A-Za-z_]\w*$/.test(name))
        throw new FormulaError(`Expected a variable name, found '${name}'`);
      if (this.next() !== "=") throw new FormulaError(`Expected '=' after '${name}'`);
      this.vars.set(name, this.expr());
      if (!assigned.includes(name)) assigned.push(name);
      const sep = this.peek();
      if (sep !== undefined && sep !== ";") throw new FormulaError(`Expected ';' but found '${sep}'`);
    }
  }
  private num(v: FormulaValue): number {
    if (typeof v !== "number") throw new FormulaError(`'${v}' is not a number`);
    return v;
  }
  private expr(): FormulaValue {
    const c = this.or();
    if (this.peek() !== "?") return c;
    this.i++;
    const a = this.expr();
    if (this.next() !== ":") throw new FormulaError("Expected ':' in conditional expression");
    const b = this.expr();
    return this.num(c) !== 0 ? a : b;
  }
  private or(): FormulaValue {
    let l = this.and();
    while (this.peek() === "||") {
      this.i++;
      const r = this.and();
      l = this.num(l) !== 0 || this.num(r) !== 0 ? 1 : 0;
    }
    return l;
  }
  private and(): FormulaValue {
    let l = this.cmp();
    while (this.peek() === "&&") {
      this.i++;
      const r = this.cmp();
      l = this.num(l) !== 0 && this.num(r) !== 0 ? 1 : 0;
    }
    return l;
  }
  private cmp(): FormulaValue {
    const l = this.add();
    const op = this.peek();
    if (!op || !["==", "!=", "<", "<=", ">", ">="].includes(op)) return l;
    this.i++;
    const r = this.add();
    const res =
      op === "=="
        ? l === r
        : op === "!="
          ? l !== r
          : op === "<"
            ? l < r
            : op === "<="
              ? l <= r
              : op === ">"
                ? l > r
                : l >= r;
    return res ? 1 : 0;
  }
  private add(): FormulaValue {
    let l = this.mul();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.next();
      const r = this.num(this.mul());
      l = op === "+" ? this.num(l) + r : this.num(l) - r;
    }
    return l;
  }
  private mul(): FormulaValue {
    let l = this.unary();
    while (this.peek() === "*" || this.peek() === "/" || this.peek() === "%") {
      const op = this.next();
      const r = this.num(this.unary());
      if (op !== "*" && r === 0) throw new FormulaError("Division by zero");
      l = op === "*" ? this.num(l) * r : op === "/" ? this.num(l) / r : this.num(l) % r;
    }
    return l;
  }
  private unary(): FormulaValue {
    if (this.peek() === "-") {
      this.i++;
      return -this.num(this.unary());
    }
    if (this.peek() === "!") {
      this.i++;
      return this.num(this.unary()) === 0 ? 1 : 0;
    }
    return this.primary();
  }
  private primary(): FormulaValue {
    const t = this.next();
    if (t === "(") {
      const v = this.expr();
      if (this.next() !== ")") throw new FormulaError("Expected ')'");
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (t[0] === '"' || t[0] === "'") return t.slice(1, -1);
    if (/^\$?[A-Za-z_][\w.]*$/.test(t)) {
      if (this.peek() === "(") {
        const fn = FUNCS[t.toLowerCase()];
        if (!fn) throw new FormulaError(`Unsupported function '${t}'`);
        this.i++;
        const args: number[] = [];
        if (this.peek() !== ")") {
          args.push(this.num(this.expr()));
          while (this.peek() === ",") {
            this.i++;
            args.push(this.num(this.expr()));
          }
        }
        if (this.next() !== ")") throw new FormulaError("Expected ')' after function arguments");
        if (args.length === 0) throw new FormulaError(`'${t}' needs at least one argument`);
        return fn(args);
      }
      const v = this.vars.get(t);
      if (v === undefined) throw new FormulaError(`Unknown variable or unsupported expression '${t}'`);
      return v;
    }
    throw new FormulaError(`Unexpected '${t}'`);
  }
}

/** Pool values the formula can read. */
export interface FormulaInputs {
  currentDedicatedNodes: number;
  currentLowPriorityNodes: number;
  /** Starting values of $TargetDedicatedNodes / $TargetLowPriorityNodes (default: the current counts). */
  targetDedicatedNodes?: number;
  targetLowPriorityNodes?: number;
}

/**
 * A formula that failed while evaluating (an undefined symbol, a non-number target): Batch answers
 * AutoScalingFormulaEvaluationError with the results computed so far (nodesdk recording).
 */
export class FormulaEvaluationError extends FormulaError {
  constructor(
    message: string,
    /** `$TargetDedicatedNodes=..;$TargetLowPriorityNodes=..;$NodeDeallocationOption=..` so far. */
    readonly results: string,
  ) {
    super(message);
  }
}

/**
 * Batch's AutoScaleRun.results: the target variables and the deallocation option always, in this
 * order ($TargetLowPriorityNodes included even when unassigned), then other assigned variables.
 */
function standardResults(vars: Map<string, FormulaValue>, assigned: string[]): string {
  const dedicated =
    assigned.includes("$TargetDedicated") && !assigned.includes("$TargetDedicatedNodes")
      ? "$TargetDedicated"
      : "$TargetDedicatedNodes";
  // The legacy name comes from before low-priority nodes existed: its results (official example
  // Pools_EvaluatePoolAutoscale) do not list $TargetLowPriorityNodes.
  const fixed =
    dedicated === "$TargetDedicated" && !assigned.includes("$TargetLowPriorityNodes")
      ? [dedicated, "$NodeDeallocationOption"]
      : [dedicated, "$TargetLowPriorityNodes", "$NodeDeallocationOption"];
  const shown = [...fixed, ...assigned.filter((n, i) => !fixed.includes(n) && assigned.indexOf(n) === i)];
  return shown.map((n) => `${n}=${vars.get(n) ?? vars.get("$TargetDedicatedNodes")}`).join(";");
}

/** Evaluates a formula; throws {@link FormulaError} outside the supported subset. */
export function evaluateFormula(formula: string, inputs: FormulaInputs): FormulaResult {
  if (formula.length > 8192) throw new FormulaError("The formula is longer than 8192 characters");
  const vars = new Map<string, FormulaValue>([
    ["$CurrentDedicatedNodes", inputs.currentDedicatedNodes],
    ["$CurrentLowPriorityNodes", inputs.currentLowPriorityNodes],
    ["$TargetDedicatedNodes", inputs.targetDedicatedNodes ?? inputs.currentDedicatedNodes],
    ["$TargetLowPriorityNodes", inputs.targetLowPriorityNodes ?? inputs.currentLowPriorityNodes],
    ["$NodeDeallocationOption", "requeue"],
  ]);
  const assigned: string[] = [];
  const tokens = tokenize(formula);
  try {
    new Evaluator(tokens, vars).run(assigned);
  } catch (e) {
    if (!(e instanceof FormulaError) || !/^Unknown variable/.test(e.message)) throw e;
    const symbol = /'([^']*)'/.exec(e.message)?.[1] ?? "";
    throw new FormulaEvaluationError(`Undefined symbol: ${symbol}`, standardResults(vars, assigned));
  }
  if (assigned.length === 0) throw new FormulaError("The formula assigns no variable");
  // $TargetDedicated is the legacy name of $TargetDedicatedNodes.
  const dedicated =
    assigned.includes("$TargetDedicated") && !assigned.includes("$TargetDedicatedNodes")
      ? "$TargetDedicated"
      : "$TargetDedicatedNodes";
  const count = (name: string) => {
    const v = vars.get(name);
    if (typeof v !== "number" || !Number.isFinite(v)) throw new FormulaError(`${name} must be a number`);
    return Math.max(0, Math.floor(v));
  };
  const dealloc = String(vars.get("$NodeDeallocationOption"));
  if (!["requeue", "terminate", "taskcompletion", "retaineddata"].includes(dealloc))
    throw new FormulaError(
      `$NodeDeallocationOption must be requeue, terminate, taskcompletion or retaineddata`,
    );
  const results = standardResults(vars, assigned);
  return {
    targetDedicatedNodes: count(dedicated),
    targetLowPriorityNodes: count("$TargetLowPriorityNodes"),
    nodeDeallocationOption: dealloc,
    results,
  };
}
