// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { standaloneDiagram, viewBoxOf } from '../../src/export';

const ns = 'http://www.w3.org/2000/svg';

/**
 * A small diagram-like frame in the page: defs, the column titles (moved down to the top of the view, over their
 * band), then two sheets, styled by a stylesheet as the app's diagram is.
 */
function mount(): SVGSVGElement[] {
  document.head.innerHTML = `<style>
    .neuron-box { fill: rgb(94, 138, 180); stroke: rgb(63, 106, 150); }
    .edges-sheet.is-dimmed { opacity: 0.11; }
    .neuron.is-dimmed { opacity: 0.22; }
    .diagram-viewport { transform: translate(10px, 20px) scale(2); }
  </style>`;
  const sheet = (className: string, content: string) =>
    `<svg xmlns="${ns}" class="diagram-sheet ${className}" viewBox="-20 -40 900 500" role="none">${content}</svg>`;
  document.body.innerHTML = `<div class="diagram-frame" role="group" aria-label="Neural structure">
    <div class="diagram-viewport" style="transform: translate(10px, 20px) scale(2)">
      <svg xmlns="${ns}" class="diagram-defs" width="0" height="0"><defs><marker id="m"><path d="M0 0"/></marker></defs></svg>
      <div class="diagram-header is-stuck" style="transform: translateY(300px)">
        ${sheet('titles-sheet', '<g class="column-titles"><rect class="titles-band" width="900" height="60"/><text class="column-title">L¹ neurons</text></g>')}
      </div>
      ${sheet('edges-sheet is-dimmed', '<g class="edge"><path class="edge-hit" d="M0 0L10 10"/><path class="edge-line" d="M0 0L10 10"/></g>')}
      ${sheet(
        'neuron-sheet',
        `<g class="neuron is-dimmed" tabindex="0" role="button" aria-label="o¹₁ = 0"><rect class="neuron-box" width="10" height="5"/></g>
         <g class="impact-path" tabindex="0"><path class="path-hit" d="M0 0"/><path class="path-line" d="M0 0"/></g>`,
      )}
    </div>
  </div>`;
  return [...document.querySelectorAll<SVGSVGElement>('svg.diagram-defs, svg.diagram-sheet')];
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('standaloneDiagram(sheets, label)', () => {
  it('writes the styles the stylesheet gives into the elements, so the file draws the same without the page', () => {
    const copy = standaloneDiagram(mount(), 'Neural structure');
    const box = copy.querySelector('.neuron-box');
    expect(box?.getAttribute('style')).toContain('fill:rgb(94, 138, 180)');
    expect(box?.getAttribute('style')).toContain('stroke:rgb(63, 106, 150)');
    expect(copy.querySelector('.neuron')?.getAttribute('style')).toContain('opacity:0.22');
  });

  it('stacks the sheets in their order, each in a group with its own opacity, the arrowheads first', () => {
    const copy = standaloneDiagram(mount(), 'Neural structure');
    const groups = [...copy.children];
    expect(groups).toHaveLength(4);
    expect(groups[0]?.querySelector('marker')?.id).toBe('m');
    expect(groups[1]?.querySelector('.column-title')?.textContent).toBe('L¹ neurons');
    expect(groups[2]?.getAttribute('opacity')).toBe('0.11');
    expect(groups[2]?.querySelector('.edge-line')).not.toBeNull();
    expect(groups[3]?.hasAttribute('opacity')).toBe(false);
    expect(groups[3]?.querySelector('.neuron')).not.toBeNull();
  });

  it('shows the whole drawing at the viewBox size: no zoom transform, width and height from the viewBox', () => {
    const copy = standaloneDiagram(mount(), 'Neural structure');
    expect(copy.outerHTML).not.toContain('transform: translate');
    expect(copy.outerHTML).not.toContain('translateY');
    expect(copy.getAttribute('viewBox')).toBe('-20 -40 900 500');
    expect(copy.getAttribute('width')).toBe('900');
    expect(copy.getAttribute('height')).toBe('500');
    expect(copy.getAttribute('aria-label')).toBe('Neural structure');
    const markup = new XMLSerializer().serializeToString(copy);
    expect(markup.match(/xmlns=/g)).toHaveLength(1);
    expect(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement.namespaceURI).toBe(ns);
  });

  it('drops what only the page needs: hit areas, the titles band and tab stops, and leaves the page untouched', () => {
    const sheets = mount();
    const copy = standaloneDiagram(sheets, 'Neural structure');
    expect(copy.querySelectorAll('.edge-hit, .path-hit, .titles-band')).toHaveLength(0);
    expect(document.querySelectorAll('.titles-band')).toHaveLength(1);
    expect(copy.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(copy.querySelector('.neuron')?.getAttribute('aria-label')).toBe('o¹₁ = 0');
    expect(document.querySelectorAll('.edge-hit, .path-hit')).toHaveLength(2);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(2);
  });
});

describe('viewBoxOf(svg)', () => {
  it('reads the viewBox as numbers', () => {
    expect(viewBoxOf(mount()[1] as SVGSVGElement)).toEqual({ x: -20, y: -40, width: 900, height: 500 });
  });

  it('is a zero box when there is none', () => {
    expect(viewBoxOf(document.createElementNS(ns, 'svg'))).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
