/** A number as the pickers show it: integers in full, others to 4 significant digits, with a true minus sign. */
export function formatNumber(value: number): string {
  if (Object.is(value, -0) || value === 0) return '0';
  const text =
    Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : String(Number(value.toPrecision(4)));
  return text.replace('-', '−');
}

/** A vector written as the series does: (100, 2000, 100); long vectors are shortened with an ellipsis. */
export function formatVector(values: readonly number[], max = 4): string {
  const shown =
    values.length > max ? [...values.slice(0, max - 1).map(formatNumber), '…'] : values.map(formatNumber);
  return `(${shown.join(', ')})`;
}

/** y^truth: a scalar for a single output, else a vector. */
export function formatTruth(values: readonly number[]): string {
  const [only] = values;
  return values.length === 1 && only !== undefined ? formatNumber(only) : formatVector(values);
}
