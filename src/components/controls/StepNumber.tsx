/**
 * The step's number in a counter, as wide as the total's digits: the counter keeps its width from step 1 to the last,
 * and the scrubber beside it does not shift under the pointer.
 */
export function StepNumber({ n, total }: { n: number; total: number }) {
  return <strong style={{ minWidth: `${String(total).length}ch` }}>{n}</strong>;
}
