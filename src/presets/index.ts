import { examplePreset, preset, type Preset } from './example';
import { activation, deep, input, linear } from './models';

export { examplePreset, type Preset } from './example';

/** Every preset, in the order of the series. */
export const presets: readonly Preset[] = [
  examplePreset,
  preset('input', input),
  preset('linear', linear),
  preset('activation', activation),
  preset('deep', deep),
];
