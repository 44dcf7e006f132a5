import { describe, expect, it } from 'vitest';
import { initialBiases, initialWeights, mixSeed, mulberry32 } from '../../src/editing';

describe('mulberry32(seed)', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    const c = mulberry32(43);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(first);
  });

  it('mixSeed(…words) depends on every word and their order', () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(1, 3, 2));
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(2, 2, 3));
  });
});

describe('initialWeights(seed, k, size, previous)', () => {
  it('is deterministic given the seed, the layer number and the shape', () => {
    expect(initialWeights(7, 2, 3, 4)).toEqual(initialWeights(7, 2, 3, 4));
    expect(initialWeights(7, 2, 3, 4)).not.toEqual(initialWeights(8, 2, 3, 4));
    expect(initialWeights(7, 2, 3, 4)).not.toEqual(initialWeights(7, 4, 3, 4));
  });

  it('has one row per output neuron and one weight per input neuron', () => {
    const weights = initialWeights(1, 2, 3, 5);
    expect(weights).toHaveLength(3);
    expect(weights.every((row) => row.length === 5)).toBe(true);
  });

  it('draws Xavier/Glorot uniform weights within ±√(6 / (fan in + fan out)), rounded to 2 decimals, never −0', () => {
    const weights = initialWeights(3, 2, 16, 48).flat();
    const limit = Math.sqrt(6 / 64);
    expect(weights.every((w) => Math.abs(w) <= limit + 0.005)).toBe(true);
    expect(weights.every((w) => Math.round(w * 100) / 100 === w && !Object.is(w, -0))).toBe(true);
    expect(weights.some((w) => w > 0) && weights.some((w) => w < 0)).toBe(true);
    const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
    expect(Math.abs(mean)).toBeLessThan(limit / 4);
  });

  it('starts biases at 0, as the series does', () => {
    expect(initialBiases(3)).toEqual([0, 0, 0]);
  });
});
