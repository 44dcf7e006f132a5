/** loss = Loss(o^n, y^truth) = ½ Σ_j (o^n_j − y^truth_j)², the series' loss summed over the output neurons (spec 2.4). */
export function halfSquaredError(output: readonly number[], truth: readonly number[]): number {
  return output.reduce((sum, value, j) => sum + 0.5 * (value - (truth[j] ?? NaN)) ** 2, 0);
}
