import { beforeAll, describe, expect, it } from 'vitest';
import { cardOf } from '../../../src/components/card/cardOf';
import { trainIteration } from '../../../src/engine';
import { backwardFormulas, chainRuleCard } from '../../../src/formulas';
import { bigModel } from '../../layout/models';
import { examplePreset } from '../../../src/presets';
import { buildTimeline } from '../../../src/timeline';

const model = examplePreset.model;
const iteration = trainIteration(model, [2]);
const steps = buildTimeline(iteration, 'detailed').steps;

beforeAll(async () => {
  await backwardFormulas.load();
});

describe('cardOf(model, iteration, step)', () => {
  it('makes a step’s card once, as chainRuleCard makes it', () => {
    const step = steps[11];
    if (!step) throw new Error('no step 11');
    const card = cardOf(model, iteration, step);
    expect(card).toEqual(chainRuleCard(model, iteration, step));
    expect(cardOf(model, iteration, step)).toBe(card);
  });

  it('makes it again from another model or iteration', () => {
    const step = steps[12];
    if (!step) throw new Error('no step 12');
    const card = cardOf(model, iteration, step);
    const other = { ...model, title: 'Another' };
    expect(cardOf(other, iteration, step)).not.toBe(card);
    expect(cardOf(model, trainIteration(model, [2]), step)).not.toBe(card);
  });

  it('keeps the 200 cards used last', () => {
    const big = bigModel();
    const bigIteration = trainIteration(big, [0]);
    const many = buildTimeline(bigIteration, 'detailed').steps.slice(0, 201);
    const [first] = many;
    if (!first) throw new Error('no step');
    const card = cardOf(big, bigIteration, first);
    for (const step of many.slice(1, 200)) cardOf(big, bigIteration, step);
    expect(cardOf(big, bigIteration, first)).toBe(card);
    for (const step of many.slice(1)) cardOf(big, bigIteration, step);
    expect(cardOf(big, bigIteration, first)).not.toBe(card);
  });
});
