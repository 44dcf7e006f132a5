import { snapToZero } from './exactSum';
import { withImpacts, type Pass } from './pass';
import { computeValues, type PassValues } from './values';
import type { Layer, Model } from './model';

/** δw^k and δb^k of one learning layer L^k, summed over the passes of an update (δw^{k,avg} in batch mode). */
export interface LayerGradients {
  readonly k: number;
  /** dw[j][i] = δw^{k,j}_i. */
  readonly dw: readonly (readonly number[])[];
  /** db[j] = δb^k_j, when the layer has biases. */
  readonly db?: readonly number[];
}

/** One gradient-descent update as numbers: the samples used, their pass values, the gradients, the models around it. */
export interface Update {
  /** Indices in the dataset of the samples of this update (one, or a batch). */
  readonly samples: readonly number[];
  readonly values: readonly PassValues[];
  readonly gradients: readonly LayerGradients[];
  /** loss^avg, the mean of the samples' losses: an indicator only. */
  readonly lossAvg: number;
  readonly before: Model;
  readonly after: Model;
}

/** An update with every pass's impact terms: what the stepper walks. */
export interface Iteration extends Update {
  readonly passes: readonly Pass[];
}

/** How an epoch walks the dataset: one update per sample in dataset order, or one per batch. */
export type TrainingMode = 'sample' | 'batch';

/** The values of a batch's passes: each element back-propagates Loss^learning = Loss/n (one sample: n = 1). */
export function batchValues(model: Model, samples: readonly number[]): PassValues[] {
  const scale = 1 / samples.length;
  return samples.flatMap((index) => {
    const sample = model.dataset[index];
    return sample ? [computeValues(model, sample, scale)] : [];
  });
}

/** Σ over the passes of one vector of each (a row of δw or the δb), each sum snapped like exactSum. */
function sumVectors(
  passes: readonly PassValues[],
  pick: (pass: PassValues) => readonly number[] | undefined,
  length: number,
) {
  const sum = new Float64Array(length);
  const magnitude = new Float64Array(length);
  for (const pass of passes) {
    const vector = pick(pass);
    for (let i = 0; i < length; i++) {
      const value = vector?.[i] ?? NaN;
      sum[i] = (sum[i] ?? 0) + value;
      magnitude[i] = (magnitude[i] ?? 0) + Math.abs(value);
    }
  }
  return Array.from(sum, (value, i) => snapToZero(value, magnitude[i] ?? 0, passes.length));
}

/** δw^{k,avg} = δw^{k,learning,1} + … + δw^{k,learning,n} for every learning layer (biases too). */
export function sumGradients(passes: readonly PassValues[]): LayerGradients[] {
  const first = passes[0];
  if (!first) return [];
  return first.layers.flatMap((layer, index) => {
    if (!layer.dw) return [];
    const dw = layer.dw.map((row, j) => sumVectors(passes, (p) => p.layers[index]?.dw?.[j], row.length));
    const db = layer.db && sumVectors(passes, (p) => p.layers[index]?.db, layer.db.length);
    return [{ k: layer.k, dw, ...(db ? { db } : {}) }];
  });
}

/** ŵ = w − α . δw and b̂ = b − α . δb for every learning layer; returns a new model, nothing is mutated. */
export function applyGradients(model: Model, gradients: readonly LayerGradients[]): Model {
  const alpha = model.learningRate;
  const layers = model.layers.map((layer, index): Layer => {
    const g = gradients.find((candidate) => candidate.k === index + 1);
    if (layer.kind !== 'linear' || !g) return layer;
    const weights = layer.weights.map((row, j) => row.map((w, i) => w - alpha * (g.dw[j]?.[i] ?? NaN)));
    const biases = layer.biases?.map((b, j) => b - alpha * (g.db?.[j] ?? NaN));
    return { ...layer, weights, ...(biases ? { biases } : {}) };
  });
  return { ...model, layers };
}

/** Forward and backward on the given samples, then one update with the summed gradients (no impact terms). */
export function trainUpdate(model: Model, samples: readonly number[]): Update {
  const values = batchValues(model, samples);
  const gradients = sumGradients(values);
  const lossAvg = values.reduce((sum, pass) => sum + pass.loss, 0) / Math.max(values.length, 1);
  return { samples, values, gradients, lossAvg, before: model, after: applyGradients(model, gradients) };
}

/** trainUpdate with the impact terms of every pass, for the stepper. */
export function trainIteration(model: Model, samples: readonly number[]): Iteration {
  const update = trainUpdate(model, samples);
  return { ...update, passes: update.values.map((pass) => withImpacts(model, pass)) };
}

/** How many samples an iteration of `mode` takes (the last batch of an epoch may take fewer). */
export const iterationSize = (model: Model, mode: TrainingMode): number =>
  mode === 'sample' ? 1 : Math.max(1, Math.min(model.batchSize, model.dataset.length));

/** The samples of each iteration of one epoch: [0], [1], … per sample, or consecutive batches of batchSize. */
export function epochSchedule(model: Model, mode: TrainingMode): number[][] {
  const size = iterationSize(model, mode);
  const schedule: number[][] = [];
  for (let start = 0; start < model.dataset.length; start += size) {
    schedule.push(model.dataset.slice(start, start + size).map((_s, offset) => start + offset));
  }
  return schedule;
}

/** One epoch of gradient descent; it stops early after an update that produced a non-finite value. */
export function trainEpoch(model: Model, mode: TrainingMode): { model: Model; updates: Update[] } {
  const updates: Update[] = [];
  let current = model;
  for (const samples of epochSchedule(model, mode)) {
    const update = trainUpdate(current, samples);
    updates.push(update);
    current = update.after;
    if (update.values.some((pass) => pass.nonFinite.length > 0) || !modelIsFinite(current)) break;
  }
  return { model: current, updates };
}

/** True when every weight and bias of the model is a finite number. */
export function modelIsFinite(model: Model): boolean {
  return model.layers.every(
    (layer) =>
      layer.kind !== 'linear' ||
      (layer.weights.every((row) => row.every(Number.isFinite)) &&
        (layer.biases ?? []).every(Number.isFinite)),
  );
}
