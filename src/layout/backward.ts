import { curve, curveWithLabel, elbow, pointOnCurve, round1, type PathGeometry, type Point } from './curves';
import { lossInlet, type Box } from './geometry';
import { sizes } from './sizes';

/** Where a backward path's label sits: near the output end, where the paths of one δ are spread apart. */
export const backwardLabelT = 0.3;

/** Where the label of a level (one-to-one) backward path sits: in the middle of the gap. */
export const levelLabelT = 0.5;

/** The point at parameter t ∈ [0, 1] of the cubic Bézier from p0 to p3 with control points p1 and p2. */
function pointOnCubic(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return {
    x: round1(a * p0.x + b * p1.x + c * p2.x + d * p3.x),
    y: round1(a * p0.y + b * p1.y + c * p2.y + d * p3.y),
  };
}

/** How many points `along` a path gives (every 5 % of it). */
const alongCount = 19;

/** The points `along` a path of parameter t ∈ [0, 1], output end first, its ends left out. */
const pointsAlong = (at: (t: number) => Point): Point[] =>
  Array.from({ length: alongCount }, (_unused, n) => at((n + 1) / (alongCount + 1)));

/** How far below the boxes' centre line the label of a level backward path hangs. */
const levelLabelDrop = 22;

/**
 * A red backward arrow from an output box (right) to an input box (left), following the blue edge between them
 * shifted by `offset` so that both stay visible; the arrowhead touches the input box. A level (one-to-one) path is
 * labelled below the edges, as the blue edge's own label (the activation's name, the weight) sits above them; its
 * points `along` keep labels off it.
 */
export function backwardArrow(output: Box, input: Box, offset: number = sizes.backwardOffset): PathGeometry {
  const from: Point = { x: output.x - output.width / 2, y: output.y + offset };
  const to: Point = { x: input.x + input.width / 2 + 1, y: input.y + offset };
  if (from.y !== to.y) {
    const along = pointsAlong((t) => pointOnCurve(from, to, t));
    return { ...curveWithLabel(from, to, backwardLabelT), along };
  }
  const { d, label } = curveWithLabel(from, to, levelLabelT);
  const along = pointsAlong((t) => pointOnCurve(from, to, t));
  return { d, label: { x: label.x, y: round1(output.y + levelLabelDrop) }, below: true, along };
}

/**
 * The red arrow from a Linear neuron back to its bias pill (δb^k_j): out of the box's left side, round to the pill;
 * its points `along` keep its label off it.
 */
export function biasArrow(output: Box, bias: Box): PathGeometry {
  const from: Point = { x: output.x - output.width / 2, y: output.y + 6 };
  const to: Point = { x: bias.x - bias.width / 2 - 1, y: bias.y };
  const reach = 44;
  const [out, back] = [
    { x: from.x - reach, y: from.y },
    { x: to.x - reach, y: to.y },
  ];
  const d =
    `M${round1(from.x)},${round1(from.y)}C${round1(out.x)},${round1(out.y)},` +
    `${round1(back.x)},${round1(back.y)},${round1(to.x)},${round1(to.y)}`;
  return {
    d,
    label: { x: round1(from.x - reach - 8), y: round1((from.y + to.y) / 2 - 30) },
    along: pointsAlong((t) => pointOnCubic(from, out, back, to, t)),
  };
}

/** The red arrow from the Loss back up to o^n_j (the first learning flow δ^{n+1}_j), inside the blue one. */
export function lossArrow(loss: Box, output: Box, j: number, count: number): PathGeometry {
  const inlet = lossInlet(loss, j, count);
  const offset = sizes.backwardOffset;
  const from: Point = { x: inlet.x + offset, y: inlet.y };
  const to: Point = { x: output.x + output.width / 2 + 1, y: output.y + offset };
  return {
    d: elbow(from, to, sizes.elbow + offset, true),
    label: { x: round1(loss.x + loss.width / 2 + 6), y: round1((from.y + to.y) / 2) },
  };
}

/**
 * The dashed "?" arrow of a goal: from the right, pointing at the box whose δ is wanted, its label under it as the
 * series draws it (as low as a level path's, under the blue edges that leave the box); its points `along` keep the
 * label off it.
 */
export function questionArrow(target: Box, length: number): PathGeometry {
  const from: Point = { x: target.x + target.width / 2 + length, y: target.y + sizes.backwardOffset };
  const to: Point = { x: target.x + target.width / 2 + 1, y: target.y + sizes.backwardOffset };
  return {
    d: curve(from, to),
    label: { x: round1((from.x + to.x) / 2), y: round1(target.y + levelLabelDrop) },
    below: true,
    along: pointsAlong((t) => pointOnCurve(from, to, t)),
  };
}
