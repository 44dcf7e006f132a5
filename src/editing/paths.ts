/**
 * The paths of the fields an edit can change, exactly as the model-file parser writes them in its problems
 * (e.g. `layers[1].weights[0][2]`): the UI shows a field's problem next to the field with the same path.
 * k is the 1-based layer number of L^k; j, i and sample indices are 0-based (as in the engine).
 */

/** The path of layer L^k. */
export const layerPath = (k: number): string => `layers[${k - 1}]`;

/** The path of the size of L^k. */
export const sizePath = (k: number): string => `${layerPath(k)}.size`;

/** The path of the activation function of L^k. */
export const activationPath = (k: number): string => `${layerPath(k)}.activation`;

/** The path of w^{k,j}_i. */
export const weightPath = (k: number, j: number, i: number): string => `${layerPath(k)}.weights[${j}][${i}]`;

/** The path of the biases of L^k. */
export const biasesPath = (k: number): string => `${layerPath(k)}.biases`;

/** The path of b^k_j. */
export const biasPath = (k: number, j: number): string => `${biasesPath(k)}[${j}]`;

/** The path of a sample, or of its x or y (y^truth) list, or of one component of it. */
export function samplePath(index: number, part?: 'x' | 'y', component?: number): string {
  const sample = `dataset[${index}]`;
  if (part === undefined) return sample;
  return component === undefined ? `${sample}.${part}` : `${sample}.${part}[${component}]`;
}

/** The path of the whole list of layers. */
export const layersPath = 'layers';

/** The path of the dataset. */
export const datasetPath = 'dataset';

/** The path of α, the learning rate. */
export const learningRatePath = 'learningRate';

/** The path of the batch size. */
export const batchSizePath = 'batchSize';

/** The path of the title. */
export const titlePath = 'title';
