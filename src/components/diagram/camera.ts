import type { DiagramLayout } from '../../layout';

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

/** Screen pixels per diagram unit when the whole drawing fits the viewport (the viewBox "meet" rule). */
export function fitScale(bounds: DiagramLayout['bounds'], viewport: Viewport): number {
  return Math.min(viewport.width / bounds.width, viewport.height / bounds.height);
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

/** Rounds to 3 decimals. */
export const round = (value: number): number => Math.round(value * 1000) / 1000;
