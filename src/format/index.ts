/** The model file format: one JSON format for presets, files, links and embeds. */
export {
  formatName,
  formatVersion,
  maxJsonDepth,
  maxLayers,
  maxNeuronsPerLayer,
  maxProblems,
  maxSamples,
  maxTextBytes,
  maxTitleLength,
} from './limits';
export { parseNumberText, readNumberText, type NumberTextReading } from './numbers';
export { parseModelText, parseModelValue } from './parse';
export { formatProblem, problemTotal, rootPath, type ParseResult, type Problem } from './problems';
export { serializeModel, toModelFile, type LayerFile, type ModelFile } from './serialize';
