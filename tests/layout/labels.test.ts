import { describe, expect, it } from 'vitest';
import { examplePreset, presets } from '../../src/presets';
import {
  anyOverlap,
  labelBox,
  labelModeOf,
  layoutModel,
  linearLabelT,
  overlaps,
  mathWidth,
  placeLabels,
  pointOnCurve,
  sizes,
  type EdgeLayout,
  type Point,
} from '../../src/layout';
import { bigModel } from './models';

describe('overlaps', () => {
  it('is true for boxes that share area and false for boxes that only touch', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 30, width: 10, height: 10 })).toBe(false);
  });

  it('finds any overlapping pair among many boxes', () => {
    const row = Array.from({ length: 20 }, (_u, n) => ({ x: n * 20, y: 0, width: 10, height: 10 }));
    expect(anyOverlap(row)).toBe(false);
    expect(anyOverlap([...row, { x: 205, y: 3, width: 10, height: 10 }])).toBe(true);
  });
});

/** The other edges of its layer that pass through the text of a weight label at `label` (200 points along each). */
function crossingEdges(edge: EdgeLayout, label: Point, edges: readonly EdgeLayout[]): EdgeLayout[] {
  const font = sizes.font.edge;
  const width = mathWidth(edge.symbol ?? '', font);
  return edges.filter(
    (other) =>
      other.k === edge.k &&
      other.id !== edge.id &&
      Array.from({ length: 201 }, (_u, n) => pointOnCurve(other.from, other.to, n / 200)).some(
        (point) => Math.abs(point.x - label.x) * 2 < width && Math.abs(point.y - label.y) * 2 < 1.2 * font,
      ),
  );
}

describe('the label collision rule', () => {
  it('staggers the labels of a Linear layer along the edges by output neuron', () => {
    expect(linearLabelT(0, 1)).toBe(0.3);
    expect(linearLabelT(0, 3)).toBeLessThan(linearLabelT(1, 3));
    expect(linearLabelT(1, 3)).toBeLessThan(linearLabelT(2, 3));
  });

  it('shows every weight label of the small presets, none over another', () => {
    for (const preset of [examplePreset, ...presets]) {
      const layout = layoutModel(preset.model);
      expect(layout.labelModes.every((mode) => mode === 'all')).toBe(true);
      const labelled = layout.edges.filter((edge) => edge.kind === 'linear');
      expect(anyOverlap(labelled.map((edge) => labelBox(edge)))).toBe(false);
    }
  });

  it('places the labels at the size a presentation gives them: at 200% none overlaps, or the layer collapses', () => {
    const deep = presets.find((preset) => preset.id === 'deep');
    expect(deep).toBeDefined();
    if (!deep) return;
    const scale = 2;
    const layout = layoutModel(deep.model, scale);
    const font = sizes.font.edge * scale;
    layout.labelModes.forEach((mode, index) => {
      if (mode !== 'all') return;
      const labelled = layout.edges.filter((edge) => edge.k === index + 1 && edge.kind === 'linear');
      expect(anyOverlap(labelled.map((edge) => labelBox(edge, font)))).toBe(false);
    });
    // At their own size the deeper network's labels all show; twice as large, its first Linear layer's collide.
    expect(layoutModel(deep.model).labelModes[1]).toBe('all');
    expect(layout.labelModes[1]).toBe('active');
    // The boxes stay where they were.
    expect(layout.neurons).toEqual(layoutModel(deep.model).neurons);
  });

  it('keeps a fifth of the font size between any two weight labels of the presets (w²,²₂ touched w²,³₁ on the deeper network)', () => {
    const font = sizes.font.edge;
    for (const preset of [examplePreset, ...presets]) {
      const labels = layoutModel(preset.model).edges.filter((edge) => edge.kind === 'linear');
      labels.forEach((a, n) =>
        labels.slice(n + 1).forEach((b) => {
          // The text's own extent: its width, and a line of 1.25 times the font size.
          const gapX =
            Math.abs(a.label.x - b.label.x) -
            (mathWidth(a.symbol ?? '', font) + mathWidth(b.symbol ?? '', font)) / 2;
          const gapY = Math.abs(a.label.y - b.label.y) - 1.25 * font;
          expect(Math.max(gapX, gapY), `${preset.id}: ${a.symbol} and ${b.symbol}`).toBeGreaterThanOrEqual(
            0.2 * font,
          );
        }),
      );
    }
  });

  it('keeps a small layer’s weight labels off the other edges where it can (under a label’s halo an edge looks cut)', () => {
    const crossed = (id: string, at: 'placed' | 'first') => {
      const preset = presets.find((candidate) => candidate.id === id);
      if (!preset) throw new Error(id);
      const edges = layoutModel(preset.model).edges.filter((edge) => edge.kind === 'linear');
      return edges.filter((edge) => {
        const size = preset.model.layers[edge.k - 1]?.size ?? 1;
        const label =
          at === 'placed' ? edge.label : pointOnCurve(edge.from, edge.to, linearLabelT(edge.j, size));
        return crossingEdges(edge, label, edges).length > 0;
      }).length;
    };
    // The Activation layer's 2 × 2 weights: each label has a place on its edge that no other edge crosses.
    expect(crossed('activation', 'first')).toBeGreaterThan(0);
    expect(crossed('activation', 'placed')).toBe(0);
    // The deeper network's 2 × 3 and 3 × 2 layers: at least half of the labels crossed at their first places are clear.
    expect(crossed('deep', 'placed')).toBeLessThanOrEqual(crossed('deep', 'first') / 2);
  });

  it('slides a label along its edge when its first place is taken', () => {
    const from = { x: 0, y: 0 };
    const edge = (symbol: string) => ({ from, to: { x: 200, y: 0 }, label: { x: 50, y: 0 }, symbol });
    const placed = placeLabels([edge('w^{1,1}_{1}'), edge('w^{1,2}_{1}')]);
    expect(placed?.[0]?.label).toEqual({ x: 50, y: 0 });
    expect(placed?.[1]?.label.x).not.toBe(50);
    expect(placed?.[1]?.label.y).toBe(0);
  });

  it('collapses the labels of a 16 × 16 Linear layer to those of the active neuron', () => {
    const layout = layoutModel(bigModel());
    expect(layout.labelModes.filter((_mode, index) => layout.columns[index + 1]?.kind === 'linear')).toEqual([
      'active',
      'active',
      'active',
      'active',
    ]);
    // ReLU labels sit on level arrows, one per row: never crowded.
    expect(layout.labelModes[2]).toBe('all');
  });

  it('leaves the labels of one active neuron clear of each other in a crowded layer', () => {
    const layout = layoutModel(bigModel());
    for (const j of [0, 7, 15]) {
      const fan = layout.edges.filter((edge) => edge.k === 2 && edge.j === j);
      expect(fan).toHaveLength(16);
      expect(anyOverlap(fan.map((edge) => labelBox(edge)))).toBe(false);
      expect(labelModeOf(fan)).toBe('all');
    }
  });
});
