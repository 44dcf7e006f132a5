import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine/model';
import { parseModelText, parseModelValue, serializeModel, toModelFile } from '../../src/format';
import { examplePreset } from '../../src/presets';
import { modelArbitrary } from './arbitraries';

describe('serializing then parsing', () => {
  it('gives back an equal model for every valid model', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => {
        const result = parseModelText(serializeModel(model));
        expect(result).toEqual({ ok: true, model });
      }),
      { numRuns: 300 },
    );
  });

  it('gives back an equal model from the file object too', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => {
        expect(parseModelValue(toModelFile(model))).toEqual({ ok: true, model });
      }),
    );
  });

  it('reads each run of control characters in the title as one space (a title holds none)', () => {
    const model = { ...examplePreset.model, title: 'Lecture\u000b3\u0000\u0008\n\tb' };
    const result = parseModelText(serializeModel(model));
    expect(result).toEqual({ ok: true, model: { ...model, title: 'Lecture 3 b' } });
  });

  it('reads each run of bidi controls (U+202A–U+202E, U+2066–U+2069) in the title as one space', () => {
    const model = {
      ...examplePreset.model,
      title: '\u202eevil\u202a\u202b\u202c\u202d 🧠\u2066x\u2067\u2068\u2069',
    };
    const result = parseModelText(serializeModel(model));
    expect(result).toEqual({ ok: true, model: { ...model, title: ' evil  🧠 x ' } });
  });

  it('keeps the sign of -0 and omits absent biases', () => {
    const model: Model = {
      title: 'zero',
      layers: [
        { kind: 'input1d', size: 1 },
        { kind: 'linear', size: 1, weights: [[-0]] },
      ],
      loss: 'halfSquaredError',
      dataset: [],
      learningRate: 1,
      batchSize: 1,
    };
    const result = parseModelText(serializeModel(model));
    if (!result.ok) throw new Error('expected the model to parse');
    const layer = result.model.layers[1];
    expect(layer?.kind === 'linear' && Object.is(layer.weights[0]?.[0], -0)).toBe(true);
    expect(layer !== undefined && 'biases' in layer).toBe(false);
  });
});

describe('serializeModel', () => {
  it('writes pretty JSON with the format, the version and one line per row of weights', () => {
    const model: Model = {
      title: 'tiny',
      layers: [
        { kind: 'input1d', size: 2 },
        {
          kind: 'linear',
          size: 2,
          weights: [
            [1, -2],
            [0.5, 3],
          ],
          biases: [0, 1],
        },
        { kind: 'activation', size: 2, activation: 'tanh' },
      ],
      loss: 'halfSquaredError',
      dataset: [{ x: [1, 2], y: [3, 4] }],
      learningRate: 1e-7,
      batchSize: 1,
    };
    const text = serializeModel(model);
    expect(JSON.parse(text)).toEqual({ format: 'neural-structure', version: 1, ...model });
    expect(text).toContain('\n  "version": 1,\n');
    expect(text).toContain('[1, -2],\n');
    expect(text).toContain('"learningRate": 1e-7');
  });

  it('gives activation layers their size when the file leaves it out', () => {
    const result = parseModelValue({
      format: 'neural-structure',
      version: 1,
      title: 't',
      layers: [
        { kind: 'input1d', size: 2 },
        { kind: 'activation', activation: 'relu' },
      ],
      dataset: [],
      learningRate: '1/10',
      batchSize: 1,
    });
    expect(result).toEqual({
      ok: true,
      model: {
        title: 't',
        layers: [
          { kind: 'input1d', size: 2 },
          { kind: 'activation', size: 2, activation: 'relu' },
        ],
        loss: 'halfSquaredError',
        dataset: [],
        learningRate: 0.1,
        batchSize: 1,
      },
    });
  });
});
