import type { Model } from '../engine/model';
import { activation, deep, example, input, linear } from './models';

/** A ready-made model shown in the preset menu. */
export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly model: Model;
}

/**
 * A preset from its model, shipped already parsed (models.ts is generated from the JSON files by `npm run presets`),
 * so that the model-file parser is not needed to start the app.
 */
const preset = (id: string, model: Model): Preset => ({ id, title: model.title, model });

/** The Example of the series: broccoli, Tagada strawberries and cardio latin dance → good shape or not. */
export const examplePreset: Preset = preset('example', example);

/** Every preset, in the order of the series. */
export const presets: readonly Preset[] = [
  examplePreset,
  preset('input', input),
  preset('linear', linear),
  preset('activation', activation),
  preset('deep', deep),
];
