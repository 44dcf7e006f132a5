/** Colour-blind-safe diverging pair (PuOr ends): blue for positive weights, orange for negative ones. */
export const weightColors = { positive: '#2166ac', negative: '#b35806', zero: '#8c8c8c' } as const;

/** The sign of a weight, also drawn without colour: solid when positive, dashed when negative, dotted at 0. */
export type WeightSign = keyof typeof weightColors;

/** How one weight (or bias) is drawn: colour and dash by sign, width and opacity by magnitude. */
export interface WeightStyle {
  readonly sign: WeightSign;
  readonly color: string;
  /** Stroke width in viewBox units, growing with |w|. */
  readonly width: number;
  readonly opacity: number;
  /** SVG stroke-dasharray: null when solid (positive). */
  readonly dash: string | null;
}

/** Dash patterns, the non-colour cue for the sign. */
export const weightDashes: Record<WeightSign, string | null> = {
  positive: null,
  negative: '7 4',
  zero: '2 4',
};

/** Stroke widths from the smallest to the largest |w| of a layer. */
export const weightWidths = [1.25, 5] as const;

/** The widest stroke when `fanIn` edges enter each neuron: thinner in crowded layers, so that they stay legible. */
export function maxWeightWidth(fanIn: number): number {
  return fanIn <= 4 ? weightWidths[1] : Math.max(2.25, weightWidths[1] * Math.sqrt(4 / fanIn));
}

/**
 * A scale from a weight to its style: magnitude relative to the largest |w| of the given values, widths
 * narrowed when `fanIn` edges enter each neuron.
 */
export function weightScale(values: readonly number[], fanIn = 1): (w: number) => WeightStyle {
  const finite = values.filter(Number.isFinite).map(Math.abs);
  const max = finite.length > 0 ? Math.max(...finite) : 0;
  const domain: [number, number] = [0, max > 0 ? max : 1];
  const widest = maxWeightWidth(fanIn);
  const widths: Range = [Math.min(weightWidths[0], widest / 2), widest];
  const opacities: Range = [fanIn > 4 ? 0.35 : 0.5, 1];
  return (w) => {
    const sign: WeightSign = w > 0 ? 'positive' : w < 0 ? 'negative' : 'zero';
    const magnitude = Number.isFinite(w) ? Math.abs(w) : domain[1];
    // |w| relative to the largest, clamped to [0, 1]: the width follows its square root, the opacity |w| itself.
    const t = Math.min(1, Math.max(0, magnitude / domain[1]));
    return {
      sign,
      color: weightColors[sign],
      width: round(lerp(widths, Math.sqrt(t))),
      opacity: round(lerp(opacities, t)),
      dash: weightDashes[sign],
    };
  };
}

/** An output range [from, to]. */
type Range = readonly [number, number];

/**
 * The point at t ∈ [0, 1] of a range: the two maps above are a clamped scaleSqrt and scaleLinear from 0, written
 * out because d3-scale would bring d3-interpolate, d3-color and d3-format into the first chunk (some 11 kB gzipped).
 */
const lerp = ([from, to]: Range, t: number): number => from + (to - from) * t;

/** Rounds to 2 decimals, enough for a stroke. */
const round = (value: number): number => Math.round(value * 100) / 100;
