import { layerPath } from './paths';

/**
 * The paths of the model's other fields (see paths.ts): a layer's size and function, the dataset, the learning rate,
 * the batch size and the title. Apart from the weights' paths, which the diagram marks, only the editors use them.
 */

/** The path of the size of L^k. */
export const sizePath = (k: number): string => `${layerPath(k)}.size`;

/** The path of the activation function of L^k. */
export const activationPath = (k: number): string => `${layerPath(k)}.activation`;

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
