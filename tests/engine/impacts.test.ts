import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePass } from '../../src/engine';
import { networkWithSample } from './networks';

describe('impact paths', () => {
  it('match the neural structure: all outputs for Linear, one for Activation and Input 1D, one per δw and δb', () => {
    fc.assert(
      fc.property(networkWithSample, ({ model, sample }) => {
        const pass = computePass(model, sample);
        pass.layers.forEach((layer) => {
          const spec = model.layers[layer.k - 1];
          layer.delta.forEach((d, i) => {
            const outputs = d.terms.map((term) => term.output);
            if (spec?.kind === 'linear') expect(outputs).toEqual(layer.output.map((_o, j) => j));
            else expect(outputs).toEqual([i]);
          });
          layer.dw?.forEach((row, j) =>
            row.forEach((d) => expect(d.terms.map((t) => t.output)).toEqual([j])),
          );
          layer.db?.forEach((d, j) => expect(d.terms.map((t) => t.output)).toEqual([j]));
        });
      }),
    );
  });

  it('carry the future δ^{k+1}_j of the output they go through', () => {
    fc.assert(
      fc.property(networkWithSample, ({ model, sample }) => {
        const pass = computePass(model, sample);
        pass.layers.forEach((layer, index) => {
          const future = pass.layers[index + 1]?.delta.map((d) => d.value) ?? pass.lossDelta;
          for (const d of layer.delta)
            for (const term of d.terms) expect(term.futureDelta).toBe(future[term.output]);
        });
      }),
    );
  });

  it('name the weight w^{k,j}_i for Linear δ and the input o^{k-1}_i for δw', () => {
    const model = {
      title: '2 → 2',
      layers: [
        { kind: 'input1d', size: 2 },
        {
          kind: 'linear',
          size: 2,
          weights: [
            [1, 2],
            [3, 4],
          ],
          biases: [0.5, -0.5],
        },
      ],
      loss: 'halfSquaredError',
      dataset: [],
      learningRate: 0.1,
      batchSize: 1,
    } as const;
    const pass = computePass(model, { x: [10, 20], y: [0, 0] });
    const linear = pass.layers[1];
    expect(linear?.delta[1]?.terms.map((t) => t.local)).toEqual([
      { kind: 'weight', k: 2, j: 0, i: 1, value: 2 },
      { kind: 'weight', k: 2, j: 1, i: 1, value: 4 },
    ]);
    expect(linear?.dw?.[1]?.[0]?.terms[0]?.local).toEqual({ kind: 'input', k: 2, i: 0, value: 10 });
    expect(linear?.db?.[0]?.terms[0]?.local).toEqual({ kind: 'one', value: 1 });
    expect(pass.layers[0]?.delta[0]?.terms[0]?.local).toEqual({ kind: 'one', value: 1 });
  });
});
