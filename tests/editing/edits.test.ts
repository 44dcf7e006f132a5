import { describe, expect, it } from 'vitest';
import { applyEdit, initialWeights, weightPath, type Edit, type EditOutcome } from '../../src/editing';
import type { LinearLayer, Model } from '../../src/engine';
import { parseModelValue, toModelFile } from '../../src/format';
import { example } from '../helpers/example';

const seed = 1;
const apply = (edit: Edit, model: Model = example) => applyEdit(model, edit, seed);

/** The model of a successful outcome (the test fails otherwise). */
function modelOf(outcome: EditOutcome): Model {
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return outcome.model;
}

/** The problems of a failed outcome, as "path: message". */
function problemsOf(outcome: EditOutcome): string[] {
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.path}: ${p.message}`);
}

const linear = (model: Model, k: number) => model.layers[k - 1] as LinearLayer;
const isValid = (model: Model) => parseModelValue(toModelFile(model)).ok;

describe('setWeight', () => {
  it('accepts a fraction typed as text, as the series writes it: -3000/11600000', () => {
    const model = modelOf(apply({ kind: 'setWeight', k: 2, j: 0, i: 0, value: '-3000/11600000' }));
    expect(linear(model, 2).weights[0]?.[0]).toBe(-3000 / 11600000);
  });

  it('refuses "abc" with the parser’s message at the weight’s path, keeping the model', () => {
    const outcome = apply({ kind: 'setWeight', k: 2, j: 0, i: 2, value: 'abc' });
    expect(problemsOf(outcome)).toEqual([`${weightPath(2, 0, 2)}: expected a finite number, got "abc"`]);
    expect(weightPath(2, 0, 2)).toBe('layers[1].weights[0][2]');
  });

  it('explains a division by zero and a weight that does not exist', () => {
    expect(problemsOf(apply({ kind: 'setWeight', k: 2, j: 0, i: 0, value: '1/0' }))[0]).toContain(
      'dividing by 0',
    );
    expect(problemsOf(apply({ kind: 'setWeight', k: 2, j: 0, i: 3, value: 1 }))[0]).toContain(
      'there is no input neuron',
    );
    expect(problemsOf(apply({ kind: 'setWeight', k: 3, j: 0, i: 0, value: 1 }))[0]).toContain(
      'not a Linear layer',
    );
  });

  it('refuses a number too small to represent (1e-400), quoting what was typed, rather than storing 0', () => {
    for (const edit of [
      { kind: 'setWeight', k: 2, j: 0, i: 0, value: '1e-400' },
      { kind: 'setLearningRate', value: '1e-400' },
    ] as const) {
      expect(problemsOf(apply(edit))[0]).toMatch(
        /: expected a finite number, got "1e-400" \(too small to represent: it would round to 0\)$/,
      );
    }
  });

  it('gives back the very same model when nothing changes', () => {
    expect(modelOf(apply({ kind: 'setWeight', k: 2, j: 0, i: 0, value: '1/200' }))).toBe(example);
  });

  it('shares the unchanged parts of the model (the dataset, the other layers)', () => {
    const model = modelOf(apply({ kind: 'setWeight', k: 2, j: 0, i: 0, value: 0.5 }));
    expect(model.dataset).toBe(example.dataset);
    expect(model.layers[0]).toBe(example.layers[0]);
    expect(model.layers[2]).toBe(example.layers[2]);
  });
});

describe('biases', () => {
  it('setBiases adds biases at 0, setBias edits one from text, and setBiases(false) removes them', () => {
    const withBiases = modelOf(apply({ kind: 'setBiases', k: 2, biases: true }));
    expect(linear(withBiases, 2).biases).toEqual([0]);
    const edited = modelOf(apply({ kind: 'setBias', k: 2, j: 0, value: '−1/2' }, withBiases));
    expect(linear(edited, 2).biases).toEqual([-0.5]);
    const without = modelOf(apply({ kind: 'setBiases', k: 2, biases: false }, edited));
    expect(linear(without, 2).biases).toBeUndefined();
    expect(without).toEqual(example);
  });

  it('refuses a bias on a layer without biases', () => {
    expect(problemsOf(apply({ kind: 'setBias', k: 2, j: 0, value: 1 }))).toEqual([
      'layers[1].biases[0]: L^2 has no biases: add them first',
    ]);
  });
});

describe('layers', () => {
  it('addLayer inserts a Linear layer with seeded weights and fits the next layers and the dataset', () => {
    const model = modelOf(
      apply({ kind: 'addLayer', k: 4, layer: { kind: 'linear', size: 2, biases: true } }),
    );
    expect(model.layers.map((l) => `${l.kind}:${l.size}`)).toEqual([
      'input1d:3',
      'linear:1',
      'activation:1',
      'linear:2',
    ]);
    expect(linear(model, 4).weights).toEqual(initialWeights(seed, 4, 2, 1));
    expect(linear(model, 4).biases).toEqual([0, 0]);
    expect(model.dataset.map((s) => s.y)).toEqual([
      [0, 0],
      [1, 0],
      [1, 0],
    ]);
    expect(isValid(model)).toBe(true);
  });

  it('addLayer of an Activation takes the size of the layer before it', () => {
    const model = modelOf(
      apply({ kind: 'addLayer', k: 2, layer: { kind: 'activation', activation: 'tanh' } }),
    );
    expect(model.layers[1]).toEqual({ kind: 'activation', size: 3, activation: 'tanh' });
    expect(linear(model, 3)).toBe(example.layers[1]);
  });

  it('refuses a second Input 1D layer, a layer before L^1, and a size of 0', () => {
    expect(problemsOf(apply({ kind: 'addLayer', k: 2, layer: { kind: 'input1d', size: 2 } }))[0]).toContain(
      'only the first layer',
    );
    expect(
      problemsOf(apply({ kind: 'addLayer', k: 1, layer: { kind: 'linear', size: 2, biases: false } }))[0],
    ).toContain('after the Input 1D layer');
    expect(
      problemsOf(apply({ kind: 'addLayer', k: 2, layer: { kind: 'linear', size: 0, biases: false } }))[0],
    ).toContain('from 1 to 64');
  });

  it('removeLayer fits the layers after it: the next Linear layer gets seeded weights for its new inputs', () => {
    const deeper = modelOf(
      apply({ kind: 'addLayer', k: 2, layer: { kind: 'linear', size: 2, biases: false } }),
    );
    expect(linear(deeper, 3).weights).toEqual(initialWeights(seed, 3, 1, 2));
    const back = modelOf(apply({ kind: 'removeLayer', k: 2 }, deeper));
    expect(linear(back, 2).weights).toEqual(initialWeights(seed, 2, 1, 3));
    expect(isValid(back)).toBe(true);
  });

  it('refuses to remove the Input 1D layer, or the last layer after it, explaining why', () => {
    expect(problemsOf(apply({ kind: 'removeLayer', k: 1 }))[0]).toContain('every network starts with one');
    const two = modelOf(apply({ kind: 'removeLayer', k: 3 }));
    expect(problemsOf(apply({ kind: 'removeLayer', k: 2 }, two))[0]).toContain('at least 2 layers');
    expect(problemsOf(apply({ kind: 'removeLayer', k: 9 }))[0]).toContain('there is no layer L^9');
  });

  it('moveLayer reorders the layers after L^1 and keeps L^1 first', () => {
    const model = modelOf(apply({ kind: 'moveLayer', k: 3, to: 2 }));
    expect(model.layers.map((l) => l.kind)).toEqual(['input1d', 'activation', 'linear']);
    expect(model.layers[1]?.size).toBe(3);
    expect(linear(model, 3).weights).toBe(linear(example, 2).weights);
    expect(problemsOf(apply({ kind: 'moveLayer', k: 1, to: 2 }))[0]).toContain('stays first');
    expect(problemsOf(apply({ kind: 'moveLayer', k: 2, to: 1 }))[0]).toContain('stays first');
  });

  it('resizeLayer of the Input 1D layer resizes x and re-draws the next weights', () => {
    const model = modelOf(apply({ kind: 'resizeLayer', k: 1, size: '2' }));
    expect(model.dataset.map((s) => s.x)).toEqual([
      [100, 2000],
      [200, 0],
      [0, 2000],
    ]);
    expect(linear(model, 2).weights).toEqual(initialWeights(seed, 2, 1, 2));
  });

  it('resizeLayer of a Linear layer keeps its rows and adds seeded ones', () => {
    const model = modelOf(apply({ kind: 'resizeLayer', k: 2, size: 3 }));
    const weights = linear(model, 2).weights;
    expect(weights[0]).toEqual(linear(example, 2).weights[0]);
    expect(weights.slice(1)).toEqual(initialWeights(seed, 2, 3, 3).slice(1));
    expect(model.layers[2]?.size).toBe(3);
    expect(model.dataset[1]?.y).toEqual([1, 0, 0]);
  });

  it('resizeLayer refuses 0, "abc" and an Activation layer with messages at the size’s path', () => {
    expect(problemsOf(apply({ kind: 'resizeLayer', k: 2, size: 0 }))).toEqual([
      'layers[1].size: expected a whole number of neurons from 1 to 64, got 0',
    ]);
    expect(problemsOf(apply({ kind: 'resizeLayer', k: 2, size: 'abc' }))[0]).toMatch(
      /^layers\[1\]\.size: .*"abc"/,
    );
    expect(problemsOf(apply({ kind: 'resizeLayer', k: 3, size: 2 }))[0]).toContain('resize L^2 instead');
  });

  it('setActivation changes the function, and refuses an unknown one with the parser’s list', () => {
    const model = modelOf(apply({ kind: 'setActivation', k: 3, activation: 'leakyRelu' }));
    expect(model.layers[2]).toEqual({ kind: 'activation', size: 1, activation: 'leakyRelu' });
    expect(problemsOf(apply({ kind: 'setActivation', k: 3, activation: 'softmax' }))[0]).toMatch(
      /^layers\[2\]\.activation: expected an activation function/,
    );
  });

  it('reinitialize re-draws every Linear layer from the seed', () => {
    const model = modelOf(applyEdit(example, { kind: 'reinitialize' }, 99));
    expect(linear(model, 2).weights).toEqual(initialWeights(99, 2, 1, 3));
  });
});

describe('data and settings', () => {
  it('addSample adds zeros (or the given sample, from text) and removeSample removes one', () => {
    const added = modelOf(apply({ kind: 'addSample' }));
    expect(added.dataset.at(-1)).toEqual({ x: [0, 0, 0], y: [0] });
    const typed = modelOf(apply({ kind: 'addSample', index: 0, sample: { x: ['1/2', 2, 3], y: ['1'] } }));
    expect(typed.dataset[0]).toEqual({ x: [0.5, 2, 3], y: [1] });
    const removed = modelOf(apply({ kind: 'removeSample', index: 1 }));
    expect(removed.dataset).toEqual([example.dataset[0], example.dataset[2]]);
  });

  it('setSampleValue edits x and y^truth, and refuses what does not exist', () => {
    const model = modelOf(apply({ kind: 'setSampleValue', index: 2, part: 'y', component: 0, value: '0' }));
    expect(model.dataset[2]?.y).toEqual([0]);
    expect(
      problemsOf(apply({ kind: 'setSampleValue', index: 2, part: 'x', component: 0, value: 'x' })),
    ).toEqual(['dataset[2].x[0]: expected a finite number, got "x"']);
    expect(
      problemsOf(apply({ kind: 'setSampleValue', index: 5, part: 'x', component: 0, value: 1 }))[0],
    ).toContain('there is no sample 6');
  });

  it('setLearningRate reads text and refuses α ≤ 0; setBatchSize refuses 0 and 2.5', () => {
    expect(modelOf(apply({ kind: 'setLearningRate', value: '1e-3' })).learningRate).toBe(1e-3);
    expect(problemsOf(apply({ kind: 'setLearningRate', value: '0' }))[0]).toMatch(
      /^learningRate: expected a positive/,
    );
    expect(modelOf(apply({ kind: 'setBatchSize', value: '2' })).batchSize).toBe(2);
    expect(problemsOf(apply({ kind: 'setBatchSize', value: 0 }))[0]).toMatch(/^batchSize: /);
    expect(problemsOf(apply({ kind: 'setBatchSize', value: '2.5' }))[0]).toMatch(/^batchSize: /);
  });

  it('setTitle renames, and refuses a title over the limit', () => {
    expect(modelOf(apply({ kind: 'setTitle', title: 'Mine' })).title).toBe('Mine');
    expect(problemsOf(apply({ kind: 'setTitle', title: 'x'.repeat(201) }))[0]).toMatch(/^title: /);
  });

  it('setTitle writes a typed control character (U+000B, U+0000…) as a space', () => {
    expect(modelOf(apply({ kind: 'setTitle', title: 'Lecture\u000b3\u0000' })).title).toBe('Lecture 3 ');
  });
});
