import type { Gradient, Model } from '../engine';
import { line, type CardLine } from './card';
import { cat, eq, group, partial, question, words } from './expr';
import type { Notation } from './notation';
import { num } from './numbers';

/** Everything the lines of one δ^k_i need. */
export interface Context {
  readonly model: Model;
  readonly nt: Notation;
  readonly k: number;
  readonly i: number;
  readonly gradient: Gradient;
  /** o^{k-1}_i, the stored value of X^k_i. */
  readonly x: number;
  readonly id: string;
}

/** X^k_i and its value symbol o^{k-1}_i (data_i for k = 1). */
export const variable = (c: Context) => c.nt.X(c.k, c.i);
export const at = (c: Context) => c.nt.value(c.k, c.i);

/** Goal: δ^k_i = ∂Loss/∂X^k_i(o^{k-1}_i) = ? and the interesting variable. */
export const goal = (c: Context): CardLine[] => [
  line(`${c.id}:goal`, 'goal', [
    cat(c.nt.delta(c.k, c.i), eq, partial(c.nt.propagated, variable(c), at(c)), eq, question),
  ]),
  line(`${c.id}:variable`, 'goal', [
    cat(
      words('the interesting variable is '),
      variable(c),
      words(', of value '),
      group(cat(at(c), eq, num(c.x))),
    ),
  ]),
];
