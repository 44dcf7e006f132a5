import { activationNames, type Model } from '../../../src/engine';
import { examplePreset, presets } from '../../../src/presets';
import { bigModel } from '../../layout/models';
import { allFrames, latexOf } from '../../formulas/helpers';

/** The Example with its activation layer applying each activation the engine knows in turn. */
const everyActivation: Model[] = activationNames.map((activation) => ({
  ...examplePreset.model,
  layers: examplePreset.model.layers.map((layer) =>
    layer.kind === 'activation' ? { ...layer, activation } : layer,
  ),
}));

/**
 * Every distinct LaTeX string the card sets: the presets', the Example's with each activation, and a network's wider
 * than a card writes out term by term.
 */
export const everyFormula: readonly string[] = [
  ...new Set(
    [...presets.map((preset) => preset.model), ...everyActivation, bigModel(6, 2)].flatMap((model) =>
      allFrames(model).flatMap(({ card }) => latexOf(card)),
    ),
  ),
];
