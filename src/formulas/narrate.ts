import { activations, type Iteration, type Model, type Pass } from '../engine';
import type { ForwardStep, Step } from '../timeline';
import { backwardFormulas } from './backwardCode';
import { tidy } from './card';
import { kindName } from './names';
import { batchSizeOf, notation, type Notation } from './notation';
import { factor, num, operand } from './numbers';

/** A value as read aloud: −0.005, 2000, 1.5 × 10^-7. */
export const say = (value: number): string => num(value).say;
/** A value inside a spoken product: (−1). */
export const sayFactor = (value: number): string => factor(value).say;

/** At most this many products are read out in a sum; longer sums are summarised. */
export const readableTerms = 4;

/** "a, b and c". */
export const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** A forward step, read aloud. */
function forwardSaid(model: Model, pass: Pass, step: ForwardStep, nt: Notation): string {
  const { k, j } = step;
  const layer = model.layers[k - 1];
  const layerPass = pass.layers[k - 1];
  const o = nt.o(k, j).say;
  const value = say(layerPass?.output[j] ?? NaN);
  const head = `Forward, layer ${k} (${kindName(layer)}): `;
  if (!layer || !layerPass) return head;
  switch (layer.kind) {
    case 'input1d':
      return `${head}the layer stores the data, ${o} = ${nt.value(k, j).say} = ${value}.`;
    case 'linear': {
      const row = layer.weights[j] ?? [];
      const bias = layer.biases?.[j];
      if (row.length > readableTerms)
        return `${head}${o} is the sum of the ${row.length} values o^${k - 1} times their weights w^{${k},${j + 1}}${bias === undefined ? '' : ', plus the bias'}, ${o} = ${value}.`;
      const products = row.map((w, i) => `${sayFactor(w)} * ${sayFactor(layerPass.input[i] ?? NaN)}`);
      const withBias = bias === undefined ? products : [...products, operand(bias).say];
      return `${head}${o} = ${withBias.join(' + ')} = ${value}.`;
    }
    case 'activation': {
      const x = layerPass.input[j] ?? NaN;
      const f = activations[layer.activation].label;
      const input = nt.value(k, j).say;
      const test =
        layer.activation === 'relu' || layer.activation === 'leakyRelu' || layer.activation === 'heaviside'
          ? `${input} = ${say(x)} is ${x >= 0 ? '≥' : '<'} 0, so `
          : '';
      return `${head}${test}${o} = ${f}(${say(x)}) = ${value}.`;
    }
  }
}

/** The step in words and numbers for the aria-live region, e.g. "Backward, layer 3: δ^3_1 equals δ^4_1 because …". */
export function narrate(model: Model, iteration: Iteration, step: Step): string {
  // The steps after the forward pass are read by the backward formulas' chunk: silent until it has come.
  const backward = backwardFormulas.current();
  if (step.kind === 'update') return backward ? tidy(backward.updateSaid(iteration, step)) : '';
  const pass = iteration.passes[step.element];
  if (!pass) return '';
  const size = batchSizeOf(pass);
  const nt = notation(step.element, size);
  const prefix = size > 1 ? `Element ${step.element + 1} of ${size}. ` : '';
  switch (step.kind) {
    case 'forward':
      return tidy(prefix + forwardSaid(model, pass, step, nt));
    case 'loss':
      return backward ? tidy(prefix + backward.lossSaid(pass, nt)) : '';
    case 'delta':
      return backward ? tidy(prefix + backward.deltaSaid(model, pass, step, nt)) : '';
    case 'dw':
    case 'db':
      return backward ? tidy(prefix + backward.weightSaid(pass, step, nt)) : '';
  }
}
