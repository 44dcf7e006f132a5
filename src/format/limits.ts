/** The value of the "format" field of every model file. */
export const formatName = 'neural-structure';

/** The only version of the format this app reads and writes. */
export const formatVersion = 1;

/** At most this many layers in a network. */
export const maxLayers = 12;

/** At most this many neurons in one layer. */
export const maxNeuronsPerLayer = 64;

/** At most this many samples in a dataset. */
export const maxSamples = 1000;

/** At most this many characters in a title. */
export const maxTitleLength = 200;

/** The most numbers a model holds: every weight and bias of full linear layers, and every sample's x and y. */
const maxNumbers =
  (maxLayers - 1) * (maxNeuronsPerLayer + 1) * maxNeuronsPerLayer + maxSamples * 2 * maxNeuronsPerLayer;

/** The widest number the app writes, with its separator: "-2.2250738585072014e-308, " (26 characters). */
const maxNumberChars = 26;

/** Room for the rest of a line of numbers (its indent, brackets, "x" and "y"), per row of weights or sample. */
const maxLineChars = 100;

/**
 * At most this many characters of model text: what the app writes for the largest model it allows (every number
 * at its widest, the title all escapes), rounded up to whole KB (4,603 KB); absurd inputs stay refused.
 */
export const maxTextBytes =
  Math.ceil(
    (maxNumbers * maxNumberChars +
      (maxLayers * (maxNeuronsPerLayer + 1) + maxSamples) * maxLineChars +
      maxTitleLength * 6 +
      16 * 1024) /
      1024,
  ) * 1024;

/** At most this many problems in one parse result (the last one then says how many more there were). */
export const maxProblems = 50;

/** At most this many nested brackets in model text (a valid model file needs 5). */
export const maxJsonDepth = 20;
