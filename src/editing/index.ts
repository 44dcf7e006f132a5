/** Editing the model: edits as data, checked by the model-file parser, and the seeded weight initialiser. */
export { applyEdit, type EditOutcome } from './apply';
export {
  describeEdit,
  editPath,
  isStructural,
  type Edit,
  type LayerSpec,
  type SampleInput,
  type ValueInput,
} from './edit';
export { initialBiases, initialDecimals, initialWeights } from './initializer';
export {
  activationPath,
  batchSizePath,
  datasetPath,
  layersPath,
  learningRatePath,
  samplePath,
  sizePath,
  titlePath,
} from './fieldPaths';
export { biasesPath, biasPath, layerPath, weightPath } from './paths';
export { isSeed, maxSeed, mixSeed, mulberry32 } from './random';
export { shareStructure } from './share';
export { fitDataset, fitLayers, withLayers } from './structure';
