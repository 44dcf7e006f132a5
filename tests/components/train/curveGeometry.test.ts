import { describe, expect, it } from 'vitest';
import {
  curveGeometry,
  formatEpoch,
  maxSampleLines,
  nearestPoint,
} from '../../../src/components/train/curveGeometry';
import type { LossCurve } from '../../../src/training';
import { example } from './models';

/** A curve of `points` epochs whose sample s has loss (s + 1) / (epoch + 1). */
function curveOf(points: number, samples: number): LossCurve {
  const epochs = Array.from({ length: points }, (_v, p) => p);
  const sampleLosses = epochs.flatMap((e) => Array.from({ length: samples }, (_v, s) => (s + 1) / (e + 1)));
  const lossAvg = epochs.map((e) => (samples + 1) / 2 / (e + 1));
  return { end: example, sampleCount: samples, epochs, lossAvg, sampleLosses, stride: 1, offered: points };
}

/** The points of an SVG path: its M and L commands. */
const points = (d: string) => d.match(/[ML]/g)?.length ?? 0;

describe('curveGeometry(curve, width, height, log)', () => {
  it('draws loss^avg and each sample’s loss from the first epoch to the last, within the plot', () => {
    const g = curveGeometry(curveOf(11, 3), 400, 220, false);
    expect(g.x.domain()).toEqual([0, 10]);
    expect(g.y.domain()[0]).toBe(0);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(3);
    expect(points(g.avg)).toBe(11);
    expect(g.samples.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(g.band).toBeNull();
    expect(g.xTicks.at(0)?.label).toBe('0');
    expect(g.xTicks.at(-1)?.label).toBe('10');
  });

  it('decimates 10,001 epochs to a few points per pixel column', () => {
    const g = curveGeometry(curveOf(10_001, 3), 400, 220, false);
    expect(points(g.avg)).toBeLessThanOrEqual(4 * 400);
    expect(g.drawn).toBeLessThanOrEqual(4 * 4 * 400);
    expect(g.xTicks.map((t) => t.label)).toContain('10,000');
  });

  it('draws a band of the samples’ range instead of one line each for large datasets', () => {
    const g = curveGeometry(curveOf(50, maxSampleLines + 1), 400, 220, false);
    expect(g.samples).toEqual([]);
    expect(g.band).toMatch(/^M/);
  });

  it('uses a log axis with powers of ten as 10⁻ⁿ, and puts a loss of exactly 0 on its bottom edge', () => {
    const curve = curveOf(1000, 2);
    // Losses from 1 down to 10⁻⁹, and one exact 0.
    const cube = (v: number) => (n: number) => (n === 0 ? 0 : v ** 3);
    const zero = {
      ...curve,
      sampleLosses: curve.sampleLosses.map((v, n) => cube(v)(n)),
      lossAvg: curve.lossAvg.map((v) => v ** 3),
    };
    const g = curveGeometry(zero, 400, 220, true);
    expect(g.log).toBe(true);
    expect(g.yTicks.map((t) => t.label)).toContain('10⁻⁶');
    expect(g.yTicks.map((t) => t.label)).toContain('1');
    expect(g.yTicks.map((t) => t.label)).not.toContain('0.0001');
    expect(g.y(0)).toBe(g.y.range()[0]);
    // The bottom tick says that smaller losses (here an exact 0) are drawn on it.
    expect(g.yTicks.at(-1)?.label).toMatch(/^≤10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    expect(g.yTicks.at(-1)?.at).toBe(g.y.range()[0]);
  });

  it('falls back to a linear axis when no loss is positive', () => {
    const curve = curveOf(3, 1);
    const g = curveGeometry({ ...curve, lossAvg: [0, 0, 0], sampleLosses: [0, 0, 0] }, 400, 220, true);
    expect(g.log).toBe(false);
  });
});

describe('nearestPoint(epochs, epoch)', () => {
  it('finds the index of the nearest epoch', () => {
    const epochs = [0, 1, 2, 4, 8];
    expect(nearestPoint(epochs, -3)).toBe(0);
    expect(nearestPoint(epochs, 2.9)).toBe(2);
    expect(nearestPoint(epochs, 3.1)).toBe(3);
    expect(nearestPoint(epochs, 100)).toBe(4);
    expect(nearestPoint([], 1)).toBe(-1);
  });
});

describe('formatEpoch(epoch)', () => {
  it('writes whole epochs with separators and fractions of an epoch with 2 decimals', () => {
    expect(formatEpoch(10000)).toBe('10,000');
    expect(formatEpoch(1 / 3)).toBe('0.33');
  });
});
