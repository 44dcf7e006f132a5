import { describe, expect, it } from 'vitest';
import { arrowsOf } from '../../../src/components/diagram/arrows';
import { labelLines, pathLabelBox } from '../../../src/components/diagram/pathLabels';
import { trainIteration } from '../../../src/engine';
import { layoutModel, overlaps, sizes } from '../../../src/layout';
import { examplePreset, presets } from '../../../src/presets';
import { buildTimeline, type Step } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

/** The red arrows of every step of a model's pass on sample s that draws labelled impact paths, by step. */
function labelledSteps(model: ReturnType<typeof bigModel>, s = 0) {
  const iteration = trainIteration(model, [s]);
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
  }, 15_000);

  it('keeps every label of the Example, whose few paths are apart', () => {
    for (const { arrows } of labelledSteps(examplePreset.model))
      expect(arrows.filter((arrow) => arrow.collapsed)).toEqual([]);
  });

  it('keeps the δ and δw labels of every preset and sample off the neuron boxes and bias pills, and the Example’s off the red lines', () => {
    for (const preset of [examplePreset, ...presets]) {
      const layout = layoutModel(preset.model);
      const boxes = [...layout.neurons, ...layout.biases];
      preset.model.dataset.forEach((_sample, s) => {
        for (const { step, arrows } of labelledSteps(preset.model, s)) {
          const lines = arrows.flatMap((arrow) => arrow.along ?? []);
          // The δb arrow's label has a place of its own, beside the pill.
          if (step.kind === 'db') continue;
          for (const arrow of arrows.filter((a) => !a.collapsed)) {
            const label = pathLabelBox(arrow);
            const where = `${preset.model.title}, sample ${s + 1}, ${step.kind} ${arrow.id}`;
            for (const box of boxes)
              expect(overlaps(label, box), `${where} on ${JSON.stringify(box)}`).toBe(false);
            // The red line, and the blue edge under it: the Example's paths always find a clear place.
            if (preset !== examplePreset) continue;
            for (const point of lines) {
              const inside = (y: number) =>
                Math.abs(point.x - label.x) * 2 < label.width && Math.abs(y - label.y) * 2 < label.height;
              expect(inside(point.y) || inside(point.y - sizes.backwardOffset), `${where} on its line`).toBe(
                false,
              );
            }
          }
        }
      });
    }
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
