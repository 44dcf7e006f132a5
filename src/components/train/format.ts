/** How the Train panel prints counts, changes and the quantities it names. */
import { formatValue } from '../../layout';
import type { NonFiniteReport, WeightChange } from '../../training';
import type { SymParts } from './Sym';

/** A whole number with thousands separators: 10,000. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** "1 epoch", "3 iterations": a count and its noun, plural when needed. */
export const plural = (n: number, noun: string): string => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/** The direction of a change, said with a symbol and a word (never by colour alone). */
export interface SignCue {
  readonly symbol: '▲' | '▼' | '=';
  readonly word: 'up' | 'down' | 'unchanged';
}

/** The sign cue of a change after − before (NaN counts as unchanged: nothing can be said). */
export function signCue(change: number): SignCue {
  if (change > 0) return { symbol: '▲', word: 'up' };
  if (change < 0) return { symbol: '▼', word: 'down' };
  return { symbol: '=', word: 'unchanged' };
}

/** A signed change: +2×10⁻⁴, −0.01, or 0. */
export function formatChange(change: number): string {
  const text = formatValue(change);
  return change > 0 ? `+${text}` : text;
}

/** w^{k,j}_i or b^k_j of a weight change, 1-based on screen. */
export function changeSym(change: WeightChange): SymParts {
  return change.kind === 'w'
    ? { base: 'w', sup: `${change.k},${change.j + 1}`, sub: String((change.i ?? 0) + 1) }
    : { base: 'b', sup: String(change.k), sub: String(change.j + 1) };
}

/** The symbol of the first non-finite value of a run: o^k_j, δ^k_i, δw^{k,j}_i, δb^k_j, w, b or the loss. */
export function reportSym(report: NonFiniteReport): SymParts {
  const j = String((report.j ?? 0) + 1);
  const i = String((report.i ?? 0) + 1);
  const k = String(report.k);
  switch (report.quantity) {
    case 'o':
      return { base: 'o', sup: k, sub: j };
    case 'loss':
      return { base: 'loss' };
    case 'delta':
      return { base: 'δ', sup: k, sub: report.i === undefined ? j : i };
    case 'dw':
      return { base: 'δw', sup: `${k},${j}`, sub: i };
    case 'db':
      return { base: 'δb', sup: k, sub: j };
    case 'w':
      return { base: 'w', sup: `${k},${j}`, sub: i };
    case 'b':
      return { base: 'b', sup: k, sub: j };
  }
}

/** A non-finite value in words: ∞, −∞ or NaN. */
export const nonFiniteWord = (value: number): string =>
  Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
