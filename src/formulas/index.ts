/**
 * The chain-rule card, the caption and the narration of each step, as data: LaTeX strings built only from numbers and
 * an allow-list of symbols (see expr.ts), never from text a person typed. Pure: no React, DOM or KaTeX here.
 */
import type { Iteration, Model } from '../engine';
import { deltaStages, weightStages, type Step } from '../timeline';
import { cardTitle } from './caption';
import { backwardFormulas, firstLayerStep } from './backwardCode';
import type { Card, StageMark } from './card';
import { inputLines } from './input';
import { stageNames } from './names';
import { batchSizeOf, notation } from './notation';

export { backwardFormulas, describable } from './backwardCode';
export type { Card, CardLine, LineRole, Segment, StageMark, TableRow } from './card';
export { cardTitle, stepCaption, stepLabel } from './caption';
export { narrate } from './narrate';
export { kindName } from './names';
export { notation, shared, type Notation } from './notation';

/** The stage list of a gradient step at the 'detailed' level, the current stage marked. */
function stagesOf(step: Step): StageMark[] | undefined {
  if (step.kind !== 'delta' && step.kind !== 'dw' && step.kind !== 'db') return undefined;
  if (step.stage === 'all') return undefined;
  const list: readonly StageMark['stage'][] = step.kind === 'delta' ? deltaStages : weightStages;
  const current = list.indexOf(step.stage);
  return list.map((stage, n) => ({
    stage,
    label: stageNames[stage],
    state: n < current ? 'done' : n === current ? 'current' : 'next',
  }));
}

/**
 * The chain-rule card of a step of `iteration` (whose model before the update is `model`). The lines of the steps after
 * the forward pass come with the backward formulas: until they have (see `describable`), such a card has its title.
 */
export function chainRuleCard(model: Model, iteration: Iteration, step: Step): Card {
  const pass = iteration.passes[step.element];
  const title = cardTitle(model, pass, step);
  const backward = backwardFormulas.current();
  if (step.kind === 'update') return { title, lines: backward?.updateLines(iteration, step) ?? [] };
  if (!pass) return { title, lines: [] };
  const nt = notation(step.element, batchSizeOf(pass));
  const stages = stagesOf(step);
  const withStages = (lines: Card['lines']): Card => (stages ? { title, stages, lines } : { title, lines });
  switch (step.kind) {
    case 'forward':
      return withStages(
        firstLayerStep(step)
          ? inputLines(pass, step, nt)
          : (backward?.forwardLines(model, pass, step, nt) ?? []),
      );
    case 'loss':
      return withStages(backward?.lossLines(pass, nt) ?? []);
    case 'delta':
      return withStages(backward?.deltaLines(model, pass, step, nt) ?? []);
    case 'dw':
      return withStages(backward?.weightLines(pass, step, nt) ?? []);
    case 'db':
      return withStages(backward?.biasLines(pass, step, nt) ?? []);
  }
}
