import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { DiagramLayout } from '../../layout';
import type { Fit, ViewTransform, Viewport } from './camera';

// Following the step moves the view through d3-zoom: it comes in this chunk.
export { focusOf, followView } from './follow';
export { afterStep } from './afterStep';

/** How far (px) a press may move the view and still be a click, which leaves the view following the steps. */
const clickSlop = 4;

/**
 * What the surface hears from d3-zoom: a gesture starts (a programmatic move; the user's once it moves the view),
 * moves, ends.
 */
export interface ZoomListeners {
  readonly start: (byUser: boolean) => void;
  readonly zoom: (view: ViewTransform) => void;
  readonly end: () => void;
}

/** d3-zoom attached to the diagram's frame: move the view (screen pixels), zoom by a factor, or let go. */
export interface ZoomControl {
  readonly moveTo: (view: ViewTransform) => void;
  readonly scaleBy: (factor: number) => void;
  readonly detach: () => void;
}

/** The drawing d3-zoom moves: its viewBox, its fit in the frame, the zoom's limits and the frame's size. */
export interface ZoomGeometry {
  readonly bounds: DiagramLayout['bounds'];
  readonly fit: Fit;
  readonly scaleExtent: readonly [number, number];
  /** The frame's size in pixels, or null when unknown (no layout). */
  readonly viewport: Viewport | null;
}

/**
 * Attaches d3-zoom to the diagram's frame (listeners only: React keeps every attribute and child), starting from the
 * whole picture. Its transforms are in screen pixels of the frame. This module is loaded after the first frame:
 * d3-zoom and what it needs (selection, transition, interpolation) are a large part of the app's code, and nobody
 * zooms before seeing the network.
 */
export function attachZoom(
  frame: HTMLElement,
  { bounds, fit, scaleExtent, viewport }: ZoomGeometry,
  listeners: ZoomListeners,
): ZoomControl {
  const width = viewport?.width ?? bounds.width;
  const height = viewport?.height ?? bounds.height;
  // The drawing's box on screen, and half of it again around it, is as far as a pan may go.
  const left = fit.offsetX;
  const top = fit.offsetY;
  const drawnWidth = fit.scale * bounds.width;
  const drawnHeight = fit.scale * bounds.height;
  // Where the user's gesture started, until it has moved the view.
  let from: ZoomTransform | null = null;
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent([...scaleExtent])
    // The extent is given so that d3 never measures the DOM (jsdom has no layout).
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [left - drawnWidth / 2, top - drawnHeight / 2],
      [left + drawnWidth * 1.5, top + drawnHeight * 1.5],
    ])
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // A programmatic move starts at once; the user's gesture once it has moved the view (a click does not).
      from = event.sourceEvent ? event.transform : null;
      if (!from) listeners.start(false);
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { k, x: tx, y: ty } = event.transform;
      if (from && (Math.abs(k - from.k) > 1e-3 || Math.hypot(tx - from.x, ty - from.y) > clickSlop)) {
        from = null;
        listeners.start(true);
      }
      listeners.zoom({ k, x: tx, y: ty });
    })
    .on('end', () => listeners.end());
  const selection = select(frame);
  // A new model starts from the whole picture; double-click is left to the page (it would zoom by surprise).
  selection.property('__zoom', zoomIdentity).call(behaviour).on('dblclick.zoom', null);
  return {
    moveTo: (view) =>
      selection.call(behaviour.transform, zoomIdentity.translate(view.x, view.y).scale(view.k)),
    scaleBy: (factor) => selection.call(behaviour.scaleBy, factor),
    detach: () => selection.on('.zoom', null),
  };
}
