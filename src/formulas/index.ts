/**
 * The chain-rule card, the caption and the narration of each step, as data: LaTeX strings built only from numbers and
 * an allow-list of symbols (see expr.ts), never from text a person typed. Pure: no React, DOM or KaTeX here.
 */
import type { Iteration, Model } from '../engine';
import { deltaStages, weightStages, type Step } from '../timeline';
import { cardTitle } from './caption';
import type { Card, StageMark } from './card';
import { deltaLines } from './delta';
import { forwardLines } from './forward';
import { lossLines } from './loss';
import { stageNames } from './names';
import { batchSizeOf, notation } from './notation';
import { updateLines } from './update';
import { biasLines, weightLines } from './weights';

export type { Card, CardLine, LineRole, Segment, StageMark, TableRow } from './card';
export { cardTitle, stepCaption, stepLabel } from './caption';
export { narrate } from './narrate';
export { ownChoice } from './delta';
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

/** The chain-rule card of a step of `iteration` (whose model before the update is `model`). */
export function chainRuleCard(model: Model, iteration: Iteration, step: Step): Card {
  const pass = iteration.passes[step.element];
  const title = cardTitle(model, pass, step);
  if (step.kind === 'update') return { title, lines: updateLines(iteration, step) };
  if (!pass) return { title, lines: [] };
  const nt = notation(step.element, batchSizeOf(pass));
  const stages = stagesOf(step);
  const withStages = (lines: Card['lines']): Card => (stages ? { title, stages, lines } : { title, lines });
  switch (step.kind) {
    case 'forward':
      return withStages(forwardLines(model, pass, step, nt));
    case 'loss':
      return withStages(lossLines(pass, nt));
    case 'delta':
      return withStages(deltaLines(model, pass, step, nt));
    case 'dw':
      return withStages(weightLines(pass, step, nt));
    case 'db':
      return withStages(biasLines(pass, step, nt));
  }
}
