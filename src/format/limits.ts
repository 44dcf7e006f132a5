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

/** At most this many characters of model text (200 KB). */
export const maxTextBytes = 200 * 1024;

/** At most this many characters in a title. */
export const maxTitleLength = 200;

/** At most this many problems in one parse result (the last one then says how many more there were). */
export const maxProblems = 50;

/** At most this many nested brackets in model text (a valid model file needs 5). */
export const maxJsonDepth = 20;
