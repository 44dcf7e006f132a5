import type { Pass } from '../../engine';
import { selectStep, selectStored, type AppState } from '../../store';
import { deltaKey, dwKey, lossKey, oKey, updateKey } from '../../timeline';

/** The batch element the current step shows (0 for a single sample). */
export const elementOf = (state: AppState): number => selectStep(state)?.element ?? 0;

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

/** Whether the box N:k:j shows its value: the data is given from the start; o^k_j once computed. */
export const oStored = (state: AppState, k: number, j: number): boolean =>
  k === 0 || selectStored(oKey(elementOf(state), k, j))(state);

/** Whether the box N:k:j shows its learning flow δ^{k+1}_j. */
export const deltaStored = (state: AppState, k: number, j: number): boolean =>
  selectStored(deltaKey(elementOf(state), k + 1, j))(state);

/** Whether the loss of the current element is known. */
export const lossStored = (state: AppState): boolean => selectStored(lossKey(elementOf(state)))(state);

/** Whether δw^{k,j}_i of the current element is known. */
export const dwStored = (state: AppState, k: number, j: number, i: number): boolean =>
  selectStored(dwKey(elementOf(state), k, j, i))(state);

/** Whether the update ŵ^k of layer k has been applied. */
export const updateStored = (state: AppState, k: number): boolean => selectStored(updateKey(k))(state);
