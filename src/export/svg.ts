/** A standalone copy of the diagram's <svg>: every style the page's CSS gives it written into the elements. */

/** Properties SVG elements inherit: written only where they differ from the parent's. */
const inherited = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Properties that are not inherited, with their initial values: written only where they differ from them. */
const own: Readonly<Record<string, readonly string[]>> = {
  opacity: ['1'],
  display: ['inline', 'block'],
  filter: ['none'],
  'baseline-shift': ['0', '0px', 'baseline'],
};

/** Elements that only catch the pointer (wide transparent strokes): nothing to draw. */
const pointerOnly = '.edge-hit, .path-hit';

/** The `style` attribute of one element: its computed values that the parent does not already give it. */
function styleOf(element: Element, parent: CSSStyleDeclaration | null, view: Window): string {
  const style = view.getComputedStyle(element);
  const declarations: string[] = [];
  for (const property of inherited) {
    const value = style.getPropertyValue(property);
    if (value !== '' && value !== parent?.getPropertyValue(property))
      declarations.push(`${property}:${value}`);
  }
  for (const [property, initial] of Object.entries(own)) {
    const value = style.getPropertyValue(property);
    if (value !== '' && !initial.includes(value)) declarations.push(`${property}:${value}`);
  }
  return declarations.join(';');
}

/** The viewBox of an <svg> as numbers (x, y, width, height); a zero box when it has none. */
export function viewBoxOf(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return { x, y, width, height };
}

/**
 * A copy of the diagram's <svg> that draws the same frame without the page: each element's computed style (fill,
 * stroke, fonts, opacity…) inlined, the whole drawing in view (the zoom and pan are dropped, as are the labels' size
 * in presentation mode), the pointer-only hit areas removed, and its size in pixels set to its viewBox. (XMLSerializer
 * gives it its xmlns.)
 */
export function standaloneDiagram(svg: SVGSVGElement): SVGSVGElement {
  const view = svg.ownerDocument.defaultView;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (view) {
    const sources = [svg, ...svg.querySelectorAll('*')];
    const copies = [clone, ...clone.querySelectorAll('*')];
    const styles = new Map<Element, CSSStyleDeclaration>();
    sources.forEach((source, n) => {
      const copy = copies[n];
      if (!copy) return;
      const parent = source === svg ? null : (styles.get(source.parentElement as Element) ?? null);
      styles.set(source, view.getComputedStyle(source));
      const style = styleOf(source, parent, view);
      if (style === '') copy.removeAttribute('style');
      else copy.setAttribute('style', style);
      // Size in labels (presentation mode) and the view's zoom are the page's, not the frame's.
      copy.removeAttribute('tabindex');
    });
  }
  clone.querySelectorAll(pointerOnly).forEach((element) => element.remove());
  const box = viewBoxOf(svg);
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  clone.removeAttribute('class');
  return clone;
}
