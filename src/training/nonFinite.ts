import type { Model, NonFiniteValue, Update } from '../engine';

/** The first value of a training run that became NaN or ±∞: which quantity, where, and when. */
export interface NonFiniteReport {
  /** A pass quantity (o, loss, δ, δw, δb), or a weight w / bias b after the update. */
  readonly quantity: NonFiniteValue['quantity'] | 'w' | 'b';
  /** k of o^k, δ^k, δw^k, δb^k, w^k or b^k (n + 1 for the loss's δ). */
  readonly k: number;
  readonly j?: number;
  readonly i?: number;
  readonly value: number;
  /** 1-based epoch of the run in which it happened (1 for a single iteration). */
  readonly epoch: number;
  /** 0-based index of the iteration in the run. */
  readonly iteration: number;
  /** 0-based dataset index of the sample whose pass produced it, or null when the update did. */
  readonly sample: number | null;
  /** The samples of that iteration. */
  readonly samples: readonly number[];
  /** α when it happened. */
  readonly learningRate: number;
}

/** Where a run is, to date a report. */
export interface RunPosition {
  readonly epoch: number;
  readonly iteration: number;
}

/** The first non-finite weight or bias of a model, or undefined when all are finite. */
function firstNonFiniteWeight(
  model: Model,
): (Omit<NonFiniteValue, 'quantity'> & { quantity: 'w' | 'b' }) | undefined {
  for (const [index, layer] of model.layers.entries()) {
    if (layer.kind !== 'linear') continue;
    for (const [j, row] of layer.weights.entries()) {
      const i = row.findIndex((w) => !Number.isFinite(w));
      if (i >= 0) return { quantity: 'w', k: index + 1, j, i, value: row[i] ?? NaN };
    }
    const j = layer.biases?.findIndex((b) => !Number.isFinite(b)) ?? -1;
    if (j >= 0) return { quantity: 'b', k: index + 1, j, value: layer.biases?.[j] ?? NaN };
  }
  return undefined;
}

/** The first non-finite value of an iteration (its passes in order, then the updated weights), if any. */
export function findNonFinite(iteration: Update, at: RunPosition): NonFiniteReport | undefined {
  const context = {
    epoch: at.epoch,
    iteration: at.iteration,
    samples: iteration.samples,
    learningRate: iteration.before.learningRate,
  };
  for (const [element, pass] of iteration.values.entries()) {
    const first = pass.nonFinite[0];
    if (first) return { ...first, ...context, sample: iteration.samples[element] ?? null };
  }
  const weight = firstNonFiniteWeight(iteration.after);
  return weight ? { ...weight, ...context, sample: null } : undefined;
}

/** A superscript or subscript as the series writes it in plain text: 2, or {12} for several characters. */
const script = (text: string): string => (text.length === 1 ? text : `{${text}}`);

/** The quantity's name in plain text with 1-based indices, e.g. δw^{2,1}_1, δ^3_1, o^2_1, b^2_1. */
export function nonFiniteName(report: NonFiniteReport): string {
  const j = (report.j ?? 0) + 1;
  const i = (report.i ?? 0) + 1;
  switch (report.quantity) {
    case 'o':
      return `o^${script(String(report.k))}_${script(String(j))}`;
    case 'loss':
      return 'the loss';
    case 'delta':
      return `δ^${script(String(report.k))}_${script(String(report.i === undefined ? j : i))}`;
    case 'dw':
      return `δw^{${report.k},${j}}_${script(String(i))}`;
    case 'db':
      return `δb^${script(String(report.k))}_${script(String(j))}`;
    case 'w':
      return `w^{${report.k},${j}}_${script(String(i))}`;
    case 'b':
      return `b^${script(String(report.k))}_${script(String(j))}`;
  }
}

/** A non-finite value in words: ∞, −∞ or NaN. */
const valueName = (value: number): string =>
  Number.isNaN(value) ? 'NaN (not a number)' : value > 0 ? '∞' : '−∞';

/** The samples of an iteration in words: "sample 2" or "the batch of samples 1 to 3" (1-based). */
function samplesName(samples: readonly number[]): string {
  const first = samples[0] ?? 0;
  if (samples.length <= 1) return `sample ${first + 1}`;
  return `the batch of samples ${first + 1} to ${(samples.at(-1) ?? first) + 1}`;
}

/**
 * Why training paused, in plain text, e.g. "the learning rate α = 10 is too large: δw^{2,1}_1 became ∞ at
 * epoch 3, sample 2". `byEpochs` is false for a single iteration (no epoch is then named).
 */
export function describeNonFinite(report: NonFiniteReport, byEpochs: boolean): string {
  const when = byEpochs ? `at epoch ${report.epoch}, ` : 'at ';
  const where =
    report.sample === null
      ? `${byEpochs ? `at epoch ${report.epoch}, ` : ''}in the update after ${samplesName(report.samples)}`
      : `${when}sample ${report.sample + 1}`;
  return `the learning rate α = ${report.learningRate} is too large: ${nonFiniteName(report)} became ${valueName(report.value)} ${where}`;
}
