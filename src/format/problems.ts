import type { Model } from '../engine/model';
import { maxProblems } from './limits';

/** One thing wrong in a model file: where (a JSON path such as `layers[1].weights[0][2]`) and what, in plain English. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** On the last entry of a list cut at `maxProblems`: how many more problems there were ("and 1,951 more…"). */
  readonly more?: number;
}

/** The outcome of reading a model: the model, or every problem found (at most `maxProblems` entries). */
export type ParseResult = { ok: true; model: Model } | { ok: false; problems: readonly Problem[] };

/** The path shown for the whole file rather than one of its fields. */
export const rootPath = '(file)';

/** One problem as one line of text, e.g. `layers[1].weights[0][2]: expected a finite number, got "abc"`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

/** The path of a field of the value at `path` (the root path being ''). */
export function fieldPath(path: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(truncate(key, 40))}]`;
  if (path === '') return name.startsWith('[') ? `${rootPath}${name}` : name;
  return name.startsWith('[') ? `${path}${name}` : `${path}.${name}`;
}

/** The path of an item of the array at `path`. */
export function itemPath(path: string, index: number): string {
  return `${path === '' ? rootPath : path}[${index}]`;
}

/** Keeps the first `length` characters of a text, marking the cut with "…". */
export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** A count with thousands separators and the right plural, e.g. `1,001 samples`, `1 bias`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** A short, plain-text description of any value for messages (strings quoted and cut at 40 characters). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return JSON.stringify(truncate(value, 40));
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return 'a big integer';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? `a list of ${count(value.length, 'item')}` : 'an object';
  }
}

/** The message for a value that is missing or not what was expected. */
export function expected(what: string, value: unknown): string {
  return value === undefined ? `missing: expected ${what}` : `expected ${what}, got ${describeValue(value)}`;
}

/** Collects problems, keeping the first ones and counting the rest. */
export class ProblemList {
  private readonly kept: Problem[] = [];
  private total = 0;

  /** Records one problem. */
  add(path: string, message: string): void {
    this.total += 1;
    if (this.kept.length < maxProblems) this.kept.push({ path: path === '' ? rootPath : path, message });
  }

  /** How many problems were recorded (kept or not). */
  get size(): number {
    return this.total;
  }

  /** The problems to show: at most `maxProblems`, the last one saying how many more there were. */
  toArray(): readonly Problem[] {
    if (this.total <= maxProblems) return [...this.kept];
    const shown = this.kept.slice(0, maxProblems - 1);
    const more = this.total - shown.length;
    const message = `and ${count(more, 'more problem')} (fix these first)`;
    return [...shown, { path: rootPath, message, more }];
  }
}

/** How many problems a list stands for: those listed, and the more its last entry counts. */
export function problemTotal(problems: readonly Problem[]): number {
  const more = problems.at(-1)?.more;
  return more === undefined ? problems.length : problems.length - 1 + more;
}
