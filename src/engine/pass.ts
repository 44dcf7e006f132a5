import type { Gradient } from './impact';
import { biasImpacts, weightImpacts } from './layers/linear';
import type { Model, Sample } from './model';
import { computeValues, ruleOf, type PassSummary, type PassValues } from './values';

/** What one layer L^k stores after a forward and a backward pass, with the impact terms of every gradient. */
export interface LayerPass {
  /** k, the 1-based number of L^k. */
  readonly k: number;
  /** o^{k-1}, the values of X^k (the data for k = 1). */
  readonly input: readonly number[];
  /** o^k, the outputs of L^k, values of X^{k+1}. */
  readonly output: readonly number[];
  /** δ^{k+1}, the "future" learning flow this layer's gradients were computed from. */
  readonly futureDelta: readonly number[];
  /** δ^k_i = ∂Loss/∂X^k_i (o^{k-1}_i), with its impact terms; it sits in the box of o^{k-1}_i. */
  readonly delta: readonly Gradient[];
  /** δw^{k,j}_i = ∂Loss/∂W^{k,j}_i, as dw[j][i] (learning layers only). */
  readonly dw?: readonly (readonly Gradient[])[];
  /** δb^k_j = ∂Loss/∂B^k_j (Linear layers with biases only). */
  readonly db?: readonly Gradient[];
}

/** Forward, loss and backward of one sample, with every impact term: what the stepper shows. */
export interface Pass extends PassSummary {
  /** layers[k − 1] is L^k. */
  readonly layers: readonly LayerPass[];
}

/** Adds to a pass's values the impact terms of every δ, δw and δb (one per impact path). */
export function withImpacts(model: Model, values: PassValues): Pass {
  const layers = values.layers.map((state): LayerPass => {
    const layer = model.layers[state.k - 1];
    const rule = layer ? ruleOf(layer) : undefined;
    const delta = state.delta.map((value, i) => ({ value, terms: rule?.inputImpacts(state, i) ?? [] }));
    const dw = state.dw?.map((row, j) =>
      row.map((value, i) => ({ value, terms: weightImpacts(state, j, i) })),
    );
    const db = state.db?.map((value, j) => ({ value, terms: biasImpacts(state, j) }));
    const { k, input, output, futureDelta } = state;
    return { k, input, output, futureDelta, delta, ...(dw ? { dw } : {}), ...(db ? { db } : {}) };
  });
  return { ...values, layers };
}

/** Forward, loss and backward for one sample with every impact term; `scale` is 1/n inside a batch of n. */
export function computePass(model: Model, sample: Sample, scale = 1): Pass {
  return withImpacts(model, computeValues(model, sample, scale));
}
