import { describe, expect, it } from 'vitest';
import { arrowsOf } from '../../../src/components/diagram/arrows';
import { labelLines, pathLabelBox } from '../../../src/components/diagram/pathLabels';
import { trainIteration } from '../../../src/engine';
import { layoutModel, overlaps } from '../../../src/layout';
import { examplePreset } from '../../../src/presets';
import { buildTimeline, type Step } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

/** The red arrows of every step of a model's first pass that draws labelled impact paths, by step. */
function labelledSteps(model: ReturnType<typeof bigModel>) {
  const iteration = trainIteration(model, [0]);
  const layout = layoutModel(model);
  const pass = iteration.passes[0];
  return buildTimeline(iteration, 'detailed')
    .steps.map((step: Step) => ({
      step,
      arrows: arrowsOf(step, pass, layout).filter((a) => a.kind === 'impact'),
    }))
    .filter(({ arrows }) => arrows.some((arrow) => arrow.symbol !== null || arrow.product !== null));
}

describe('the labels of the impact paths', () => {
  it('never draws two labels over each other on 8 × 16: the ones that would overlap collapse', () => {
    const steps = labelledSteps(bigModel());
    let collapsed = 0;
    for (const { arrows } of steps) {
      const drawn = arrows.filter((arrow) => !arrow.collapsed).map((arrow) => pathLabelBox(arrow));
      drawn.forEach((box, n) =>
        drawn.slice(n + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)),
      );
      // The first term's label always shows: a step never loses all its labels.
      expect(arrows[0]?.collapsed).toBeFalsy();
      collapsed += arrows.filter((arrow) => arrow.collapsed).length;
    }
    expect(collapsed).toBeGreaterThan(0);
  });

  it('keeps every label of the Example, whose few paths are apart', () => {
    for (const { arrows } of labelledSteps(examplePreset.model))
      expect(arrows.filter((arrow) => arrow.collapsed)).toEqual([]);
  });

  it('boxes the lines of a label: the symbol above the value, or both below a level path', () => {
    const above = { kind: 'impact', label: { x: 0, y: 100 }, symbol: 'w^{2,1}_{3}', product: -0.5 } as const;
    const lines = labelLines(above);
    expect(lines.symbolY).toBeLessThan(lines.productY);
    expect(lines.productY).toBeLessThan(100);
    const below = labelLines({ ...above, below: true });
    expect(below.symbolY).toBeGreaterThanOrEqual(100);
    expect(below.productY).toBeGreaterThan(below.symbolY);
    const box = pathLabelBox(above);
    for (const y of [lines.symbolY, lines.productY]) {
      expect(y).toBeGreaterThan(box.y - box.height / 2);
      expect(y).toBeLessThan(box.y + box.height / 2);
    }
  });
});
