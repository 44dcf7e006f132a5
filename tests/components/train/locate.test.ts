import { describe, expect, it } from 'vitest';
import { changeSym, formatChange, reportSym, signCue } from '../../../src/components/train/format';
import { iterationLabel } from '../../../src/components/train/iterations';
import { neuronOf, quantityKey } from '../../../src/components/train/locate';
import { symText } from '../../../src/components/train/Sym';
import type { NonFiniteReport, RunRecord } from '../../../src/training';

/** A report of a value of the pass of sample 2 (0-based 1) in the batch [0, 1, 2]. */
const report = (fields: Partial<NonFiniteReport>): NonFiniteReport => ({
  quantity: 'o',
  k: 2,
  value: Infinity,
  epoch: 3,
  iteration: 6,
  sample: 1,
  samples: [0, 1, 2],
  learningRate: 10,
  ...fields,
});

describe('where the first non-finite value is shown', () => {
  it('finds its quantity in the element of the batch that produced it', () => {
    expect(quantityKey(report({ quantity: 'o', k: 2, j: 0 }))).toBe('o:1:2:0');
    expect(quantityKey(report({ quantity: 'loss', k: 4 }))).toBe('loss:1');
    expect(quantityKey(report({ quantity: 'delta', k: 4, j: 0 }))).toBe('d:1:4:0');
    expect(quantityKey(report({ quantity: 'delta', k: 2, i: 2 }))).toBe('d:1:2:2');
    expect(quantityKey(report({ quantity: 'dw', k: 2, j: 0, i: 1 }))).toBe('dw:1:2:0:1');
    expect(quantityKey(report({ quantity: 'w', k: 2, j: 0, i: 1, sample: null }))).toBe('update:2');
  });

  it('selects the neuron that holds it: δ^k_i sits in the box of o^{k−1}_i', () => {
    expect(neuronOf(report({ quantity: 'o', k: 3, j: 0 }))).toBe('N:3:0');
    expect(neuronOf(report({ quantity: 'delta', k: 2, i: 2 }))).toBe('N:1:2');
    expect(neuronOf(report({ quantity: 'delta', k: 4, j: 0 }))).toBe('N:3:0');
    expect(neuronOf(report({ quantity: 'dw', k: 2, j: 0, i: 1 }))).toBe('N:2:0');
    expect(neuronOf(report({ quantity: 'loss', k: 4 }))).toBeNull();
  });

  it('names it like the series, 1-based: δw^{2,1}_2, δ^2_3, b^2_1', () => {
    expect(symText(reportSym(report({ quantity: 'dw', k: 2, j: 0, i: 1 })))).toBe('δw^{2,1}_2');
    expect(symText(reportSym(report({ quantity: 'delta', k: 2, i: 2 })))).toBe('δ^2_3');
    expect(symText(reportSym(report({ quantity: 'b', k: 2, j: 0 })))).toBe('b^2_1');
  });
});

describe('weight changes in words', () => {
  it('names w^{k,j}_i and b^k_j 1-based', () => {
    expect(symText(changeSym({ kind: 'w', k: 2, j: 0, i: 2, before: 0, after: 1 }))).toBe('w^{2,1}_3');
    expect(symText(changeSym({ kind: 'b', k: 4, j: 1, before: 0, after: 1 }))).toBe('b^4_2');
  });

  it('gives each change a symbol and a word, and a sign', () => {
    expect(signCue(2e-4)).toEqual({ symbol: '▲', word: 'up' });
    expect(signCue(-1)).toEqual({ symbol: '▼', word: 'down' });
    expect(signCue(0)).toEqual({ symbol: '=', word: 'unchanged' });
    expect(formatChange(2e-4)).toBe('+0.0002');
    expect(formatChange(-3e-7)).toBe('−3×10⁻⁷');
  });
});

describe('iterationLabel(plan, record, n)', () => {
  const record = (schedule: number[][]): RunRecord => ({ schedule, checkpoints: [], every: 1, count: 9 });
  it('says the epoch and the samples of iteration n', () => {
    const perSample = record([[0], [1], [2]]);
    expect(iterationLabel({ kind: 'epochs', mode: 'sample', epochs: 3 }, perSample, 4)).toBe(
      'epoch 2 · sample 2',
    );
    const batch = record([[0, 1, 2]]);
    expect(iterationLabel({ kind: 'epochs', mode: 'batch', epochs: 9 }, batch, 8)).toBe(
      'epoch 9 · batch of samples 1–3',
    );
    expect(iterationLabel({ kind: 'iteration', samples: [2] }, record([[2]]), 0)).toBe('sample 3');
  });
});
