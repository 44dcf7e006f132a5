import type { Model } from '../engine/model';
import { example } from './models/example';

/** A ready-made model shown in the preset menu. */
export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly model: Model;
}

/**
 * A preset from its model, shipped already parsed (models/ is generated from the JSON files by `npm run presets`),
 * so that the model-file parser is not needed to start the app.
 */
export const preset = (id: string, model: Model): Preset => ({ id, title: model.title, model });

/**
 * The Example of the series: broccoli, Tagada strawberries and cardio latin dance → good shape or not. The app
 * starts on it: this module is all of the presets the first chunk holds (the menu loads the others, see index.ts).
 */
export const examplePreset: Preset = preset('example', example);
