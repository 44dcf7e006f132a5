import { neuronId, sizes, type Band, type Box, type DiagramLayout } from '../../layout';
import type { Step } from '../../timeline';

/** The zoom and pan of the view: scale k, then translation (x, y) in viewBox units. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The size of the <svg> on screen, in CSS pixels. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The whole picture. */
export const wholeView: ViewTransform = { k: 1, x: 0, y: 0 };

/** Below this many screen pixels per diagram unit the text is too small: following the step zooms in. */
export const readableScale = 0.5;

/** The screen scale following the step zooms to (a 22-unit value is then about 17 px). */
export const followScale = 0.8;

/** The most the view zooms in (d3-zoom's scale extent is [1, 4]). */
const maxZoom = 4;

/** Screen pixels per diagram unit when the whole drawing fits the viewport (the viewBox "meet" rule). */
export function fitScale(bounds: DiagramLayout['bounds'], viewport: Viewport): number {
  return Math.min(viewport.width / bounds.width, viewport.height / bounds.height);
}

/** The rows of neurons that the focus of a step shows on each side of its subject. */
const focusRows = 2;

/** The region the current step is about: the two columns of its layer, around its subject neuron. */
export function focusOf(step: Step | undefined, layout: DiagramLayout): Box | null {
  if (!step) return null;
  const k = step.kind === 'loss' ? layout.n : step.k;
  const left = layout.columns[Math.max(0, k - 1)];
  const right = layout.columns[k];
  if (!left || !right) return null;
  // The boxes the step is about: the neuron computed, the box whose gradient is asked, both ends of a weight.
  const subjects = (() => {
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
        // The Loss and the arrow into it from the last output (the last neuron of the drawing), with its δ's label.
        return [layout.loss, layout.neurons.at(-1)];
      case 'update':
        return [];
    }
  })().flatMap((box) => (box ? [box.y] : []));
  const x0 = left.x - sizes.box.width / 2 - sizes.margin;
  // The Loss's column reaches the drawing's right side: the labels of its arrows are right of the Loss box.
  const x1 =
    step.kind === 'loss'
      ? layout.bounds.x + layout.bounds.width
      : right.x + sizes.box.width / 2 + sizes.margin;
  const top = subjects.length > 0 ? Math.min(...subjects) : 0;
  const bottom = subjects.length > 0 ? Math.max(...subjects) : 0;
  // Some rows around the subjects, so that their neighbours and paths stay in view.
  const half = Math.max(sizes.pitch * (focusRows + 0.5), (bottom - top) / 2 + sizes.pitch);
  return { x: (x0 + x1) / 2, y: (top + bottom) / 2, width: x1 - x0, height: 2 * half };
}

/** The diagram region a view shows in the viewport, in diagram units: its top-left corner and its size. */
export function visibleRegion(
  bounds: DiagramLayout['bounds'],
  viewport: Viewport,
  view: ViewTransform,
): { readonly left: number; readonly top: number; readonly width: number; readonly height: number } {
  const fit = fitScale(bounds, viewport);
  const width = viewport.width / fit;
  const height = viewport.height / fit;
  return {
    left: (bounds.x + bounds.width / 2 - width / 2 - view.x) / view.k,
    top: (bounds.y + bounds.height / 2 - height / 2 - view.y) / view.k,
    width: width / view.k,
    height: height / view.k,
  };
}

/**
 * How far down, in diagram units, a header whose top is at `top` (the column titles) moves so that it stays at the
 * top of the view: 0 while the view shows that row (an unknown viewport, as in jsdom, shows it).
 */
export function stickyShift(
  bounds: DiagramLayout['bounds'],
  viewport: Viewport | null,
  view: ViewTransform,
  top: number,
): number {
  if (!viewport || !(fitScale(bounds, viewport) > 0)) return 0;
  return Math.max(0, round(visibleRegion(bounds, viewport, view).top - top));
}

/** What of a view's top the band covers: its height while it sticks there (the view is below where it is drawn). */
const covered = (region: { readonly top: number }, band: Band | null): number =>
  band && region.top > band.top ? band.height : 0;

/** Of the rows that focusOf adds around the subjects, how many a view must still show on each side. */
const keptRows = 1;

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
  focus: Box,
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
  focus: Box | null,
  from: ViewTransform | null = null,
  band: Band | null = null,
): ViewTransform {
  const fit = fitScale(bounds, viewport);
  if (!focus || !(fit > 0) || fit >= readableScale) return wholeView;
  // The viewBox region on screen (larger than the bounds along one axis, by the "meet" rule).
  const visibleWidth = viewport.width / fit;
  const visibleHeight = viewport.height / fit;
  const k = round(
    Math.max(
      1,
      Math.min(
        maxZoom,
        followScale / fit,
        visibleWidth / focus.width,
        // A short frame (a small embed, a phone held sideways) shows fewer rows around the subjects, not a smaller text.
        visibleHeight / Math.min(2 * keptHalf(focus), bounds.height),
      ),
    ),
  );
  if (from && Math.abs(from.k - k) < 1e-3 && keeps(bounds, viewport, from, focus, band))
    return { k, x: round(from.x), y: round(from.y) };
  // The diagram region shown at scale k, centred on the focus (vertically, in what the band leaves) and clamped to
  // the drawing.
  const left = clampStart(focus.x - visibleWidth / (2 * k), visibleWidth / k, bounds.x, bounds.width);
  const height = visibleHeight / k;
  const top = clampStart(focus.y - (height + (band?.height ?? 0)) / 2, height, bounds.y, bounds.height);
  const centreX = bounds.x + bounds.width / 2;
  const centreY = bounds.y + bounds.height / 2;
  return {
    k,
    x: round(centreX - visibleWidth / 2 - k * left),
    y: round(centreY - visibleHeight / 2 - k * top),
  };
}

/**
 * Where the viewBox sits in the frame by the "meet" rule: `scale` screen pixels per diagram unit, and the offset
 * (px) of the viewBox's corner from the frame's top-left (the letterbox). An unknown viewport (no layout, as in
 * jsdom) counts one pixel per unit from the corner.
 */
export interface Fit {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** The fit of the drawing in a viewport (see Fit). */
export function fitOf(bounds: DiagramLayout['bounds'], viewport: Viewport | null): Fit {
  const scale = viewport ? fitScale(bounds, viewport) : 1;
  if (!viewport || !(scale > 0)) return { scale: 1, offsetX: 0, offsetY: 0 };
  return {
    scale,
    offsetX: (viewport.width - scale * bounds.width) / 2,
    offsetY: (viewport.height - scale * bounds.height) / 2,
  };
}

/**
 * The view as a CSS transform of the frame's content, in screen pixels (origin at the frame's top-left): the same
 * picture as scaling by k and translating by (x, y) in diagram units inside the viewBox. A diagram point u shows at
 * s·(k·u + t − b) + o on screen, which is k·(s·(u − b) + o) + T for T = s·t + (k − 1)·(s·b − o).
 */
export function screenTransform(
  view: ViewTransform,
  bounds: DiagramLayout['bounds'],
  fit: Fit,
): ViewTransform {
  const { scale: s, offsetX, offsetY } = fit;
  return {
    k: view.k,
    x: s * view.x + (view.k - 1) * (s * bounds.x - offsetX),
    y: s * view.y + (view.k - 1) * (s * bounds.y - offsetY),
  };
}

/** The view in diagram units of a screen transform (the inverse of screenTransform). */
export function viewOfScreen(
  screen: ViewTransform,
  bounds: DiagramLayout['bounds'],
  fit: Fit,
): ViewTransform {
  const { scale: s, offsetX, offsetY } = fit;
  return {
    k: screen.k,
    x: (screen.x - (screen.k - 1) * (s * bounds.x - offsetX)) / s,
    y: (screen.y - (screen.k - 1) * (s * bounds.y - offsetY)) / s,
  };
}

/** The start of a window of `size` kept inside [start, start + length] (centred when it is the larger). */
function clampStart(wanted: number, size: number, start: number, length: number): number {
  if (size >= length) return start + (length - size) / 2;
  return Math.min(Math.max(wanted, start), start + length - size);
}

/** Rounds to 3 decimals. */
const round = (value: number): number => Math.round(value * 1000) / 1000;
