/**
 * How a benchmark hands its figures to `bench/run.ts`: each figure is printed by the benchmark
 * as it likes and also recorded here, and `run.ts` collects them into one JSON file
 * (`npm run bench -- --json FILE`) so runs can be compared figure by figure.
 *
 * Why a file per benchmark process (named by `BENCH_FIGURES_FILE`): every benchmark runs in its
 * own Node process, so its figures cannot be returned in memory, and stdout stays human-readable.
 */
import { appendFileSync } from "node:fs";

/** One measured figure. */
export interface Figure {
  /** Stable key, e.g. `stack.up.ratio` or `growth.preview.1000.msPerResource`. */
  name: string;
  value: number;
  /** e.g. `ms`, `ratio`, `req/s`, `bytes`, `MB`, `count`. */
  unit: string;
  /** The target as written in the issue, e.g. `<= 1.1`. */
  target?: string;
  /** Whether the target is met (absent when there is no target). */
  met?: boolean;
}

/** Environment variable naming the file figures are appended to (one JSON object per line). */
export const FIGURES_FILE_ENV = "BENCH_FIGURES_FILE";
/** Environment variable set by `run.ts --quick`: tiny sizes, only to show the benchmarks work. */
export const QUICK_ENV = "BENCH_QUICK";

/** Whether this run is the quick smoke run (CI): sizes are cut, figures mean nothing. */
export function isQuick(): boolean {
  return process.env[QUICK_ENV] === "1";
}

/**
 * Records a figure for the JSON report; returns `met` so callers can print it.
 *
 * @param target `"<= 1.1"`, `">= 25000"`, `"< 2"` (or absent): compared with `value`.
 */
export function recordFigure(
  name: string,
  value: number,
  unit: string,
  target?: string,
): boolean | undefined {
  const met = target === undefined ? undefined : meets(value, target);
  const figure: Figure = { name, value: Number.isFinite(value) ? value : -1, unit };
  if (target !== undefined) Object.assign(figure, { target, met });
  const file = process.env[FIGURES_FILE_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
  return met;
}

/** Evaluates a target such as `<= 1.1` against a value. */
export function meets(value: number, target: string): boolean {
  const m = /^\s*(<=|>=|<|>)\s*(-?[\d.]+)\s*$/.exec(target);
  if (!m) throw new Error(`bench: target ${JSON.stringify(target)} is not of the form "<= 1.1"`);
  const bound = Number(m[2]);
  switch (m[1]) {
    case "<=":
      return value <= bound;
    case ">=":
      return value >= bound;
    case "<":
      return value < bound;
    default:
      return value > bound;
  }
}

/** `MET` / `MISSED` for a printed line. */
export const verdict = (met: boolean | undefined): string => (met ? "MET" : "MISSED");

/** The median of a non-empty list (the mean of the middle two for an even length). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
