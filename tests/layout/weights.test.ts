import { scaleLinear, scaleSqrt } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightWidth, weightColors, weightScale, weightWidths } from '../../src/layout';

describe('weightScale', () => {
  const style = weightScale([0.5, -2, 1, 0]);

  it('colours by sign with a colour-blind-safe pair and dashes negative weights', () => {
    expect(style(1).color).toBe(weightColors.positive);
    expect(style(1).dash).toBeNull();
    expect(style(-2).color).toBe(weightColors.negative);
    expect(style(-2).dash).not.toBeNull();
    expect(style(0).sign).toBe('zero');
    expect(style(0).dash).not.toBe(style(-2).dash);
  });

  it('widens and darkens with |w|, relative to the largest |w| of the layer', () => {
    expect(style(-2).width).toBe(weightWidths[1]);
    expect(style(0).width).toBe(weightWidths[0]);
    expect(style(1).width).toBeGreaterThan(style(0.5).width);
    expect(style(-1).width).toBe(style(1).width);
    expect(style(1).opacity).toBeGreaterThan(style(0.5).opacity);
    expect(style(-2).opacity).toBe(1);
  });

  it('keeps the largest magnitude readable when the layer has tiny weights (the Example)', () => {
    const example = weightScale([1 / 200, -3000 / 11600000, 1 / 5800]);
    expect(example(1 / 200).width).toBe(weightWidths[1]);
    expect(example(1 / 5800).width).toBeGreaterThan(weightWidths[0]);
  });

  it('narrows the strokes of crowded layers', () => {
    expect(maxWeightWidth(3)).toBe(weightWidths[1]);
    expect(maxWeightWidth(16)).toBeLessThan(weightWidths[1]);
    expect(weightScale([1, -1], 16)(1).width).toBe(maxWeightWidth(16));
  });

  it("maps |w| as d3-scale's clamped scaleSqrt (width) and scaleLinear (opacity) would", () => {
    const weights = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1 });
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 64 }), (values, fanIn) => {
        const max = Math.max(...values.map(Math.abs)) || 1;
        const widest = maxWeightWidth(fanIn);
        const width = scaleSqrt([0, max], [Math.min(weightWidths[0], widest / 2), widest]).clamp(true);
        const opacity = scaleLinear([0, max], [fanIn > 4 ? 0.35 : 0.5, 1]).clamp(true);
        const style = weightScale(values, fanIn);
        for (const w of values) {
          // The style rounds to hundredths: at most half of one off (toBeCloseTo(…, 2) wants strictly less).
          expect(Math.abs(style(w).width - width(Math.abs(w)))).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(style(w).opacity - opacity(Math.abs(w)))).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }),
      // |w| half the largest on a fan-in over 4: an opacity of exactly 0.675, which rounds half a hundredth away.
      { examples: [[[1, -2], 5]] },
    );
  });

  it('survives a layer of zeros and non-finite weights', () => {
    expect(weightScale([0, 0])(0).width).toBe(weightWidths[0]);
    expect(weightScale([NaN, 1])(NaN).sign).toBe('zero');
  });
});
