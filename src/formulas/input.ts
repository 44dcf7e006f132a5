import type { Pass } from '../engine';
import type { ForwardStep } from '../timeline';
import { line, type CardLine } from './card';
import { boxed, cat, eq } from './expr';
import { shared, type Notation } from './notation';
import { num } from './numbers';

/**
 * The lines of o^k_j of an Input 1D layer, which stores the data: L^k(X^k) = X^k, o^k_j = data_j (spec 2.1). The
 * first frame of a fresh start shows one; the other layers' formulas come after it (see backwardCode.ts).
 */
export function inputLines(pass: Pass, step: ForwardStep, nt: Notation): CardLine[] {
  const { k, j } = step;
  const value = pass.layers[k - 1]?.output[j] ?? NaN;
  // One key per layer, not per neuron: the card keeps its lines from one neuron to the next.
  const id = `o:${k}`;
  return [
    line(`${id}:rule`, 'rule', [cat(shared.apply(shared.layer(k), shared.Xall(k)), eq, shared.Xall(k))]),
    line(`${id}:value`, 'forward', [cat(nt.o(k, j), eq, nt.value(k, j), eq, boxed(num(value)))]),
  ];
}
