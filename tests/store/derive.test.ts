import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochSchedule } from '../../src/engine';
import { examplePreset } from '../../src/presets';
import { samplesOf } from '../../src/store';

describe('samplesOf(model, selection)', () => {
  it('walks the batch of the first iteration of an epoch, whatever the batch size and the dataset’s length', () => {
    const [sample] = examplePreset.model.dataset;
    if (!sample) throw new Error('the Example has no sample');
    fc.assert(
      fc.property(fc.nat(12), fc.integer({ min: 1, max: 16 }), (length, batchSize) => {
        const model = {
          ...examplePreset.model,
          batchSize,
          dataset: Array.from({ length }, () => sample),
        };
        expect(samplesOf(model, 'batch')).toEqual(epochSchedule(model, 'batch')[0] ?? []);
      }),
    );
  });

  it('walks one sample of the dataset, or none outside it', () => {
    const model = examplePreset.model;
    expect(samplesOf(model, 1)).toEqual([1]);
    expect(samplesOf(model, model.dataset.length)).toEqual([]);
  });
});
