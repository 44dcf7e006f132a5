/** Where the weight labels of a Linear layer go: along their edges, clear of each other and of the other edges. */
import { pointOnCurve, type Point } from './curves';
import type { EdgeLayout, LabelMode } from './edges';
import { mathWidth } from './math';
import { sizes } from './sizes';

/** Where on a Linear edge its label sits first (curve parameter from the input end), staggered by output j. */
export function linearLabelT(j: number, outputs: number): number {
  return outputs <= 1 ? 0.3 : Math.round((0.18 + (0.44 * j) / (outputs - 1)) * 100) / 100;
}

/** The other places tried along an edge when its first one overlaps a label already placed. */
export const fallbackTs = [0.3, 0.45, 0.6, 0.2, 0.72, 0.12] as const;

/** A label's box, centred on its point. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when two label boxes overlap (touching is fine). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

/** True when any two of the boxes overlap (a sweep along x keeps it fast for 16 × 16 edges). */
export function anyOverlap(boxes: readonly LabelBox[]): boolean {
  const sorted = [...boxes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
  for (let a = 0; a < sorted.length; a++) {
    const first = sorted[a];
    if (!first) continue;
    for (let b = a + 1; b < sorted.length; b++) {
      const second = sorted[b];
      if (!second || second.x - second.width / 2 >= first.x + first.width / 2) break;
      if (overlaps(first, second)) return true;
    }
  }
  return false;
}

/** The label box of an edge, with a margin of a fifth of its size on each side, so that labels stand apart. */
export function labelBox(
  edge: Pick<EdgeLayout, 'label' | 'symbol'>,
  fontSize: number = sizes.font.edge,
): LabelBox {
  const width = mathWidth(edge.symbol ?? '', fontSize) + 0.4 * fontSize;
  return { x: edge.label.x, y: edge.label.y, width, height: fontSize * 1.65 };
}

/**
 * The collision rule: a Linear layer's weight labels are all drawn when none overlaps another; otherwise only
 * the labels of the active neuron's edges are drawn (each is then clear of the others) and the rest show on hover.
 */
export function labelModeOf(
  edges: readonly Pick<EdgeLayout, 'label' | 'symbol'>[],
  fontSize: number = sizes.font.edge,
): LabelMode {
  return anyOverlap(edges.filter((edge) => edge.symbol !== null).map((edge) => labelBox(edge, fontSize)))
    ? 'active'
    : 'all';
}

/** What placing a Linear layer's labels needs of an edge: its ends, its label's first place and its symbol. */
type LabelDraft = Pick<EdgeLayout, 'from' | 'to' | 'label' | 'symbol'>;

/** Up to this many edges, a layer's labels also keep off the other edges' lines (checked point by point). */
const crossingLimit = 64;

/** The places tried along an edge of a small layer, after its first one. */
const denseTs = Array.from({ length: 21 }, (_unused, n) => Math.round((0.1 + n * 0.04) * 100) / 100);

/** The points checked along an edge, where another edge's label should not sit. */
const curveSamples = 40;

/** True when the point lies within the text of the label (its box without the margin that keeps labels apart). */
function onText(box: LabelBox, point: Point, fontSize: number): boolean {
  return (
    Math.abs(point.x - box.x) * 2 < box.width - 0.4 * fontSize &&
    Math.abs(point.y - box.y) * 2 < 1.2 * fontSize
  );
}

/**
 * Places each label in turn at a place along its edge clear of the labels already placed: the first such place, or
 * in a small layer the one crossed by the fewest other edges (under a label's halo, an edge would look cut); null when
 * some label finds no clear place (the layer is too crowded: its labels are then shown per active neuron).
 */
export function placeLabels<E extends LabelDraft>(
  drafts: readonly E[],
  fontSize: number = sizes.font.edge,
): E[] | null {
  // Labels all clear at their first places stay there (a sweep finds it out fast); else each slides to a clear one.
  const slid =
    labelModeOf(drafts, fontSize) === 'all' ? [...drafts] : placeEach(drafts, fontSize, fallbackTs, () => 0);
  if (!slid || drafts.length > crossingLimit) return slid;
  // Each curve keeps between its ends' heights (its tangents there are level): a label above or below them is clear.
  const curves = drafts.map(({ from, to }) => ({
    top: Math.min(from.y, to.y) - fontSize,
    bottom: Math.max(from.y, to.y) + fontSize,
    points: Array.from({ length: curveSamples + 1 }, (_unused, n) =>
      pointOnCurve(from, to, n / curveSamples),
    ),
  }));
  const crossings = (box: LabelBox, own: number) =>
    curves.filter(
      ({ top, bottom, points }, n) =>
        n !== own && box.y > top && box.y < bottom && points.some((point) => onText(box, point, fontSize)),
    ).length;
  return placeEach(drafts, fontSize, denseTs, crossings) ?? slid;
}

/** Gives each label in turn its clear place of least cost (the earliest of equal ones), its first place first. */
function placeEach<E extends LabelDraft>(
  drafts: readonly E[],
  fontSize: number,
  ts: readonly number[],
  cost: (box: LabelBox, own: number) => number,
): E[] | null {
  const boxes: LabelBox[] = [];
  const placed: E[] = [];
  for (const [n, draft] of drafts.entries()) {
    const clear = [draft.label, ...ts.map((t) => pointOnCurve(draft.from, draft.to, t))]
      .map((label) => ({ label, box: labelBox({ label, symbol: draft.symbol }, fontSize) }))
      .filter(({ box }) => !boxes.some((other) => overlaps(box, other)));
    const costs = clear.map(({ box }) => cost(box, n));
    const best = clear[costs.indexOf(Math.min(...costs))];
    if (!best) return null;
    boxes.push(best.box);
    placed.push({ ...draft, label: best.label });
  }
  return placed;
}
