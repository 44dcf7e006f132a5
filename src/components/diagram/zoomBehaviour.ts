import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { DiagramLayout } from '../../layout';
import type { ViewTransform } from './camera';

/** What the surface hears from d3-zoom: a gesture starts (the user's, or a programmatic move), moves, ends. */
export interface ZoomListeners {
  readonly start: (byUser: boolean) => void;
  readonly zoom: (view: ViewTransform) => void;
  readonly end: () => void;
}

/** d3-zoom attached to the diagram's <svg>: move the view, zoom by a factor, or let go of the <svg>. */
export interface ZoomControl {
  readonly moveTo: (view: ViewTransform) => void;
  readonly scaleBy: (factor: number) => void;
  readonly detach: () => void;
}

/**
 * Attaches d3-zoom to `svg` (listeners only: React keeps every attribute and child), starting from the whole picture.
 * This module is loaded after the first frame: d3-zoom and what it needs (selection, transition, interpolation) are a
 * large part of the app's code, and nobody zooms before seeing the network.
 */
export function attachZoom(
  svg: SVGSVGElement,
  bounds: DiagramLayout['bounds'],
  scaleExtent: readonly [number, number],
  listeners: ZoomListeners,
): ZoomControl {
  const { x, y, width, height } = bounds;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([...scaleExtent])
    // The extent is the viewBox, given here so that d3 never measures the DOM (jsdom has no layout).
    .extent([
      [x, y],
      [x + width, y + height],
    ])
    .translateExtent([
      [x - width / 2, y - height / 2],
      [x + width * 1.5, y + height * 1.5],
    ])
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => listeners.start(Boolean(event.sourceEvent)))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x: tx, y: ty } = event.transform;
      listeners.zoom({ k, x: tx, y: ty });
    })
    .on('end', () => listeners.end());
  const selection = select(svg);
  // A new model starts from the whole picture; double-click is left to the page (it would zoom by surprise).
  selection.property('__zoom', zoomIdentity).call(behaviour).on('dblclick.zoom', null);
  return {
    moveTo: (view) =>
      selection.call(behaviour.transform, zoomIdentity.translate(view.x, view.y).scale(view.k)),
    scaleBy: (factor) => selection.call(behaviour.scaleBy, factor),
    detach: () => selection.on('.zoom', null),
  };
}
