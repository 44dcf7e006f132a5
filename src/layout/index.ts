/** The diagram's geometry: pure functions of the model (d3 maths only), computed once per model. */
export { backwardArrow, backwardLabelT, biasArrow, levelLabelT, lossArrow, questionArrow } from './backward';
export { curve, curveWithLabel, elbow, pointOnCurve, round1, type PathGeometry, type Point } from './curves';
export { activationLabels, type EdgeLayout, type LabelMode } from './edges';
export {
  anyOverlap,
  fallbackTs,
  labelBox,
  labelModeOf,
  linearLabelT,
  overlaps,
  placeLabels,
  type LabelBox,
} from './edgeLabels';
export { lineExtent, mathExtent } from './extents';
export { formatFull, formatValue } from './format';
export {
  columnTitle,
  inputSize,
  layoutModel,
  lossBottom,
  lossInlet,
  lossWidth,
  neuronY,
  type Band,
  type BiasLayout,
  type Box,
  type ColumnLayout,
  type DiagramLayout,
  type LossEdgeLayout,
  type LossLayout,
  type NeuronLayout,
} from './geometry';
export { biasId, edgeId, lossEdgeId, lossId, neuronId, pathId } from './ids';
export {
  boldWidth,
  mathWidth,
  parseScripts,
  plainScripts,
  scriptScale,
  textWidth,
  unicodeScripts,
  withElement,
  type MathRun,
} from './math';
export { sizes } from './sizes';
export { titleBoxes } from './titleBoxes';
export {
  weightColors,
  weightDashes,
  maxWeightWidth,
  weightScale,
  weightWidths,
  type WeightSign,
  type WeightStyle,
} from './weights';
