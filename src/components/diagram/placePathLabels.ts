import { overlaps, sizes, titleBoxes, type DiagramLayout, type LabelBox, type Point } from '../../layout';
import type { ArrowSpec } from './arrows';
import { clearance, pathLabelBox } from './pathLabels';

/** A red line as small boxes along it, each reaching from the red line to the blue edge it follows. */
function lineBoxes(along: readonly Point[]): LabelBox[] {
  const offset = sizes.backwardOffset;
  return along.map((point) => ({
    x: point.x,
    y: point.y - offset / 2,
    width: 6,
    height: Math.abs(offset) + 6,
  }));
}

/**
 * The most paths a step may have for their labels to slide: among the many lines of a larger fan, a label rarely
 * finds a clear place, and looking for one on every step of 8 × 16 cost 4 times the drawing of its paths.
 */
const slidingPaths = 4;

/** How many of the points along a path its label may slide to: the nearest its first place (a third of the path). */
const placesTried = 7;

/**
 * The places a label may take along its path: at each of the points along it, nearest the label's first place first,
 * with the label centred there, or ending or starting there; a label under its line (a level path's, a goal's) keeps as
 * far under each point as its first place is under its own.
 */
function placesOf(arrow: ArrowSpec, width: number): Point[] {
  const distance = (point: Point) => Math.hypot(point.x - arrow.label.x, point.y - arrow.label.y);
  const along = [...(arrow.along ?? [])].sort((a, b) => distance(a) - distance(b)).slice(0, placesTried);
  const [nearest] = along;
  const drop = arrow.below && nearest ? arrow.label.y - nearest.y : 0;
  return along.flatMap(({ x, y }) => [x, x - width / 2, x + width / 2].map((at) => ({ x: at, y: y + drop })));
}

/** The region a label's places take together: each place's box, its side's moved by (dx, dy). */
function regionOf(places: readonly { side: Place; dx: number; dy: number }[]): LabelBox {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { side, dx, dy } of places) {
    const { x, y, width, height } = side.box;
    [left, right] = [Math.min(left, x + dx - width / 2), Math.max(right, x + dx + width / 2)];
    [top, bottom] = [Math.min(top, y + dy - height / 2), Math.max(bottom, y + dy + height / 2)];
  }
  return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left, height: bottom - top };
}

/** A place a red arrow's label may take: the arrow as drawn with its label there, and the box the label then takes. */
interface Place {
  readonly arrow: ArrowSpec;
  readonly box: LabelBox;
}

/** A box moved by (dx, dy). */
const shifted = (box: LabelBox, dx: number, dy: number): LabelBox => ({
  ...box,
  x: box.x + dx,
  y: box.y + dy,
});

/** A place moved by (dx, dy), its box with it. */
const moved = ({ arrow, box }: Place, dx: number, dy: number): Place => ({
  arrow: { ...arrow, label: { x: arrow.label.x + dx, y: arrow.label.y + dy } },
  box: shifted(box, dx, dy),
});

/**
 * The label of a path written above it, at its first place, hung under it instead: its top as far under the blue edge
 * the red line follows as the label above ends over the red line.
 */
function underItsLine(arrow: ArrowSpec, scale: number): Place {
  const hung = { ...arrow, below: true };
  const box = pathLabelBox(hung, scale);
  const top = arrow.label.y + Math.abs(sizes.backwardOffset) + clearance;
  return moved({ arrow: hung, box }, 0, top - (box.y - box.height / 2));
}

/** The least a place costs that covers a title, a box or a pill, or has its own line through the label's text. */
const covering = 1e3;

/** The least a place costs that touches a neuron box or a bias pill (a value, or the δ being computed). */
const onBox = 1e6;

/**
 * The scales a label grown `scale` times may shrink to where it would cover a title or box, largest first: by tenths
 * of it, never under its normal size (small but clear reads better than a title run into it).
 */
const smallerScales = (scale: number): number[] =>
  [0.9, 0.8, 0.7, 0.6, 0.5].map((part) => part * scale).filter((smaller) => smaller >= 1);

/**
 * Places the labels of the impact paths (and of a goal's "?" arrow) at the layout's label scale, in the order of the
 * terms: each keeps its first place when that is clear of the labels placed before it, of the neuron boxes and bias
 * pills, of the column titles' band and of the red lines, or else (on a step of at most `slidingPaths` paths) slides
 * along its path, or a little off it (further outwards for a fan's outermost paths, the last one's under its line), to
 * the first place that is, or with none, to the place clear of the other labels that covers the rest least (a title's
 * text, or its own line through its text, costing most after a box); presenting, one that would cover a title or box
 * is drawn smaller where that keeps it off them. A label with no place clear of the other labels, or after the first
 * with none clear of the boxes, pills, titles and its own line, is `collapsed` (it shows only while its path or term is
 * in focus).
 */
export function placePathLabels(arrows: readonly ArrowSpec[], layout: DiagramLayout): ArrowSpec[] {
  // What a label keeps clear of: the neuron boxes, the bias pills, the column titles' band and the titles on it, and
  // the red lines.
  const solids = new Set<LabelBox>([...layout.neurons, ...layout.biases]);
  const titles = new Set(titleBoxes(layout));
  const { x, width } = layout.bounds;
  const band = {
    x: x + width / 2,
    y: layout.titles.top + layout.titles.height / 2,
    width,
    height: layout.titles.height,
  };
  const obstacles: LabelBox[] = [
    ...solids,
    ...titles,
    band,
    ...arrows.flatMap((arrow) => (arrow.kind !== 'loss' ? lineBoxes(arrow.along ?? []) : [])),
  ];
  // Where no place is clear, touching a box or pill at all is worse than covering a title, and that than crossing red
  // lines, which cost the area they cover; going into the band between two titles costs a quarter of it (a label there
  // is clear, but may read as a title).
  const cost = (box: LabelBox, other: LabelBox) => {
    if (solids.has(other)) return onBox;
    const area = overlapArea(box, other);
    if (titles.has(other)) return covering + area;
    return other === band ? area / 4 : area;
  };
  // A label struck through by its own line, a point of it inside the label's text (its box but the padding), costs as
  // much as a title: it would seem crossed out, and another path's.
  const struck = ({ x, y, width, height }: LabelBox, arrow: ArrowSpec, scale: number) => {
    const [halfWidth, halfHeight] = [(width - 8 * scale) / 2, (height - 4) / 2];
    const inside = (point: Point) => Math.abs(point.x - x) < halfWidth && Math.abs(point.y - y) < halfHeight;
    return covering * (arrow.along ?? []).filter(inside).length;
  };
  const drawn: LabelBox[] = [];
  const slides = arrows.length <= slidingPaths;
  const lone = arrows.length === 1;
  /** The best place of the index-th arrow's label at a scale: the first clear one, or the one covering the rest least. */
  const bestAt = (arrow: ArrowSpec, index: number, scale: number) => {
    const first: Place = { arrow, box: pathLabelBox(arrow, scale) };
    // A fan's outermost paths have a side no other path is on, where their labels cannot seem another path's: the
    // first path's label may move up off it, and the last one's hang under it, then move down.
    const top = slides && !lone && index === 0;
    const last = slides && !lone && index === arrows.length - 1;
    const under = last && !arrow.below ? underItsLine(arrow, scale) : null;
    const sides = under ? [first, under] : [first];
    const along = slides ? [arrow.label, ...placesOf(arrow, first.box.width)] : [arrow.label];
    // A lone path's label may then move off it (up, or down for a label under it, by up to its height, and along by up
    // to half its width), or last to its other side: a short path between two boxes, or under the column titles, may
    // have no room on it. In a fan, a label moved far off its path would seem another path's: it moves by a quarter of
    // its height (a middle path's in steps of an eighth, up to three: it has least room), or by half outwards (the
    // first path's up, the last one's down under it). The first path's, with no other path above it, may also move
    // along by up to a quarter of its width: under the column titles, the gap between two titles may just hold it.
    const lifts = (side: Place): number[] => {
      if (lone) return [0, 0.25, 0.5, 0.75, 1, -1, -1.25];
      if (!slides) return [0];
      if (side === under || top) return [0, 0.25, 0.5];
      return last ? [0, 0.25] : [0, 0.125, 0.25, 0.375];
    };
    const shifts = lone ? [0, -0.25, 0.25, -0.5, 0.5] : top ? [0, -0.125, 0.125, -0.25, 0.25] : [0];
    // Each place: its side and how far from that side's first place.
    const places = sides.flatMap((side) => {
      const away = side.arrow.below ? side.box.height : -side.box.height;
      return lifts(side).flatMap((lift) =>
        shifts.flatMap((shift) =>
          along.map((point) => ({
            side,
            dx: point.x - arrow.label.x + shift * first.box.width,
            dy: point.y - arrow.label.y + lift * away,
          })),
        ),
      );
    });
    const region = regionOf(places);
    const near = obstacles.filter((other) => overlaps(region, other));
    // The first clear place; else, of those clear of the other labels, the first that covers the rest least.
    let best: { place: (typeof places)[number]; cost: number } | undefined;
    for (const place of places) {
      const box = shifted(place.side.box, place.dx, place.dy);
      if (drawn.some((other) => overlaps(box, other))) continue;
      let covered = near.reduce((sum, other) => (overlaps(box, other) ? sum + cost(box, other) : sum), 0);
      // A place clear of its line's boxes has no point of it inside; one that covers more than the best needs no more.
      if (covered > 0 && (!best || covered < best.cost)) covered += struck(box, arrow, scale);
      if (!best || covered < best.cost) best = { place, cost: covered };
      if (covered === 0) break;
    }
    return { scale, first, best };
  };
  return arrows.map((arrow, index) => {
    if (arrow.kind === 'loss' || (arrow.symbol === null && arrow.product === null)) return arrow;
    // Presenting, a label that would cover a title or a box, or be struck by its own line, at the layout's scale is
    // drawn at the largest smaller scale where it would not (a fan's labels after the first, only where they are
    // clear: smaller, over another path's line, they would only add clutter); a lone path's that would at every
    // scale, at the scale where it covers the rest least.
    const fits = (cost: number) => (index === 0 ? cost < covering : cost === 0);
    let found = bestAt(arrow, index, layout.labelScale);
    for (const scale of smallerScales(layout.labelScale)) {
      const cost = found.best?.cost ?? Infinity;
      if (cost < covering) break;
      const smaller = bestAt(arrow, index, scale);
      const smallerCost = smaller.best?.cost ?? Infinity;
      if (fits(smallerCost) || (lone && smallerCost < cost)) found = smaller;
    }
    const { scale, first, best } = found;
    // With no clear place, a label whose first place is on an earlier label shows on focus only, as does one after the
    // first whose best place would still cover a box or pill (a value, or the δ being computed), a title, or be struck
    // by its own line: among a fan's lines it would be read as crossed out, or as another path's.
    const covers = index > 0 && best !== undefined && best.cost >= covering;
    if (covers || (best?.cost !== 0 && drawn.some((other) => overlaps(first.box, other))))
      return { ...arrow, collapsed: true };
    const placed = best ? moved(best.place.side, best.place.dx, best.place.dy) : first;
    drawn.push(placed.box);
    return scale === layout.labelScale ? placed.arrow : { ...placed.arrow, labelScale: scale };
  });
}

/** The area two boxes share. */
function overlapArea(a: LabelBox, b: LabelBox): number {
  const shared = (centre: number, other: number, size: number, otherSize: number) =>
    Math.max(
      0,
      Math.min(centre + size / 2, other + otherSize / 2) - Math.max(centre - size / 2, other - otherSize / 2),
    );
  return shared(a.x, b.x, a.width, b.width) * shared(a.y, b.y, a.height, b.height);
}
