import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Negative control: the same engine with a deliberately wrong logistic derivative, f'(x) = f(x) instead of f(x)(1 − f(x)).
vi.mock('../../src/engine/activations', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/activations')>();
  const logistic = { ...original.activations.logistic, derivative: (_x: number, y: number) => y };
  return { ...original, activations: { ...original.activations, logistic } };
});

describe('the finite-difference check', () => {
  it('fails on an engine whose logistic derivative is wrong', async () => {
    // The test setup loaded the engine before this file's mock was made: the check is imported anew, on the mock.
    vi.resetModules();
    const { firstGradientError } = await import('./gradientCheck');
    const { networkWithSample } = await import('./networks');
    const withLogistic = networkWithSample.filter(({ model }) =>
      model.layers.some((layer) => layer.kind === 'activation' && layer.activation === 'logistic'),
    );
    const result = fc.check(
      fc.property(withLogistic, ({ model, sample }) => firstGradientError(model, sample) === undefined),
      { numRuns: 100 },
    );
    expect(result.failed).toBe(true);
  });
});
