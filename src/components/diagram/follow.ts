import {
  lossArrow,
  lossBottom,
  neuronId,
  sizes,
  type Band,
  type Box,
  type DiagramLayout,
  type NeuronLayout,
} from '../../layout';
import type { Step } from '../../timeline';
import {
  fitScale,
  readableScale,
  round,
  visibleRegion,
  wholeView,
  type ViewTransform,
  type Viewport,
} from './camera';
import { lossSymbol, outputsOf } from './arrows';
import { grownLabelExtent } from './pathLabels';

/*
 * Following the step: the region a step is about, and the view that frames it when the whole drawing is too small to
 * read. The view moves only through d3-zoom, so this comes with its chunk (see zoomBehaviour.ts), after the first frame.
 */

/** The screen scale following the step zooms to (a 22-unit value is then about 17 px). */
const followScale = 0.8;

/** The most the view zooms in (d3-zoom's scale extent is [1, 4]). */
const maxZoom = 4;

/** The rows of neurons that the focus of a step shows on each side of its subject. */
const focusRows = 2;

/** What a view that frames the Loss step's subjects as drawn keeps clear around them (units). */
const clearance = 6;

/** Of the rows that focusOf adds around the subjects, how many a view must still show on each side. */
const keptRows = 1;

/** The top of the label of the Loss's arrow to an output (δ^{n+1}_j over its value) as presenting grows it. */
function lossLabelTop(layout: DiagramLayout, output: NeuronLayout): number {
  const count = outputsOf(layout).length;
  // Its value's line is as tall whatever the value.
  const arrow = {
    kind: 'loss',
    label: lossArrow(layout.loss, output, output.j, count).label,
    below: false,
    symbol: lossSymbol(layout.n, output.j),
    product: 0,
  } as const;
  return grownLabelExtent(arrow, layout.labelScale).top;
}

/**
 * The region a step is about. `fromBottom`: when a view cannot show it whole (with the titles' band), it shows its
 * bottom (the Loss box whole, and as many outputs above it as fit).
 */
export interface Focus extends Box {
  readonly fromBottom?: boolean;
}

/**
 * The region the current step is about: the two columns of its layer, around its subject neuron. At the Loss step,
 * every output and the Loss box with the labels of its arrows.
 */
export function focusOf(step: Step | undefined, layout: DiagramLayout): Focus | null {
  if (!step) return null;
  const k = step.kind === 'loss' ? layout.n : step.k;
  const left = layout.columns[Math.max(0, k - 1)];
  const right = layout.columns[k];
  if (!left || !right) return null;
  // The boxes the step is about: the neuron computed, the box whose gradient is asked, both ends of a weight.
  const boxes = (() => {
    switch (step.kind) {
      case 'forward':
        return [layout.neuronById.get(neuronId(step.k, step.j))];
      case 'delta':
        return [layout.neuronById.get(neuronId(step.k - 1, step.i))];
      case 'dw':
        return [
          layout.neuronById.get(neuronId(step.k, step.j)),
          layout.neuronById.get(neuronId(step.k - 1, step.i)),
        ];
      case 'db':
        return [layout.neuronById.get(neuronId(step.k, step.j))];
      case 'loss':
        // The Loss and the outputs its arrows go to, with their δs' labels.
        return [layout.loss, ...outputsOf(layout)];
      case 'update':
        return [];
    }
  })().flatMap((box) => (box ? [box] : []));
  const subjects = boxes.map((box) => box.y);
  const x0 = left.x - sizes.box.width / 2 - sizes.margin;
  // The Loss's column reaches the drawing's right side: the labels of its arrows are right of the Loss box.
  const x1 =
    step.kind === 'loss'
      ? layout.bounds.x + layout.bounds.width
      : right.x + sizes.box.width / 2 + sizes.margin;
  const top = subjects.length > 0 ? Math.min(...subjects) : 0;
  const bottom = subjects.length > 0 ? Math.max(...subjects) : 0;
  // Centred on the subjects as drawn: the Loss box is taller than a neuron's and grows from its top when presenting
  // (a short frame cut its last line); the label of the first output's arrow reaches above that output's box.
  const output = outputsOf(layout)[0];
  const drawnTop = Math.min(
    ...boxes.map((box) => box.y - box.height / 2),
    ...(step.kind === 'loss' && output ? [lossLabelTop(layout, output)] : []),
  );
  const drawnBottom = Math.max(
    ...boxes.map((box) =>
      box === layout.loss ? lossBottom(box, layout.labelScale) : box.y + box.height / 2,
    ),
  );
  // Some rows around the subjects, so that their neighbours and paths stay in view; at the Loss step, what is drawn
  // (the Loss's column ends with it).
  const half = Math.max(
    sizes.pitch * (focusRows + 0.5),
    step.kind === 'loss'
      ? (drawnBottom - drawnTop) / 2 + clearance + sizes.pitch * (focusRows - keptRows)
      : (bottom - top) / 2 + sizes.pitch,
  );
  const y = boxes.length > 0 ? (drawnTop + drawnBottom) / 2 : 0;
  return { x: (x0 + x1) / 2, y, width: x1 - x0, height: 2 * half, fromBottom: step.kind === 'loss' };
}

/** What of a view's top the band covers: its height while it sticks there (the view is below where it is drawn). */
const covered = (region: { readonly top: number }, band: Band | null): number =>
  band && region.top > band.top ? band.height : 0;

/** Half the height of the focus that a view must show: its subjects with `keptRows` rows around them. */
const keptHalf = (focus: Box): number =>
  Math.max(sizes.pitch * (keptRows + 0.5), focus.height / 2 - sizes.pitch * (focusRows - keptRows));

/**
 * True when a view shows the focus well enough to stay: its columns wholly, its subjects with `keptRows` rows
 * around them, none under the band (a view that moves frames all the rows of the focus).
 */
function keeps(
  bounds: DiagramLayout['bounds'],
  viewport: Viewport,
  view: ViewTransform,
  focus: Focus,
  band: Band | null,
): boolean {
  const region = visibleRegion(bounds, viewport, view);
  const half = keptHalf(focus);
  const slack = 1e-6;
  return (
    focus.x - focus.width / 2 >= region.left - slack &&
    focus.x + focus.width / 2 <= region.left + region.width + slack &&
    focus.y - half >= region.top + covered(region, band) - slack &&
    focus.y + half <= region.top + region.height + slack
  );
}

/**
 * The view that frames the focus at a readable size: the whole picture when it is readable already, else a zoom
 * that shows the focus (and as much around it as fits; in a short frame, at least its subjects with `keptRows`
 * rows around them), kept inside the drawing and clear of the `band` stuck at its top. From a view `from` at that
 * zoom which shows the focus already, the view stays: stepping down a column moves it only when the step nears an edge.
 */
export function followView(
  bounds: DiagramLayout['bounds'],
  viewport: Viewport,
  focus: Focus | null,
  from: ViewTransform | null = null,
  band: Band | null = null,
): ViewTransform {
  const fit = fitScale(bounds, viewport);
  if (!focus || !(fit > 0) || fit >= readableScale) return wholeView;
  // The viewBox region on screen (larger than the bounds along one axis, by the "meet" rule).
  const visibleWidth = viewport.width / fit;
  const visibleHeight = viewport.height / fit;
  const bandHeight = band?.height ?? 0;
  // What the view must show of the focus: the Loss step's subjects as drawn, whole under the band that may stick at
  // the top (another step's rows around its subject are kept with the band over the outer ones).
  const kept = 2 * keptHalf(focus) + (focus.fromBottom ? bandHeight : 0);
  const k = round(
    Math.max(
      1,
      Math.min(
        maxZoom,
        followScale / fit,
        visibleWidth / focus.width,
        // A short frame (a small embed, a phone held sideways) shows fewer rows around the subjects, not a text
        // smaller than readable.
        Math.max(readableScale / fit, visibleHeight / Math.min(kept, bounds.height)),
      ),
    ),
  );
  if (from && Math.abs(from.k - k) < 1e-3 && keeps(bounds, viewport, from, focus, band))
    return { k, x: round(from.x), y: round(from.y) };
  // The diagram region shown at scale k, centred on the focus (vertically, in what the band leaves), or ending at its
  // bottom when it is too tall for the view, and clamped to the drawing.
  const left = clampStart(focus.x - visibleWidth / (2 * k), visibleWidth / k, bounds.x, bounds.width);
  const height = visibleHeight / k;
  const wanted =
    focus.fromBottom && kept > height
      ? focus.y + keptHalf(focus) - height
      : focus.y - (height + bandHeight) / 2;
  const top = clampStart(wanted, height, bounds.y, bounds.height);
  const centreX = bounds.x + bounds.width / 2;
  const centreY = bounds.y + bounds.height / 2;
  return {
    k,
    x: round(centreX - visibleWidth / 2 - k * left),
    y: round(centreY - visibleHeight / 2 - k * top),
  };
}

/** The start of a window of `size` kept inside [start, start + length] (centred when it is the larger). */
function clampStart(wanted: number, size: number, start: number, length: number): number {
  if (size >= length) return start + (length - size) / 2;
  return Math.min(Math.max(wanted, start), start + length - size);
}
