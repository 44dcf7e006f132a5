// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { standaloneDiagram, viewBoxOf } from '../../src/export';

const ns = 'http://www.w3.org/2000/svg';

/** A small diagram-like <svg> in the page, styled by a stylesheet as the app's diagram is. */
function mount(): SVGSVGElement {
  document.head.innerHTML = `<style>
    .neuron-box { fill: rgb(94, 138, 180); stroke: rgb(63, 106, 150); }
    .is-dimmed { opacity: 0.22; }
    .diagram-viewport { transform: translate(10px, 20px) scale(2); }
  </style>`;
  document.body.innerHTML = `<svg xmlns="${ns}" class="diagram-svg" viewBox="-20 -40 900 500" role="group" aria-label="Neural structure">
    <g class="diagram-viewport" style="transform: translate(10px, 20px) scale(2)">
      <g class="edge is-dimmed"><path class="edge-hit" d="M0 0L10 10"/><path class="edge-line" d="M0 0L10 10"/></g>
      <g class="neuron" tabindex="0" role="button" aria-label="o¹₁ = 0"><rect class="neuron-box" width="10" height="5"/></g>
      <g class="impact-path" tabindex="0"><path class="path-hit" d="M0 0"/><path class="path-line" d="M0 0"/></g>
    </g>
  </svg>`;
  const svg = document.querySelector('svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no svg');
  return svg;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('standaloneDiagram(svg)', () => {
  it('writes the styles the stylesheet gives into the elements, so the file draws the same without the page', () => {
    const copy = standaloneDiagram(mount());
    const box = copy.querySelector('.neuron-box');
    expect(box?.getAttribute('style')).toContain('fill:rgb(94, 138, 180)');
    expect(box?.getAttribute('style')).toContain('stroke:rgb(63, 106, 150)');
    expect(copy.querySelector('.edge')?.getAttribute('style')).toContain('opacity:0.22');
  });

  it('shows the whole drawing at the viewBox size: no zoom transform, width and height from the viewBox', () => {
    const copy = standaloneDiagram(mount());
    expect(copy.querySelector('.diagram-viewport')?.getAttribute('style') ?? '').not.toContain('transform');
    expect(copy.getAttribute('width')).toBe('900');
    expect(copy.getAttribute('height')).toBe('500');
    const markup = new XMLSerializer().serializeToString(copy);
    expect(markup.match(/xmlns=/g)).toHaveLength(1);
    expect(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement.namespaceURI).toBe(ns);
  });

  it('drops what only the page needs: hit areas and tab stops, and leaves the page untouched', () => {
    const svg = mount();
    const copy = standaloneDiagram(svg);
    expect(copy.querySelectorAll('.edge-hit, .path-hit')).toHaveLength(0);
    expect(copy.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(copy.querySelector('.neuron')?.getAttribute('aria-label')).toBe('o¹₁ = 0');
    expect(svg.querySelectorAll('.edge-hit, .path-hit')).toHaveLength(2);
    expect(svg.querySelectorAll('[tabindex]')).toHaveLength(2);
  });
});

describe('viewBoxOf(svg)', () => {
  it('reads the viewBox as numbers', () => {
    expect(viewBoxOf(mount())).toEqual({ x: -20, y: -40, width: 900, height: 500 });
  });

  it('is a zero box when there is none', () => {
    expect(viewBoxOf(document.createElementNS(ns, 'svg'))).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
