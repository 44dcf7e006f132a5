import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/editing';
import { parseModelValue, toModelFile } from '../../src/format';
import { examplePreset } from '../../src/presets';
import { editArbitrary } from './arbitraries';

describe('applyEdit on random sequences of edits', () => {
  it('never throws and always gives a model the file parser accepts, or problems with paths', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 30 }), fc.nat(), (edits, seed) => {
        let model = examplePreset.model;
        for (const edit of edits) {
          const outcome = applyEdit(model, edit, seed);
          if (outcome.ok) {
            expect(parseModelValue(toModelFile(outcome.model)).ok).toBe(true);
            model = outcome.model;
          } else {
            expect(outcome.problems.length).toBeGreaterThan(0);
            for (const problem of outcome.problems) {
              expect(problem.path).toBeTypeOf('string');
              expect(problem.message.length).toBeGreaterThan(0);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same edits from the same seed give equal models', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 15 }), fc.nat(), (edits, seed) => {
        const run = () =>
          edits.reduce((model, edit) => {
            const outcome = applyEdit(model, edit, seed);
            return outcome.ok ? outcome.model : model;
          }, examplePreset.model);
        expect(run()).toEqual(run());
      }),
      { numRuns: 100 },
    );
  });
});
