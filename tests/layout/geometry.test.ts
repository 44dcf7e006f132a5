import { describe, expect, it } from 'vitest';
import { examplePreset, presets } from '../../src/presets';
import {
  columnTitle,
  layoutModel,
  lossInlet,
  neuronId,
  neuronY,
  overlaps,
  sizes,
  type DiagramLayout,
} from '../../src/layout';
import { bigModel } from './models';

const example = layoutModel(examplePreset.model);
const linear = layoutModel(presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model);
const big = layoutModel(bigModel());

/** Every number in an SVG path string. */
const numbersOf = (d: string): string[] => d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];

/** The neuron N:k:j of a layout (fails the test when missing). */
function neuron(layout: DiagramLayout, k: number, j: number) {
  const found = layout.neuronById.get(`N:${k}:${j}`);
  if (!found) throw new Error(`no neuron N:${k}:${j}`);
  return found;
}

describe('neuronY', () => {
  it('centres every column on y = 0', () => {
    expect([0, 1, 2].map((j) => neuronY(j, 3))).toEqual([-sizes.pitch, 0, sizes.pitch]);
    expect(neuronY(0, 1)).toBe(0);
  });

  it('places 2 outputs between 3 inputs (spec 5.2)', () => {
    const inputs = [0, 1, 2].map((j) => neuronY(j, 3));
    const outputs = [0, 1].map((j) => neuronY(j, 2));
    expect(outputs[0]).toBeGreaterThan(inputs[0] ?? NaN);
    expect(outputs[0]).toBeLessThan(inputs[1] ?? NaN);
    expect(outputs[1]).toBeGreaterThan(inputs[1] ?? NaN);
    expect(outputs[1]).toBeLessThan(inputs[2] ?? NaN);
  });
});

describe('columnTitle', () => {
  it('titles the data column "Developer" and uses the singular for one neuron', () => {
    expect(columnTitle(0, 3)).toBe('Developer');
    expect(columnTitle(1, 3)).toBe('L^{1} neurons');
    expect(columnTitle(2, 1)).toBe('L^{2} neuron');
  });
});

describe('layoutModel', () => {
  it('lays out the Example as Developer, L^1, L^2, L^3 left to right, then the Loss', () => {
    expect(example.columns.map((column) => column.title)).toEqual([
      'Developer',
      'L^{1} neurons',
      'L^{2} neuron',
      'L^{3} neuron',
    ]);
    const xs = example.columns.map((column) => column.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(example.columns.map((column) => column.count)).toEqual([3, 3, 1, 1]);
    expect(example.loss.id).toBe('LOSS');
    expect(example.loss.title).toBe('Loss(X^{4}, Y^{truth})');
  });

  it('names the boxes with the series’ symbols, 1-based on screen', () => {
    const data = neuron(example, 0, 0);
    expect([data.id, data.oSymbol, data.deltaSymbol, data.variable]).toEqual([
      'N:0:0',
      'data_{1}',
      'δ^{1}_{1}',
      'X^{1}_{1}',
    ]);
    const o2 = neuron(example, 2, 0);
    expect([o2.oSymbol, o2.deltaSymbol, o2.variable]).toEqual(['o^{2}_{1}', 'δ^{3}_{1}', 'X^{3}_{1}']);
  });

  it('centres the single output of L^2 on the middle input', () => {
    expect(neuron(example, 2, 0).y).toBe(neuron(example, 1, 1).y);
  });

  it('joins every input to every output of a Linear layer and one-to-one otherwise', () => {
    expect(example.edges.filter((edge) => edge.k === 1).map((edge) => edge.id)).toEqual([
      'E:1:0:0',
      'E:1:1:1',
      'E:1:2:2',
    ]);
    expect(example.edges.filter((edge) => edge.k === 2).map((edge) => edge.id)).toEqual([
      'E:2:0:0',
      'E:2:0:1',
      'E:2:0:2',
    ]);
    expect(linear.edges).toHaveLength(3 + 6);
  });

  it('labels Linear edges w^{k,j}_i, Activation edges with the function and leaves Input 1D unlabelled', () => {
    const symbols = Object.fromEntries(example.edges.map((edge) => [edge.id, edge.symbol]));
    expect(symbols['E:2:0:1']).toBe('w^{2,1}_{2}');
    expect(symbols['E:3:0:0']).toBe('ReLU');
    expect(symbols['E:1:0:0']).toBeNull();
  });

  it('starts each edge on the right side of its input box and ends it at the left side of its output box', () => {
    for (const edge of [...example.edges, ...linear.edges]) {
      const from = neuron(example.edges.includes(edge) ? example : linear, edge.k - 1, edge.i);
      const to = neuron(example.edges.includes(edge) ? example : linear, edge.k, edge.j);
      expect(edge.from).toEqual({ x: from.x + from.width / 2, y: from.y });
      expect(edge.to.x).toBeCloseTo(to.x - to.width / 2 - 1, 6);
      expect(edge.d.startsWith(`M${edge.from.x},${edge.from.y}`)).toBe(true);
    }
  });

  it('rounds every path and label to one decimal', () => {
    for (const layout of [example, linear, big]) {
      const paths = [...layout.edges.map((edge) => edge.d), ...layout.lossEdges.map((edge) => edge.d)];
      for (const d of paths) for (const number of numbersOf(d)) expect(number).toMatch(/^-?\d+(\.\d)?$/);
      for (const edge of layout.edges) {
        expect(Math.round(edge.label.x * 10) / 10).toBe(edge.label.x);
        expect(Math.round(edge.label.y * 10) / 10).toBe(edge.label.y);
      }
    }
  });

  it('puts a bias pill on each output of a Linear layer with biases, and none without', () => {
    expect(example.biases).toHaveLength(0);
    expect(linear.biases.map((bias) => bias.id)).toEqual(['B:2:0', 'B:2:1']);
    expect(linear.biases[1]?.symbol).toBe('b^{2}_{2}');
    expect(linear.biases[1]?.style.sign).toBe('negative');
  });

  it('places the Loss box under the last column, below its lowest neuron', () => {
    const last = example.columns[example.columns.length - 1];
    const lowest = neuron(example, 3, 0);
    expect(example.loss.y - example.loss.height / 2).toBeGreaterThan(lowest.y + lowest.height / 2);
    expect(example.loss.x - example.loss.width / 2).toBeCloseTo((last?.x ?? NaN) - sizes.box.width / 2, 6);
    expect(example.lossEdges.map((edge) => edge.id)).toEqual(['E:loss:0']);
  });

  it('brings the arrows of many outputs into the Loss right of their boxes, without crossings', () => {
    const outputs = big.neurons.filter((box) => box.k === big.n);
    const inlets = outputs.map((box) => lossInlet(big.loss, box.j, outputs.length).x);
    const right = (outputs[0]?.x ?? NaN) + sizes.box.width / 2;
    inlets.forEach((x) => expect(x).toBeGreaterThan(right));
    // The top neuron's arrow runs outermost: each lower one turns down inside the ones above it.
    expect([...inlets].sort((a, b) => b - a)).toEqual(inlets);
    expect(Math.max(...inlets)).toBeLessThan(big.loss.x + big.loss.width / 2);
  });

  it('keeps every box inside the viewBox, even for 8 layers of 16 neurons', () => {
    for (const layout of [example, linear, big]) {
      const { bounds } = layout;
      const boxes = [...layout.neurons, layout.loss, ...layout.biases];
      for (const box of boxes) {
        expect(box.x - box.width / 2).toBeGreaterThanOrEqual(bounds.x);
        expect(box.x + box.width / 2).toBeLessThanOrEqual(bounds.x + bounds.width);
        expect(box.y - box.height / 2).toBeGreaterThanOrEqual(bounds.y);
        expect(box.y + box.height / 2).toBeLessThanOrEqual(bounds.y + bounds.height);
      }
      expect(layout.titleY).toBeGreaterThan(bounds.y);
    }
    expect(big.neurons).toHaveLength(16 * 9);
    expect(big.edges).toHaveLength(16 + 4 * 256 + 3 * 16);
  });

  it('holds the column titles’ band inside the viewBox, above the first boxes, at every presented size', () => {
    for (const model of [examplePreset.model, bigModel()]) {
      for (const labelScale of [1, 1.2, 1.6, 2]) {
        const layout = layoutModel(model, labelScale);
        const { titles, bounds } = layout;
        // The band holds the titles grown upwards from their baseline and the symbols grown downwards from theirs.
        expect(titles.top).toBeGreaterThanOrEqual(bounds.y);
        expect(titles.top).toBeLessThan(layout.titleY - sizes.font.title * labelScale);
        expect(titles.top + titles.height).toBeGreaterThan(
          layout.titleY + 25 + sizes.font.symbols * labelScale * 0.2,
        );
        const firstTop = Math.min(...layout.neurons.map((neuron) => neuron.y - neuron.height / 2));
        expect(titles.top + titles.height).toBeLessThanOrEqual(firstTop + 1e-6);
      }
    }
  });
});

describe('the bias pills', () => {
  it('sit over the top-left corner of their neuron, clear of every neuron box', () => {
    for (const preset of [examplePreset, ...presets]) {
      const layout = layoutModel(preset.model);
      for (const bias of layout.biases) {
        const neuron = layout.neuronById.get(neuronId(bias.k, bias.j));
        if (!neuron) throw new Error(`no neuron for ${bias.id}`);
        expect(bias.x).toBeLessThan(neuron.x);
        expect(bias.y).toBeLessThan(neuron.y);
        for (const box of layout.neurons) expect(overlaps(bias, box), `${bias.id} on ${box.id}`).toBe(false);
      }
    }
  });
});
