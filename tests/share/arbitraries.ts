import fc from 'fast-check';
import type { Model } from '../../src/engine/model';
import type { LinkState, LinkView } from '../../src/share';
import { modelArbitrary } from '../format/arbitraries';

/** Every neuron id the diagram of `model` draws: the data column N:0:j, then N:k:j for each layer L^k. */
export function neuronIds(model: Model): string[] {
  const first = model.layers[0]?.size ?? 0;
  const data = Array.from({ length: first }, (_, j) => `N:0:${j}`);
  const layers = model.layers.flatMap((layer, index) =>
    Array.from({ length: layer.size }, (_, j) => `N:${index + 1}:${j}`),
  );
  return [...data, ...layers];
}

/** A valid view of `model`: a sample it has (or the batch), any step, either detail, a neuron it draws or none. */
export function viewArbitrary(model: Model): fc.Arbitrary<LinkView> {
  const samples = model.dataset.length;
  const selection =
    samples === 0
      ? fc.constantFrom<0 | 'batch'>(0, 'batch')
      : fc.oneof(fc.integer({ min: 0, max: samples - 1 }), fc.constant<'batch'>('batch'));
  return fc.record({
    selection,
    step: fc.oneof(fc.nat(200), fc.maxSafeNat()),
    detail: fc.constantFrom('detailed' as const, 'compact' as const),
    selected: fc.option(fc.constantFrom(...neuronIds(model)), { nil: null }),
  });
}

/** A valid link state: a random model and a valid view of it. */
export const stateArbitrary: fc.Arbitrary<LinkState> = modelArbitrary.chain((model) =>
  viewArbitrary(model).map((view) => ({ model, view })),
);
