import { selectElementIndex, selectPass, selectStored, type AppState } from '../../store';
import { deltaKey, dwKey, oKey, updateKey } from '../../timeline';

// Whether a quantity of the current element is shown yet, for what opens from the diagram: a neuron's card, an edge's
// tooltip (the boxes and the Loss box ask through their columns, see NeuronColumn and values.ts).

/** Whether the box N:k:j shows its value: the data is given from the start (if there is a sample); o^k_j once computed. */
export const oStored = (state: AppState, k: number, j: number): boolean =>
  k === 0 ? selectPass(state) !== undefined : selectStored(oKey(selectElementIndex(state), k, j))(state);

/** Whether the box N:k:j shows its learning flow δ^{k+1}_j. */
export const deltaStored = (state: AppState, k: number, j: number): boolean =>
  selectStored(deltaKey(selectElementIndex(state), k + 1, j))(state);

/** Whether δw^{k,j}_i of the current element is known. */
export const dwStored = (state: AppState, k: number, j: number, i: number): boolean =>
  selectStored(dwKey(selectElementIndex(state), k, j, i))(state);

/** Whether the update ŵ^k of layer k has been applied. */
export const updateStored = (state: AppState, k: number): boolean => selectStored(updateKey(k))(state);
