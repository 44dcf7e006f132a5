import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitOf, screenTransform, viewOfScreen } from '../../../src/components/diagram/camera';
import { edgeRole, edgeSheetRole, emphasisOf } from '../../../src/components/diagram/roles';
import { trainIteration } from '../../../src/engine';
import { layoutModel } from '../../../src/layout';
import { presets } from '../../../src/presets';
import { buildTimeline } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

const models = [...presets.map((preset) => preset.model), bigModel(6, 2)];

describe('edgeSheetRole(step, pass, edges) and emphasisOf(step, pass, edges)', () => {
  it('dim a layer as a whole exactly when the step dims some of its edges, and draw again the ones it uses', () => {
    for (const model of models) {
      const layout = layoutModel(model);
      const iteration = trainIteration(model, [0]);
      for (const detail of ['detailed', 'compact'] as const)
        for (const step of buildTimeline(iteration, detail).steps) {
          const pass = iteration.passes[step.element];
          const roles = layout.edges.map((edge) => ({
            edge,
            role: edgeRole(step, pass, edge.k, edge.j, edge.i),
          }));
          for (let k = 1; k <= model.layers.length; k++) {
            const layer = roles.filter(({ edge }) => edge.k === k);
            if (layer.length === 0) continue;
            const dimmed = layer.some(({ role }) => role === 'dimmed');
            expect(
              edgeSheetRole(
                step,
                pass,
                layer.map(({ edge }) => edge),
              ),
              `${step.id} L${k}`,
            ).toBe(dimmed ? 'dimmed' : 'normal');
          }
          // The edges drawn on top are those the step uses, all in its own layer.
          const used = roles.filter(({ role }) => role !== 'normal' && role !== 'dimmed');
          const ownLayer = 'k' in step ? layout.edges.filter((edge) => edge.k === step.k) : [];
          expect(emphasisOf(step, pass, ownLayer), step.id).toEqual(used);
        }
    }
  });
});

describe('screenTransform(view, bounds, fit)', () => {
  const box = fc.record({
    x: fc.double({ min: -500, max: 500, noNaN: true }),
    y: fc.double({ min: -500, max: 500, noNaN: true }),
    width: fc.double({ min: 50, max: 5000, noNaN: true }),
    height: fc.double({ min: 50, max: 5000, noNaN: true }),
  });
  const size = fc.record({
    width: fc.double({ min: 100, max: 3000, noNaN: true }),
    height: fc.double({ min: 100, max: 3000, noNaN: true }),
  });
  const view = fc.record({
    k: fc.double({ min: 0.5, max: 4, noNaN: true }),
    x: fc.double({ min: -3000, max: 3000, noNaN: true }),
    y: fc.double({ min: -3000, max: 3000, noNaN: true }),
  });
  const point = fc.record({
    x: fc.double({ min: -1000, max: 1000, noNaN: true }),
    y: fc.double({ min: -1000, max: 1000, noNaN: true }),
  });

  it('shows every point where the zoom inside the viewBox would: s·(k·u + t − b) + o', () => {
    fc.assert(
      fc.property(box, size, view, point, (bounds, viewport, v, u) => {
        // The viewBox "meet" rule, worked out here on its own: scale and letterbox offset.
        const s = Math.min(viewport.width / bounds.width, viewport.height / bounds.height);
        const ox = (viewport.width - s * bounds.width) / 2;
        const oy = (viewport.height - s * bounds.height) / 2;
        const inside = { x: s * (v.k * u.x + v.x - bounds.x) + ox, y: s * (v.k * u.y + v.y - bounds.y) + oy };
        const t = screenTransform(v, bounds, fitOf(bounds, viewport));
        // The sheets draw u at s·(u − b) + o; the frame's transform then scales by k and translates by T.
        const shown = {
          x: t.k * (s * (u.x - bounds.x) + ox) + t.x,
          y: t.k * (s * (u.y - bounds.y) + oy) + t.y,
        };
        const tolerance = 1e-9 * (1 + Math.abs(inside.x) + Math.abs(inside.y));
        expect(Math.abs(shown.x - inside.x)).toBeLessThan(tolerance);
        expect(Math.abs(shown.y - inside.y)).toBeLessThan(tolerance);
      }),
    );
  });

  it('is undone by viewOfScreen, so that d3-zoom’s transform reads back as the view', () => {
    fc.assert(
      fc.property(box, size, view, (bounds, viewport, v) => {
        const fit = fitOf(bounds, viewport);
        const back = viewOfScreen(screenTransform(v, bounds, fit), bounds, fit);
        expect(back.k).toBe(v.k);
        expect(Math.abs(back.x - v.x)).toBeLessThan(1e-6 * (1 + Math.abs(v.x)));
        expect(Math.abs(back.y - v.y)).toBeLessThan(1e-6 * (1 + Math.abs(v.y)));
      }),
    );
  });

  it('leaves the whole picture untouched, and counts a pixel per unit when the frame has no size yet', () => {
    const bounds = { x: -20, y: -40, width: 900, height: 500 };
    expect(screenTransform({ k: 1, x: 0, y: 0 }, bounds, fitOf(bounds, { width: 800, height: 600 }))).toEqual(
      {
        k: 1,
        x: 0,
        y: 0,
      },
    );
    expect(fitOf(bounds, null)).toEqual({ scale: 1, offsetX: 0, offsetY: 0 });
  });
});
