import { describe, expect, it } from 'vitest';
import { examplePreset } from '../../src/presets';
import { backwardArrow, layoutModel, lossArrow, questionArrow, sizes } from '../../src/layout';

const layout = layoutModel(examplePreset.model);
const box = (id: string) => {
  const found = layout.neuronById.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

/** The first point and the last point of a path. */
function ends(d: string): { start: [number, number]; end: [number, number] } {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return {
    start: [numbers[0] ?? NaN, numbers[1] ?? NaN],
    end: [numbers[numbers.length - 2] ?? NaN, numbers[numbers.length - 1] ?? NaN],
  };
}

describe('backwardArrow', () => {
  it('runs from the output box back to the input box, shifted off the blue edge', () => {
    const output = box('N:2:0');
    const input = box('N:1:2');
    const { d } = backwardArrow(output, input);
    const { start, end } = ends(d);
    expect(start).toEqual([output.x - output.width / 2, output.y + sizes.backwardOffset]);
    expect(end[0]).toBeCloseTo(input.x + input.width / 2 + 1, 6);
    expect(end[1]).toBe(input.y + sizes.backwardOffset);
    const edge = layout.edgeById.get('E:2:0:2');
    expect(edge?.d).not.toBe(d);
  });

  it('labels the path near its output end, where the paths of one δ are spread apart', () => {
    const output = box('N:2:0');
    const input = box('N:1:0');
    const { label } = backwardArrow(output, input);
    expect(Math.abs(label.x - (output.x - output.width / 2))).toBeLessThan(
      Math.abs(label.x - (input.x + input.width / 2)),
    );
  });

  it('labels a level path below the edges, clear of the name of the activation written above them', () => {
    const output = box('N:3:0');
    const input = box('N:2:0');
    const edge = layout.edgeById.get('E:3:0:0');
    if (!edge) throw new Error('no ReLU edge');
    const { label, below } = backwardArrow(output, input);
    expect(below).toBe(true);
    expect(label.y).toBeGreaterThan(output.y);
    // Text is centred on its point: the two labels are apart by more than a line of the larger one.
    expect(label.y - edge.label.y).toBeGreaterThan(Math.max(sizes.font.product, sizes.font.path));
    expect(label.x).toBeGreaterThan(input.x + input.width / 2);
    expect(label.x).toBeLessThan(output.x - output.width / 2);
  });
});

describe('lossArrow and questionArrow', () => {
  it('brings the first learning flow from the Loss up to o^n', () => {
    const output = box('N:3:0');
    const { d } = lossArrow(layout.loss, output, 0, 1);
    const { start, end } = ends(d);
    expect(start[1]).toBe(layout.loss.y - layout.loss.height / 2);
    expect(end).toEqual([output.x + output.width / 2 + 1, output.y + sizes.backwardOffset]);
  });

  it('points the goal’s "?" at the box whose δ is asked for, its label under it, its line for labels to keep off', () => {
    const target = box('N:2:0');
    const { d, label, below, along = [] } = questionArrow(target, 100);
    const { start, end } = ends(d);
    expect(start[0]).toBe(target.x + target.width / 2 + 100);
    expect(end[0]).toBe(target.x + target.width / 2 + 1);
    // The series writes "∂Loss/∂X^k ?" under its arrow; above, a top neuron's would run into the column titles.
    expect(below).toBe(true);
    expect(label.y).toBeGreaterThan(start[1]);
    expect(label.x).toBeGreaterThan(end[0]);
    expect(label.x).toBeLessThan(start[0]);
    expect(along.length).toBeGreaterThan(10);
    for (const point of along) {
      expect(point.y).toBe(start[1]);
      expect(point.x).toBeGreaterThan(end[0]);
      expect(point.x).toBeLessThan(start[0]);
    }
  });
});

describe('the name of an activation', () => {
  it('is written above the red path that follows its level edge, its descenders clear of the stroke', () => {
    const edge = layout.edgeById.get('E:3:0:0');
    const output = box('N:3:0');
    if (!edge) throw new Error('no ReLU edge');
    // Its baseline plus a sans-serif descent (a quarter em), against the top of a 3-unit red stroke.
    const nameBottom = edge.label.y + 0.25 * sizes.font.edge;
    const pathTop = output.y + sizes.backwardOffset - 1.5;
    expect(nameBottom).toBeLessThan(pathTop);
  });
});
