/** A standalone copy of the diagram's sheets as one <svg>: every style the page's CSS gives them written in. */

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

/**
 * Elements of the page's view only: the ones that catch the pointer (wide transparent strokes), and the band behind
 * the column titles while they stay at the top of the view (the file draws them where they are). Nothing to draw.
 */
const viewOnly = '.edge-hit, .path-hit, .titles-band';

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

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Copies of an element's children, each with the computed style it has on the page (see styleOf) written in. */
function styledCopies(source: Element, view: Window | null): Node[] {
  const parentStyle = view ? view.getComputedStyle(source) : null;
  return [...source.children].map((child) => {
    const copy = child.cloneNode(true) as Element;
    if (!view) return copy;
    const sources = [child, ...child.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    const styles = new Map<Element, CSSStyleDeclaration>();
    sources.forEach((element, n) => {
      const target = copies[n];
      if (!target) return;
      const parent = element === child ? parentStyle : (styles.get(element.parentElement as Element) ?? null);
      styles.set(element, view.getComputedStyle(element));
      const style = styleOf(element, parent, view);
      if (style === '') target.removeAttribute('style');
      else target.setAttribute('style', style);
      // Tab stops are the page's, not the file's.
      target.removeAttribute('tabindex');
    });
    return copy;
  });
}

/**
 * One <svg> that draws the same frame as the diagram's sheets (see Sheet in the diagram), without the page: the
 * sheets in their order, each a group with its opacity (a dimmed layer stays dimmed), every element's computed
 * style (fill, stroke, fonts, opacity…) inlined, the whole drawing in view (the zoom and pan are dropped, as are the
 * labels' size in presentation mode), the pointer-only hit areas removed, and its size in pixels set to its viewBox.
 * (XMLSerializer gives it its xmlns.)
 */
export function standaloneDiagram(sheets: readonly SVGSVGElement[], label: string): SVGSVGElement {
  const first = sheets.find((sheet) => sheet.hasAttribute('viewBox'));
  const doc = sheets[0]?.ownerDocument ?? document;
  const view = doc.defaultView;
  const svg = doc.createElementNS(svgNamespace, 'svg');
  const box = first ? viewBoxOf(first) : { x: 0, y: 0, width: 0, height: 0 };
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  svg.setAttribute('width', String(box.width));
  svg.setAttribute('height', String(box.height));
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  for (const sheet of sheets) {
    const group = doc.createElementNS(svgNamespace, 'g');
    const opacity = view?.getComputedStyle(sheet).getPropertyValue('opacity') ?? '';
    if (opacity !== '' && opacity !== '1') group.setAttribute('opacity', opacity);
    group.append(...styledCopies(sheet, view));
    svg.append(group);
  }
  svg.querySelectorAll(viewOnly).forEach((element) => element.remove());
  return svg;
}
