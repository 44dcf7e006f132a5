import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Layer } from '../../src/engine/model';
import { formatProblem, parseModelText, serializeModel } from '../../src/format';
import { examplePreset, presets } from '../../src/presets';
import * as shipped from '../../src/presets/models';

/** The presets' JSON files (the source of src/presets/models/), by id: the file name without ".json". */
const folder = new URL('../../src/presets/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name.replace(/\.json$/, ''), readFileSync(new URL(name, folder), 'utf8')] as const);

/** The outputs of a Linear layer for one input. */
function linearOutputs(layer: Layer | undefined, x: readonly number[]): number[] {
  if (layer?.kind !== 'linear') throw new Error('expected a Linear layer');
  return layer.weights.map((row, j) =>
    row.reduce((sum, w, i) => sum + w * (x[i] ?? 0), layer.biases?.[j] ?? 0),
  );
}

describe('the presets', () => {
  it('are five, with distinct ids, in the order of the series', () => {
    expect(presets.map((preset) => preset.id)).toEqual(['example', 'input', 'linear', 'activation', 'deep']);
  });

  it('ship one parsed model per JSON file, each the model of the preset with its id', () => {
    expect(Object.keys(shipped).sort()).toEqual(files.map(([id]) => id).sort());
    expect(presets.map((preset) => preset.id).sort()).toEqual(files.map(([id]) => id).sort());
    for (const preset of presets) expect(preset.model).toBe(shipped[preset.id as keyof typeof shipped]);
  });

  it.each(files)('%s.json parses to the model shipped for it (else run `npm run presets`)', (id, text) => {
    const result = parseModelText(text);
    if (!result.ok) throw new Error(`${id}.json: ${result.problems.map(formatProblem).join('; ')}`);
    expect(shipped[id as keyof typeof shipped]).toStrictEqual(result.model);
  });

  it.each(presets.map((preset) => [preset.id, preset] as const))(
    '%s survives a round trip through the text',
    (_id, preset) => {
      expect(parseModelText(serializeModel(preset.model))).toEqual({ ok: true, model: preset.model });
      expect(preset.title).toBe(preset.model.title);
    },
  );

  it('start with the Example, whose weights are 1/200, -3000/11600000 and 1/5800 as floats', () => {
    expect(presets[0]).toBe(examplePreset);
    const { model } = examplePreset;
    expect(model.title).toBe('The Example');
    expect(model.layers[1]).toEqual({
      kind: 'linear',
      size: 1,
      weights: [[1 / 200, -3000 / 11600000, 1 / 5800]],
    });
    expect('biases' in (model.layers[1] ?? {})).toBe(false);
    expect(model.layers[2]).toEqual({ kind: 'activation', size: 1, activation: 'relu' });
    expect(model.dataset).toEqual([
      { x: [100, 2000, 100], y: [0] },
      { x: [200, 0, 0], y: [1] },
      { x: [0, 2000, 3000], y: [1] },
    ]);
    expect(model.learningRate).toBe(1e-7);
    expect(model.batchSize).toBe(3);
  });

  it('include an Activation preset whose first sample is blocked by ReLU on one neuron and passed on the other', () => {
    const model = presets.find((preset) => preset.id === 'activation')?.model;
    const first = model?.dataset[0];
    if (model === undefined || first === undefined) throw new Error('missing activation preset');
    const [a = 0, b = 0] = linearOutputs(model.layers[1], first.x);
    expect(Math.sign(a) * Math.sign(b)).toBe(-1);
    expect(model.layers.map((layer) => layer.kind)).toEqual(['input1d', 'linear', 'activation']);
  });

  it('include a Linear preset whose weight signs follow the series: (+, −, +) and (−, 0, −)', () => {
    const layer = presets.find((preset) => preset.id === 'linear')?.model.layers[1];
    if (layer?.kind !== 'linear') throw new Error('missing linear preset');
    expect(layer.weights.map((row) => row.map(Math.sign))).toEqual([
      [1, -1, 1],
      [-1, 0, -1],
    ]);
    expect(layer.biases).toHaveLength(2);
  });

  it('include a deeper network 2 → 3 → ReLU → 2 → logistic → 1 trained on 4 XOR-like samples', () => {
    const model = presets.find((preset) => preset.id === 'deep')?.model;
    expect(model?.layers.map((layer) => `${layer.kind}:${layer.size}`)).toEqual([
      'input1d:2',
      'linear:3',
      'activation:3',
      'linear:2',
      'activation:2',
      'linear:1',
      'activation:1',
    ]);
    expect(model?.dataset).toHaveLength(4);
    expect(model?.learningRate).toBe(0.5);
    expect(model?.batchSize).toBe(4);
  });
});
