/** Models for the Train panel's tests, built from the shared Example fixture (spec 3.3, 3.6). */
import type { LinearLayer, Model } from '../../../src/engine';
import { example } from '../../helpers/example';

export { example };

/** The Example with L3 = identity and α = 10: the weights grow until the loss overflows to ∞. */
export const diverging: Model = {
  ...example,
  layers: [...example.layers.slice(0, 2), { kind: 'activation', size: 1, activation: 'identity' }],
  learningRate: 10,
};

/** w^2 of a model of the Example's shape. */
export const w2 = (model: Model): readonly number[] => (model.layers[1] as LinearLayer).weights[0] ?? [];
