import type { Pass } from '../../engine';
import { selectElementIndex, selectStored, type AppState } from '../../store';
import { lossKey } from '../../timeline';

/** The value held by box N:k:j: data_j for k = 0, else o^k_j. */
export function oOf(pass: Pass | undefined, k: number, j: number): number {
  const value = k === 0 ? pass?.layers[0]?.input[j] : pass?.layers[k - 1]?.output[j];
  return value ?? NaN;
}

/** The learning flow held by box N:k:j: δ^{k+1}_j (for the last column, the Loss's δ^{n+1}_j). */
export function deltaOf(pass: Pass | undefined, k: number, j: number): number {
  if (!pass) return NaN;
  const value = k === pass.layers.length ? pass.lossDelta[j] : pass.layers[k]?.delta[j]?.value;
  return value ?? NaN;
}

/** Whether the loss of the current element is known. */
export const lossStored = (state: AppState): boolean =>
  selectStored(lossKey(selectElementIndex(state)))(state);
