import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { area, line } from 'd3-shape';
import { formatValue } from '../../layout';
import type { LossCurve } from '../../training';
import { decimate, mergeIndices } from './decimate';
import { superscript } from '../../formulas/superscript';

/** Each sample's loss is drawn as its own line up to this many samples; beyond, as the band of their range. */
export const maxSampleLines = 8;

/** Space around the plot for the axes, in pixels. */
export const curveMargin = { top: 22, right: 26, bottom: 34, left: 60 } as const;

/** A tick of an axis: its value, where it is drawn and its label. */
export interface Tick {
  readonly value: number;
  readonly at: number;
  readonly label: string;
}

/** Everything the loss curve draws, computed once per curve, size and scale type ("d3 computes, React renders"). */
export interface CurveGeometry {
  readonly width: number;
  readonly height: number;
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  /** True when the loss axis is logarithmic (it falls back to linear when no loss is positive). */
  readonly log: boolean;
  /** The path of loss^avg. */
  readonly avg: string;
  /** The path of each sample's loss (0-based sample index), when there are at most maxSampleLines samples. */
  readonly samples: readonly { readonly index: number; readonly d: string }[];
  /** The band between the lowest and the highest sample loss, for larger datasets. */
  readonly band: string | null;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Points in all the paths together, after decimation (the curve holds epochs.length points per series). */
  readonly drawn: number;
}

/** An epoch count as the axis and the hover print it: 1,234, or 0.33 for a fraction of an epoch. */
export function formatEpoch(epoch: number): string {
  if (Number.isInteger(epoch)) return epoch.toLocaleString('en-US');
  return String(Number(epoch.toFixed(2)));
}

/** sample s's loss at point p. */
export const sampleLoss = (curve: LossCurve, p: number, s: number): number =>
  curve.sampleLosses[p * curve.sampleCount + s] ?? NaN;

/** The lowest and highest finite value of some series at every point. */
function extentOf(curve: LossCurve): { low: number[]; high: number[] } {
  const low: number[] = [];
  const high: number[] = [];
  for (let p = 0; p < curve.epochs.length; p++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let s = 0; s < curve.sampleCount; s++) {
      const value = sampleLoss(curve, p, s);
      if (!Number.isFinite(value)) continue;
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
    low.push(lo === Infinity ? NaN : lo);
    high.push(hi === -Infinity ? NaN : hi);
  }
  return { low, high };
}

/** The loss axis' domain over every drawn value: [0, max] or, on a log axis, [smallest positive, max]. */
function lossDomain(values: Iterable<number>, log: boolean): [number, number] | null {
  let max = 0;
  let minPositive = Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    max = Math.max(max, value);
    if (value > 0) minPositive = Math.min(minPositive, value);
  }
  if (!log) return [0, max > 0 ? max : 1];
  if (minPositive === Infinity) return null;
  // Never more than 12 decades: a loss of exactly 0 sits on the bottom edge.
  return [Math.max(minPositive, max * 1e-12), max];
}

/** A tick label: on a log axis a power of ten is 10ⁿ (0.1, 1 and 10 stay plain); others as the diagram prints them. */
function formatTick(value: number, log: boolean): string {
  const n = Math.round(Math.log10(value));
  if (log && Math.abs(n) >= 2 && Math.abs(value / 10 ** n - 1) < 1e-9) return `10${superscript(String(n))}`;
  return formatValue(value);
}

/** Ticks of the loss axis; a log axis keeps the powers of ten when it spans several decades. */
function lossTicks(y: ScaleContinuousNumeric<number, number>, log: boolean, clamped: boolean): Tick[] {
  let values = y.ticks(5);
  if (log && values.length > 6) values = values.filter((v) => Math.abs(Math.log10(v) % 1) < 1e-9);
  if (log && values.length > 7) values = values.filter((_v, n) => n % Math.ceil(values.length / 6) === 0);
  const ticks = values.map((value) => ({ value, at: y(value), label: formatTick(value, log) }));
  if (!clamped) return ticks;
  // Losses under the axis' floor (0 among them) are drawn on it: its tick says so.
  const [floor = 0] = y.domain();
  const bottom = y(floor);
  return [
    ...ticks.filter((tick) => Math.abs(tick.at - bottom) > 16),
    { value: floor, at: bottom, label: `≤${formatTick(floor, log)}` },
  ];
}

/** Builds the geometry of a loss curve plotted in `width` × `height` pixels. */
export function curveGeometry(
  curve: LossCurve,
  width: number,
  height: number,
  logScale: boolean,
): CurveGeometry {
  const { top, right, bottom, left } = curveMargin;
  const count = curve.epochs.length;
  const epochAt = (p: number) => curve.epochs[p] ?? NaN;
  const avgAt = (p: number) => curve.lossAvg[p] ?? NaN;
  const first = epochAt(0);
  const last = epochAt(count - 1);
  const x = scaleLinear()
    .domain(count > 1 && last > first ? [first, last] : [first || 0, (first || 0) + 1])
    .range([left, Math.max(left + 1, width - right)]);

  const lines = curve.sampleCount <= maxSampleLines;
  const spread = lines ? null : extentOf(curve);
  const every: number[] = spread ? [...spread.low, ...spread.high] : [...curve.sampleLosses];
  every.push(...curve.lossAvg);
  const domain = lossDomain(every, logScale);
  const log = logScale && domain !== null;
  const yRange = [Math.max(top + 1, height - bottom), top];
  const y: ScaleContinuousNumeric<number, number> = log
    ? scaleLog()
        .domain(domain ?? [1, 10])
        .nice()
        .range(yRange)
        .clamp(true)
    : scaleLinear()
        .domain(domain ?? [0, 1])
        .nice()
        .range(yRange);

  const column = (p: number) => x(epochAt(p));
  let drawn = 0;
  const path = (series: (p: number) => number): string => {
    const kept = decimate(count, column, series);
    drawn += kept.length;
    return (
      line<number>()
        .digits(1)
        .defined((p) => Number.isFinite(series(p)))
        .x((p) => x(epochAt(p)))
        .y((p) => y(series(p)))(kept) ?? ''
    );
  };

  const avg = path(avgAt);
  const samples = lines
    ? Array.from({ length: curve.sampleCount }, (_v, s) => ({
        index: s,
        d: path((p) => sampleLoss(curve, p, s)),
      }))
    : [];
  let band: string | null = null;
  if (spread) {
    const lowAt = (p: number) => spread.low[p] ?? NaN;
    const highAt = (p: number) => spread.high[p] ?? NaN;
    const kept = mergeIndices(decimate(count, column, lowAt), decimate(count, column, highAt));
    drawn += kept.length;
    band =
      area<number>()
        .digits(1)
        .defined((p) => Number.isFinite(lowAt(p)) && Number.isFinite(highAt(p)))
        .x((p) => x(epochAt(p)))
        .y0((p) => y(lowAt(p)))
        .y1((p) => y(highAt(p)))(kept) ?? null;
  }

  const xTicks = x
    .ticks(Math.max(2, Math.min(6, Math.floor((width - left - right) / 70))))
    .map((value) => ({ value, at: x(value), label: formatEpoch(value) }));
  const [floor = 0] = y.domain();
  const clamped = log && every.some((value) => Number.isFinite(value) && value < floor);
  return { width, height, x, y, log, avg, samples, band, xTicks, yTicks: lossTicks(y, log, clamped), drawn };
}

/** Index of the point whose epoch is nearest to `epoch` (binary search over the ascending epochs). */
export function nearestPoint(epochs: readonly number[], epoch: number): number {
  let lo = 0;
  let hi = epochs.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((epochs[mid] ?? NaN) <= epoch) lo = mid;
    else hi = mid;
  }
  const below = epochs[lo] ?? NaN;
  const above = epochs[hi] ?? NaN;
  return Math.abs(epoch - below) <= Math.abs(above - epoch) ? lo : hi;
}
