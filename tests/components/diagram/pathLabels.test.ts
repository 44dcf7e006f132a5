import { describe, expect, it } from 'vitest';
import { arrowsOf, type ArrowSpec } from '../../../src/components/diagram/arrows';
import { grownLabelExtent, labelLines, pathLabelBox } from '../../../src/components/diagram/pathLabels';
import { trainIteration } from '../../../src/engine';
import { layoutModel, lossArrow, overlaps, sizes, titleBoxes, type LabelBox } from '../../../src/layout';
import { examplePreset, presets } from '../../../src/presets';
import { buildTimeline, type Step } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

/** A sample's index, or the whole batch (every sample, the elements' superscripts in the labels). */
type Sample = number | 'batch';

/** Every sample of a model, then its batch when it has more than one. */
const samplesOf = (model: ReturnType<typeof bigModel>): Sample[] => [
  ...model.dataset.map((_sample, s) => s),
  ...(model.dataset.length > 1 ? (['batch'] as const) : []),
];

/** How a failure names a sample: 1-based, as the sample picker does. */
const sampleName = (s: Sample): string => (s === 'batch' ? 'the batch' : `sample ${s + 1}`);

/** The red arrows of every step of a model's pass on a sample that draws labelled impact paths or a goal's "?", by step. */
function labelledSteps(model: ReturnType<typeof bigModel>, s: Sample = 0, labelScale = 1) {
  const batch = s === 'batch';
  const iteration = trainIteration(model, batch ? model.dataset.map((_sample, n) => n) : [s]);
  const layout = layoutModel(model, labelScale);
  return buildTimeline(iteration, 'detailed')
    .steps.map((step: Step) => ({
      step,
      arrows: arrowsOf(
        step,
        iteration.passes[step.element],
        layout,
        batch ? step.element + 1 : undefined,
      ).filter((a) => a.kind !== 'loss'),
    }))
    .filter(({ arrows }) => arrows.some((arrow) => arrow.symbol !== null || arrow.product !== null));
}

/**
 * The points of a red arrow's line inside its label's text grown `scale` times: its box but the padding, and a unit in
 * from each side (a line may graze its halo).
 */
function struckBy(arrow: ArrowSpec, scale = 1) {
  const box = pathLabelBox(arrow, scale);
  return (arrow.along ?? []).filter(
    (point) =>
      Math.abs(point.x - box.x) * 2 < box.width - 8 * scale && Math.abs(point.y - box.y) * 2 < box.height - 4,
  );
}

/**
 * The boxes a red arrow's label grown `scale` times covers, its box a unit smaller: a label that only touches a box (a
 * rounding apart) leaves it whole.
 */
function coveredBy(arrow: ArrowSpec, scale: number, boxes: readonly LabelBox[]) {
  const label = pathLabelBox(arrow, scale);
  const inner = { ...label, width: label.width - 1, height: label.height - 1 };
  return boxes.filter((box) => overlaps(inner, box));
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

  it('never draws two labels over each other when presenting (120% to 200%), grown as presentation.css grows them', () => {
    for (const preset of [examplePreset, ...presets])
      for (const labelScale of [1.2, 1.6, 2])
        samplesOf(preset.model).forEach((s) => {
          for (const { step, arrows } of labelledSteps(preset.model, s, labelScale)) {
            const drawn = arrows
              .filter((arrow) => !arrow.collapsed)
              .map((arrow) => pathLabelBox(arrow, labelScale));
            drawn.forEach((box, n) =>
              drawn
                .slice(n + 1)
                .forEach((other) =>
                  expect(
                    overlaps(box, other),
                    `${preset.id} at ${labelScale}, ${sampleName(s)}, ${step.id}`,
                  ).toBe(false),
                ),
            );
            expect(arrows[0]?.collapsed).toBeFalsy();
          }
        });
  });

  it('grows a label’s box as its lines grow: wider around its centre, the symbol up and the value down', () => {
    const arrow = { kind: 'impact', label: { x: 50, y: 100 }, symbol: 'w^{2,1}_{3}', product: -0.5 } as const;
    const [normal, grown] = [pathLabelBox(arrow), pathLabelBox(arrow, 2)];
    const extent = grownLabelExtent(arrow, 2);
    expect(grown.x).toBe(normal.x);
    // Its padding grows with it: at 200% the text boxes reach further past the widths measured here.
    expect(grown.width).toBeCloseTo(2 * normal.width);
    expect(grown.y - grown.height / 2).toBeCloseTo(extent.top - 1);
    expect(grown.y + grown.height / 2).toBeCloseTo(extent.bottom + 1);
    expect(extent.top).toBeLessThan(normal.y - normal.height / 2);
    expect(extent.bottom).toBeGreaterThan(normal.y + normal.height / 2);
  });

  it('keeps every label of the Example, whose few paths are apart', () => {
    for (const { arrows } of labelledSteps(examplePreset.model))
      expect(arrows.filter((arrow) => arrow.collapsed)).toEqual([]);
  });

  it('keeps the δ and δw labels (their goal’s "?" too) of every preset and sample off the neuron boxes and bias pills, and the Example’s off the red lines', () => {
    for (const preset of [examplePreset, ...presets]) {
      const layout = layoutModel(preset.model);
      const boxes = [...layout.neurons, ...layout.biases];
      samplesOf(preset.model).forEach((s) => {
        for (const { step, arrows } of labelledSteps(preset.model, s)) {
          const lines = arrows.flatMap((arrow) => arrow.along ?? []);
          // The δb arrow's label has a place of its own, beside the pill.
          if (step.kind === 'db') continue;
          for (const arrow of arrows.filter((a) => !a.collapsed)) {
            const label = pathLabelBox(arrow);
            const where = `${preset.model.title}, ${sampleName(s)}, ${step.kind} ${arrow.id}`;
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

  it('never draws a label after a step’s first (at 100% to 200%) over a neuron box, bias pill or column title, or struck by its own line: with no place clear of them, it shows on focus only', () => {
    let collapsed = 0;
    for (const preset of [examplePreset, ...presets])
      for (const labelScale of [1, 1.2, 1.6, 2]) {
        const layout = layoutModel(preset.model, labelScale);
        const boxes = [...layout.neurons, ...layout.biases, ...titleBoxes(layout)];
        samplesOf(preset.model).forEach((s) => {
          for (const { step, arrows } of labelledSteps(preset.model, s, labelScale))
            arrows.slice(1).forEach((arrow) => {
              if (arrow.collapsed) return void collapsed++;
              const where = `${preset.id} at ${labelScale}, ${sampleName(s)}, ${step.id}, ${arrow.id}`;
              expect(coveredBy(arrow, labelScale, boxes), where).toEqual([]);
              expect(struckBy(arrow, labelScale), where).toEqual([]);
            });
        });
      }
    // The deeper network's fans at 200%, and one at 100% in its batch, have labels with no such place.
    expect(collapsed).toBeGreaterThan(0);
  });

  it('presenting (120% to 200%), keeps a lone path’s label off the neuron boxes, bias pills and column titles, drawn smaller where it has no room at full size', () => {
    let smaller = 0;
    for (const preset of [examplePreset, ...presets])
      for (const labelScale of [1.2, 1.6, 2]) {
        const layout = layoutModel(preset.model, labelScale);
        const boxes = [...layout.neurons, ...layout.biases, ...titleBoxes(layout)];
        samplesOf(preset.model).forEach((s) => {
          for (const { step, arrows } of labelledSteps(preset.model, s, labelScale)) {
            const [arrow] = arrows;
            if (arrows.length !== 1 || !arrow) continue;
            const where = `${preset.id} at ${labelScale}, ${sampleName(s)}, ${step.id}`;
            expect(arrow.collapsed, where).toBeFalsy();
            if (arrow.labelScale !== undefined) {
              smaller++;
              expect(arrow.labelScale, where).toBeLessThan(labelScale);
              expect(arrow.labelScale, where).toBeGreaterThanOrEqual(1);
            }
            expect(coveredBy(arrow, labelScale, boxes), where).toEqual([]);
          }
        });
      }
    // On the deeper network at 200%, the δw and δb between its narrow columns have no room at full size.
    expect(smaller).toBeGreaterThan(0);
  });

  it('presenting at 160%, draws the first label of a fan on one sample at 80% of that size or more: under the titles, it may move along its line into the gap between two', () => {
    const scales: number[] = [];
    for (const preset of [examplePreset, ...presets])
      preset.model.dataset.forEach((_sample, s) => {
        for (const { arrows } of labelledSteps(preset.model, s, 1.6))
          if (arrows.length > 1) scales.push(arrows[0]?.labelScale ?? 1.6);
      });
    // On the deeper network, δ⁴₁'s first label (step 56) shrank to 1.12 (in the batch, whose values are wider, it still does).
    expect(Math.min(...scales)).toBeGreaterThanOrEqual(0.8 * 1.6 - 1e-9);
    expect(scales.some((scale) => scale < 1.6)).toBe(true);
  });

  it('keeps every label of a fan of up to 4 paths off its own line on every preset, the last one’s under it when the fan is crowded', () => {
    let under = 0;
    for (const preset of [examplePreset, ...presets])
      samplesOf(preset.model).forEach((s) => {
        for (const { step, arrows } of labelledSteps(preset.model, s)) {
          if (arrows.length < 2 || arrows.length > 4) continue;
          for (const arrow of arrows) {
            if (arrow.collapsed) continue;
            expect(struckBy(arrow), `${preset.id}, ${sampleName(s)}, ${step.id}, ${arrow.id}`).toEqual([]);
          }
          const last = arrows.at(-1);
          if (last?.below && last.along) under++;
        }
      });
    // The deeper network's crowded fans hang some.
    expect(under).toBeGreaterThan(0);
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

describe('the labels of the Loss’s arrows', () => {
  /** The loss step's arrows of a model laid out at a label scale, with how far each label reaches once grown. */
  function lossLabels(model: ReturnType<typeof bigModel>, labelScale: number) {
    const iteration = trainIteration(model, [0]);
    const layout = layoutModel(model, labelScale);
    const loss = buildTimeline(iteration, 'detailed').steps.find((step) => step.kind === 'loss');
    const arrows = arrowsOf(loss, iteration.passes[0], layout);
    return { layout, arrows, extents: arrows.map((arrow) => grownLabelExtent(arrow, labelScale)) };
  }

  /** Whether the drawn labels' grown extents keep clear of each other. */
  const apart = (extents: readonly { top: number; bottom: number }[]) =>
    [...extents]
      .sort((a, b) => a.top - b.top)
      .every((extent, n, sorted) => n === 0 || (sorted[n - 1]?.bottom ?? -Infinity) <= extent.top);

  const linear = presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model;

  it('keeps their places at the normal size, where two outputs’ labels are apart', () => {
    const { layout, arrows, extents } = lossLabels(linear, 1);
    const outputs = layout.neurons.filter((neuron) => neuron.k === layout.n);
    expect(arrows.map((arrow) => arrow.label)).toEqual(
      outputs.map((output) => lossArrow(layout.loss, output, output.j, outputs.length).label),
    );
    expect(arrows.map((arrow) => arrow.collapsed ?? false)).toEqual([false, false]);
    expect(apart(extents)).toBe(true);
  });

  it.each([1.4, 1.6, 2])('stacks them clear of each other when presented at %s times their size', (scale) => {
    const grown = lossLabels(linear, scale);
    // Grown in place they would overlap; placed at the presented size they do not.
    const inPlace = lossLabels(linear, 1).arrows.map((arrow) => grownLabelExtent(arrow, scale));
    expect(apart(inPlace)).toBe(false);
    expect(grown.arrows.every((arrow) => !arrow.collapsed)).toBe(true);
    expect(apart(grown.extents)).toBe(true);
  });

  it('on 16 outputs at twice their size, draws those that fit in the drawing, apart, and leaves out the rest', () => {
    const { layout, arrows, extents } = lossLabels(bigModel(), 2);
    expect(arrows).toHaveLength(16);
    const drawn = extents.filter((_extent, n) => !arrows[n]?.collapsed);
    expect(drawn.length).toBeGreaterThan(0);
    expect(apart(drawn)).toBe(true);
    for (const extent of drawn) expect(extent.top).toBeGreaterThanOrEqual(layout.bounds.y);
    // The one nearest the Loss keeps its place.
    expect(arrows.at(-1)?.collapsed).toBeFalsy();
  });
});
