// Quantiles of timed samples, and the median of a figure over several runs.

/** The q-quantile of values (nearest rank); NaN values are left out. */
export function quantile(values, q) {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** The median of values. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1
    ? sorted[Math.floor(middle)]
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** p50 and p95 of one field of the samples. */
export const summary = (samples, field) => ({
  p50: quantile(
    samples.map((sample) => sample[field]),
    0.5,
  ),
  p95: quantile(
    samples.map((sample) => sample[field]),
    0.95,
  ),
});

/** "a / b" with one decimal. */
export const pair = ({ p50, p95 }) => `${p50.toFixed(1)} / ${p95.toFixed(1)}`;
