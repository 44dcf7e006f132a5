import { activations, type Layer, type Pass } from '../engine';
import type { Stage } from '../timeline';
import { batchSizeOf } from './notation';

/** The kind of a layer in words: "Input 1D", "Linear", or the activation's name ("ReLU"). */
export function kindName(layer: Layer | undefined): string {
  if (!layer) return 'layer';
  switch (layer.kind) {
    case 'input1d':
      return 'Input 1D';
    case 'linear':
      return 'Linear';
    case 'activation':
      return activations[layer.activation].label;
  }
}

/** The stages of a gradient's derivation in words (spec 6.2). */
export const stageNames: Readonly<Record<Stage, string>> = {
  goal: 'goal',
  paths: 'impact paths',
  formula: 'impact formula',
  local: 'local derivative',
  terms: 'chain-rule terms',
  sum: 'sum',
  all: 'chain rule',
};

/** " · element 2 of 3" for an element of a batch, "" for a single sample. */
export function elementSuffix(pass: Pass | undefined, element: number): string {
  const n = pass ? batchSizeOf(pass) : 1;
  return n > 1 ? ` · element ${element + 1} of ${n}` : '';
}
