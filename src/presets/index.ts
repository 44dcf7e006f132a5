import type { Model } from '../engine/model';
import { formatProblem, parseModelValue } from '../format';
import activation from './activation.json';
import deep from './deep.json';
import example from './example.json';
import input from './input.json';
import linear from './linear.json';

/** A ready-made model shown in the preset menu. */
export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly model: Model;
}

/** Parses a bundled preset; a broken preset is a bug of the app, so it throws at import time. */
function load(id: string, value: unknown): Preset {
  const result = parseModelValue(value);
  if (!result.ok)
    throw new Error(`the preset "${id}" is invalid: ${result.problems.map(formatProblem).join('; ')}`);
  return { id, title: result.model.title, model: result.model };
}

/** The Example of the series: broccoli, Tagada strawberries and cardio latin dance → good shape or not. */
export const examplePreset: Preset = load('example', example);

/** Every preset, in the order of the series. */
export const presets: readonly Preset[] = [
  examplePreset,
  load('input', input),
  load('linear', linear),
  load('activation', activation),
  load('deep', deep),
];
