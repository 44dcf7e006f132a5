/**
 * The paths of the fields an edit can change, exactly as the model-file parser writes them in its problems
 * (e.g. `layers[1].weights[0][2]`): the UI shows a field's problem next to the field with the same path.
 * k is the 1-based layer number of L^k; j, i and sample indices are 0-based (as in the engine).
 */

/** The path of layer L^k. */
export const layerPath = (k: number): string => `layers[${k - 1}]`;

/** The path of w^{k,j}_i. */
export const weightPath = (k: number, j: number, i: number): string => `${layerPath(k)}.weights[${j}][${i}]`;

/** The path of the biases of L^k. */
export const biasesPath = (k: number): string => `${layerPath(k)}.biases`;

/** The path of b^k_j. */
export const biasPath = (k: number, j: number): string => `${biasesPath(k)}[${j}]`;
