import { expect } from 'vitest';

/** Expects |actual − expected| ≤ tolerance · max(1, |expected|): floats are never compared exactly. */
export function expectClose(actual: number | undefined, expected: number, tolerance = 1e-12): void {
  expect(actual).toBeTypeOf('number');
  const error = Math.abs((actual ?? NaN) - expected);
  const allowed = tolerance * Math.max(1, Math.abs(expected));
  if (!(error <= allowed)) expect.fail(`expected ${actual} to be within ${allowed} of ${expected}`);
}

/** expectClose on every element of two equally long vectors. */
export function expectAllClose(
  actual: readonly number[],
  expected: readonly number[],
  tolerance = 1e-12,
): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, index) => expectClose(actual[index], value, tolerance));
}
