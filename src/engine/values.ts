import { activationRule } from './layers/activation';
import { input1dRule } from './layers/input1d';
import { linearRule, weightGradients } from './layers/linear';
import type { ImpactTerm } from './impact';
import type { LayerRule, LayerState } from './layers/rule';
import { halfSquaredError } from './loss';
import type { Layer, Model, Sample } from './model';

/** The numbers one layer L^k stores after a forward and a backward pass (no impact terms). */
export interface LayerValues extends LayerState {
  /** δ^k_i = ∂Loss/∂X^k_i (o^{k-1}_i); it sits in the box of o^{k-1}_i. */
  readonly delta: readonly number[];
  /** δw^{k,j}_i = ∂Loss/∂W^{k,j}_i, as dw[j][i] (learning layers only). */
  readonly dw?: readonly (readonly number[])[];
  /** δb^k_j = ∂Loss/∂B^k_j (Linear layers with biases only). */
  readonly db?: readonly number[];
}

/** A value of the pass that is NaN or ±∞, named by its quantity and 0-based indices. */
export interface NonFiniteValue {
  readonly quantity: 'o' | 'loss' | 'delta' | 'dw' | 'db';
  /** k of o^k, δ^k, δw^k or δb^k (n + 1 for the loss and its δ). */
  readonly k: number;
  readonly j?: number;
  readonly i?: number;
  readonly value: number;
}

/** What a pass stores besides its layers. */
export interface PassSummary {
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

/** Forward, loss and backward of one sample, as numbers only: what training needs. */
export interface PassValues extends PassSummary {
  /** layers[k − 1] is L^k. */
  readonly layers: readonly LayerValues[];
}

/** The rule of a layer's kind, bound to that layer. */
export function ruleOf(layer: Layer): BoundRule {
  const bind = <L extends Layer>(rule: LayerRule<L>, l: L): BoundRule => ({
    forward: (input) => rule.forward(l, input),
    backward: (state) => rule.backward(l, state),
    inputImpacts: (state, i) => rule.inputImpacts(l, state, i),
  });
  switch (layer.kind) {
    case 'input1d':
      return bind(input1dRule, layer);
    case 'linear':
      return bind(linearRule, layer);
    case 'activation':
      return bind(activationRule, layer);
  }
}

/** A layer rule with its layer already given. */
export interface BoundRule {
  readonly forward: (input: readonly number[]) => number[];
  readonly backward: (state: LayerState) => number[];
  readonly inputImpacts: (state: LayerState, i: number) => ImpactTerm[];
}

/** o^0 … o^n: the data and every layer's output. */
export function forward(model: Model, x: readonly number[]): number[][] {
  const outputs: number[][] = [[...x]];
  for (const layer of model.layers) outputs.push(ruleOf(layer).forward(outputs[outputs.length - 1] ?? []));
  return outputs;
}

/** Forward, loss and backward for one sample, as numbers; `scale` is 1/n inside a batch of n. */
export function computeValues(model: Model, sample: Sample, scale = 1): PassValues {
  // Forward: store every o^k.
  const o = forward(model, sample.x);
  const last = o[o.length - 1] ?? [];
  const loss = halfSquaredError(last, sample.y);
  const lossDelta = last.map((value, j) => scale * (value - (sample.y[j] ?? NaN)) + 0);

  // Go through the layers backwards: δ^k first, then δw^k and δb^k inside the same layer step.
  const layers: LayerValues[] = [];
  let futureDelta = lossDelta;
  for (let k = model.layers.length; k >= 1; k--) {
    const layer = model.layers[k - 1];
    if (layer === undefined) continue;
    const state: LayerState = { k, input: o[k - 1] ?? [], output: o[k] ?? [], futureDelta };
    const delta = ruleOf(layer).backward(state);
    const weights =
      layer.kind === 'linear'
        ? {
            dw: weightGradients(layer, state),
            ...(layer.biases ? { db: layer.biases.map((_b, j) => (futureDelta[j] ?? NaN) + 0) } : {}),
          }
        : {};
    layers.unshift({ ...state, delta, ...weights });
    futureDelta = delta;
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
  layers: readonly LayerValues[],
  loss: number,
  lossDelta: readonly number[],
): NonFiniteValue[] {
  const found: NonFiniteValue[] = [];
  const n = layers.length;
  const scan = (values: readonly number[], entry: (index: number) => Omit<NonFiniteValue, 'value'>) => {
    for (let index = 0; index < values.length; index++) {
      const value = values[index] ?? NaN;
      if (!Number.isFinite(value)) found.push({ ...entry(index), value });
    }
  };
  for (const layer of layers) scan(layer.output, (j) => ({ quantity: 'o', k: layer.k, j }));
  scan([loss], () => ({ quantity: 'loss', k: n + 1 }));
  scan(lossDelta, (j) => ({ quantity: 'delta', k: n + 1, j }));
  for (const layer of [...layers].reverse()) {
    scan(layer.delta, (i) => ({ quantity: 'delta', k: layer.k, i }));
    layer.dw?.forEach((row, j) => scan(row, (i) => ({ quantity: 'dw', k: layer.k, j, i })));
    if (layer.db) scan(layer.db, (j) => ({ quantity: 'db', k: layer.k, j }));
  }
  return found;
}
