import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trainIteration, type Iteration, type Model } from '../../src/engine';
import { presets } from '../../src/presets';
import {
  buildTimeline,
  deltaKey,
  equivalentIndex,
  isGradientStep,
  subjectOf,
  type Step,
} from '../../src/timeline';
import { networkWithSample } from '../engine/networks';

/** Every preset on its first sample and on a batch of all its samples, plus random networks. */
const iterations: Iteration[] = presets.flatMap(({ model }) => [
  trainIteration(model, [0]),
  trainIteration(
    model,
    model.dataset.map((_s, n) => n),
  ),
]);
const randomIterations = fc
  .sample(networkWithSample, { numRuns: 40, seed: 7 })
  .map(({ model }) => trainIteration(model, [0]));
const all = [...iterations, ...randomIterations];

const keyOf = (step: Step) => (step.kind === 'delta' ? `d:${step.element}:${step.k}:${step.i}` : '');

describe('buildTimeline', () => {
  it('shows every o exactly once per element, before that element’s loss', () => {
    for (const iteration of all) {
      const { steps } = buildTimeline(iteration, 'detailed');
      iteration.passes.forEach((pass, element) => {
        const forward = steps.flatMap((s, index) =>
          s.kind === 'forward' && s.element === element ? [{ s, index }] : [],
        );
        const expected = pass.layers.flatMap((layer) => layer.output.map((_o, j) => `${layer.k}:${j}`));
        expect(forward.map(({ s }) => (s.kind === 'forward' ? `${s.k}:${s.j}` : ''))).toEqual(expected);
        const loss = steps.findIndex((s) => s.kind === 'loss' && s.element === element);
        expect(loss).toBeGreaterThan(-1);
        for (const { index } of forward) expect(index).toBeLessThan(loss);
      });
    }
  });

  it('computes every δ after all the δs it depends on', () => {
    for (const iteration of all) {
      const { steps, storedAt } = buildTimeline(iteration, 'detailed');
      steps.forEach((step, index) => {
        if (!isGradientStep(step)) return;
        const pass = iteration.passes[step.element];
        const gradient =
          step.kind === 'delta'
            ? pass?.layers[step.k - 1]?.delta[step.i]
            : step.kind === 'dw'
              ? pass?.layers[step.k - 1]?.dw?.[step.j]?.[step.i]
              : pass?.layers[step.k - 1]?.db?.[step.j];
        expect(gradient).toBeDefined();
        for (const term of gradient?.terms ?? []) {
          expect(storedAt.get(deltaKey(step.element, step.k + 1, term.output))).toBeLessThan(index);
        }
      });
    }
  });

  it('draws impact paths only along existing forward connections', () => {
    for (const iteration of all) {
      const model: Model = iteration.before;
      for (const step of buildTimeline(iteration, 'detailed').steps) {
        if (step.kind !== 'delta') continue;
        const layer = model.layers[step.k - 1];
        const terms = iteration.passes[step.element]?.layers[step.k - 1]?.delta[step.i]?.terms ?? [];
        for (const term of terms) {
          // Linear joins every input to every output; Input 1D and Activation join i to i only.
          if (layer?.kind === 'linear') expect(term.output).toBeLessThan(layer.size);
          else expect(term.output).toBe(step.i);
        }
      }
    }
  });

  it('covers the same δs in the same order at both detail levels', () => {
    for (const iteration of all) {
      const detailed = buildTimeline(iteration, 'detailed').steps.map(keyOf).filter(Boolean);
      const compact = buildTimeline(iteration, 'compact').steps.map(keyOf).filter(Boolean);
      expect([...new Set(detailed)]).toEqual(compact);
    }
  });

  it('gives every step a unique id', () => {
    for (const iteration of all) {
      const { steps } = buildTimeline(iteration, 'detailed');
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    }
  });

  it('ends with one update per learning layer, after every element', () => {
    const batch = iterations[1];
    if (!batch) throw new Error('no batch iteration');
    const { steps } = buildTimeline(batch, 'compact');
    const updates = steps.filter((s) => s.kind === 'update');
    expect(updates.map((s) => (s.kind === 'update' ? s.k : 0))).toEqual(batch.gradients.map((g) => g.k));
    expect(steps.slice(-updates.length)).toEqual(updates);
  });
});

describe('equivalentIndex', () => {
  it('keeps the same δ when switching detail level, both ways', () => {
    for (const iteration of iterations) {
      const detailed = buildTimeline(iteration, 'detailed');
      const compact = buildTimeline(iteration, 'compact');
      detailed.steps.forEach((step, index) => {
        const there = compact.steps[equivalentIndex(detailed, index, compact)];
        expect(there && subjectOf(there)).toBe(subjectOf(step));
        const back =
          detailed.steps[equivalentIndex(compact, equivalentIndex(detailed, index, compact), detailed)];
        expect(back && subjectOf(back)).toBe(subjectOf(step));
      });
    }
  });
});
