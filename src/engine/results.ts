import { halfSquaredError } from './loss';
import { forward } from './values';
import type { Model } from './model';

/** One row of the series' results table: o^n, the thresholded result, y^truth, the loss and whether it is right. */
export interface ResultRow {
  readonly x: readonly number[];
  readonly output: readonly number[];
  /** Each output thresholded at 0.5: below is 0, else 1. */
  readonly result: readonly number[];
  readonly truth: readonly number[];
  readonly loss: number;
  readonly correct: boolean;
}

/** The threshold of the series' results table. */
export const resultThreshold = 0.5;

/** The results table of a model on its whole dataset (the inferring phase: weights frozen). */
export function resultsTable(model: Model): ResultRow[] {
  return model.dataset.map((sample) => {
    const output = forward(model, sample.x).at(-1) ?? [];
    const result = output.map((value) => (value < resultThreshold ? 0 : 1));
    return {
      x: sample.x,
      output,
      result,
      truth: sample.y,
      loss: halfSquaredError(output, sample.y),
      correct: result.every((value, j) => value === sample.y[j]),
    };
  });
}
