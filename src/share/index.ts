/** Links: the whole state (model, weights, dataset and view) compressed into the URL fragment. */
export { isIndex, looksLikeLink } from './checks';
export { decompressBounded, type Decompression } from './decompress';
export {
  decodeLink,
  encodeLink,
  linkText,
  linkUrl,
  linkVersion,
  makeLink,
  maxLinkLength,
  maxLinkTextLength,
  type LinkMaking,
  type LinkResult,
  type LinkState,
} from './link';
export { columnSize, maxNeuronIdLength, neuronExists, neuronIdPattern, parseNeuronId } from './neuron';
export { defaultView, readView, type LinkView, type Selection, type ViewReading } from './view';
