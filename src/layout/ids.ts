/** The ids shared by the diagram, the card and the controls (0-based indices, as in the engine). */

/** Id of neuron j of column k (k = 0 is the data column "Developer"): `N:k:j`. */
export const neuronId = (k: number, j: number): string => `N:${k}:${j}`;

/** Id of the forward connection of L^k from neuron i of column k − 1 to neuron j of column k: `E:k:j:i`. */
export const edgeId = (k: number, j: number, i: number): string => `E:${k}:${j}:${i}`;

/** Id of the bias B^k_j of output j of a Linear layer L^k: `B:k:j`. */
export const biasId = (k: number, j: number): string => `B:${k}:${j}`;

/** Id of the Loss box. */
export const lossId = 'LOSS';

/** Id of the forward arrow bringing o^n_j into the Loss box. */
export const lossEdgeId = (j: number): string => `E:loss:${j}`;

/** Id of the impact path of term `term` (its index in the Gradient's terms) of the gradient step `subject`. */
export const pathId = (subject: string, term: number): string => `P:${subject}:${term}`;
