import { gradient, type Gradient } from './impact';
import { activationRule } from './layers/activation';
import { input1dRule } from './layers/input1d';
import { biasImpacts, linearRule, weightImpacts } from './layers/linear';
import type { LayerState } from './layers/rule';
import { halfSquaredError } from './loss';
import type { Layer, Model, Sample } from './model';

/** What one layer L^k stores after a forward and a backward pass. */
export interface LayerPass {
  /** k, the 1-based number of L^k. */
  readonly k: number;
  /** o^{k-1}, the values of X^k (the data for k = 1). */
  readonly input: readonly number[];
  /** o^k, the outputs of L^k, values of X^{k+1}. */
  readonly output: readonly number[];
  /** δ^k_i = ∂Loss/∂X^k_i (o^{k-1}_i), with its impact terms; it sits in the box of o^{k-1}_i. */
  readonly delta: readonly Gradient[];
  /** δw^{k,j}_i = ∂Loss/∂W^{k,j}_i, as dw[j][i] (learning layers only). */
  readonly dw?: readonly (readonly Gradient[])[];
  /** δb^k_j = ∂Loss/∂B^k_j (Linear layers with biases only). */
  readonly db?: readonly Gradient[];
}

/** A value of the pass that is NaN or ±∞, named by its quantity and 0-based indices. */
export interface NonFiniteValue {
  readonly quantity: 'o' | 'loss' | 'delta' | 'dw' | 'db';
  /** k of o^k, δ^k, δw^k or δb^k (n + 1 for the loss's δ). */
  readonly k: number;
  readonly j?: number;
  readonly i?: number;
  readonly value: number;
}

/** Forward, loss and backward of one sample: plain immutable data. */
export interface Pass {
  /** layers[k − 1] is L^k. */
  readonly layers: readonly LayerPass[];
  /** y^truth of the sample. */
  readonly truth: readonly number[];
  /** loss = Loss(o^n, y^truth), unscaled. */
  readonly loss: number;
  /** 1 for one sample; 1/n for an element of a batch of n, which back-propagates Loss^learning = Loss/n. */
  readonly scale: number;
  /** δ^{n+1}_j = scale . (o^n_j − y^truth_j), the first learning flow. */
  readonly lossDelta: readonly number[];
  /** Every non-finite value, in the order the pass computed them (empty when all are finite). */
  readonly nonFinite: readonly NonFiniteValue[];
}

/** o^k = L^k(o^{k-1}) for one layer. */
function forwardLayer(layer: Layer, input: readonly number[]): number[] {
  switch (layer.kind) {
    case 'input1d':
      return input1dRule.forward(layer, input);
    case 'linear':
      return linearRule.forward(layer, input);
    case 'activation':
      return activationRule.forward(layer, input);
  }
}

/** δ^k for one layer, given its state. */
function deltaOf(layer: Layer, state: LayerState): Gradient[] {
  const impacts = (i: number) => {
    switch (layer.kind) {
      case 'input1d':
        return input1dRule.inputImpacts(layer, state, i);
      case 'linear':
        return linearRule.inputImpacts(layer, state, i);
      case 'activation':
        return activationRule.inputImpacts(layer, state, i);
    }
  };
  return state.input.map((_o, i) => gradient(impacts(i)));
}

/** o^0 … o^n: the data and every layer's output. */
export function forward(model: Model, x: readonly number[]): number[][] {
  const outputs: number[][] = [[...x]];
  for (const layer of model.layers) outputs.push(forwardLayer(layer, outputs[outputs.length - 1] ?? []));
  return outputs;
}

/** Forward, loss and backward for one sample; `scale` is 1/n inside a batch of n. */
export function computePass(model: Model, sample: Sample, scale = 1): Pass {
  // Forward: store every o^k.
  const o = forward(model, sample.x);
  const last = o[o.length - 1] ?? [];
  const loss = halfSquaredError(last, sample.y);
  let futureDelta = last.map((value, j) => scale * (value - (sample.y[j] ?? NaN)));
  const lossDelta = futureDelta;

  // Go through the layers backwards: δ^k first, then δw^k and δb^k inside the same layer step.
  const layers: LayerPass[] = [];
  for (let k = model.layers.length; k >= 1; k--) {
    const layer = model.layers[k - 1];
    if (layer === undefined) continue;
    const state: LayerState = { k, input: o[k - 1] ?? [], output: o[k] ?? [], futureDelta };
    const delta = deltaOf(layer, state);
    const weights =
      layer.kind === 'linear'
        ? {
            dw: layer.weights.map((row, j) => row.map((_w, i) => gradient(weightImpacts(state, j, i)))),
            ...(layer.biases ? { db: layer.biases.map((_b, j) => gradient(biasImpacts(state, j))) } : {}),
          }
        : {};
    layers.unshift({ k, input: state.input, output: state.output, delta, ...weights });
    futureDelta = delta.map((d) => d.value);
  }
  return {
    layers,
    truth: sample.y,
    loss,
    scale,
    lossDelta,
    nonFinite: nonFiniteValues(layers, loss, lossDelta),
  };
}

/** The non-finite values of a pass, in computation order: forward, loss, then backward from the last layer. */
function nonFiniteValues(
  layers: readonly LayerPass[],
  loss: number,
  lossDelta: readonly number[],
): NonFiniteValue[] {
  const found: NonFiniteValue[] = [];
  const check = (value: number, entry: Omit<NonFiniteValue, 'value'>) => {
    if (!Number.isFinite(value)) found.push({ ...entry, value });
  };
  for (const layer of layers)
    layer.output.forEach((value, j) => check(value, { quantity: 'o', k: layer.k, j }));
  check(loss, { quantity: 'loss', k: layers.length + 1 });
  lossDelta.forEach((value, j) => check(value, { quantity: 'delta', k: layers.length + 1, j }));
  for (const layer of [...layers].reverse()) {
    layer.delta.forEach((d, i) => check(d.value, { quantity: 'delta', k: layer.k, i }));
    layer.dw?.forEach((row, j) =>
      row.forEach((d, i) => check(d.value, { quantity: 'dw', k: layer.k, j, i })),
    );
    layer.db?.forEach((d, j) => check(d.value, { quantity: 'db', k: layer.k, j }));
  }
  return found;
}
