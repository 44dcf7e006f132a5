import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePass } from '../../src/engine';
import { firstGradientError } from './gradientCheck';
import { networkWithSample } from './networks';

describe('gradients', () => {
  it('match central finite differences for every δ, δw and δb of random networks', () => {
    fc.assert(
      fc.property(networkWithSample, ({ model, sample }) => {
        expect(firstGradientError(model, sample)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('have impact terms that sum to their value', () => {
    fc.assert(
      fc.property(networkWithSample, ({ model, sample }) => {
        const pass = computePass(model, sample);
        for (const layer of pass.layers) {
          const gradients = [...layer.delta, ...(layer.dw ?? []).flat(), ...(layer.db ?? [])];
          for (const g of gradients) {
            const sum = g.terms.reduce((total, term) => total + term.product, 0);
            const magnitude = g.terms.reduce((total, term) => total + Math.abs(term.product), 0);
            expect(Math.abs(g.value - sum)).toBeLessThanOrEqual(1e-12 * Math.max(1, magnitude));
            for (const term of g.terms) expect(term.product).toBe(term.futureDelta * term.local.value);
          }
        }
      }),
    );
  });
});
