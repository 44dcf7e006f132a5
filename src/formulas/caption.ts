import type { Model, Pass } from '../engine';
import type { Step } from '../timeline';
import { tidy } from './card';
import type { Expr } from './expr';
import { elementSuffix, kindName, stageNames } from './names';
import { batchSizeOf, notation, shared, type Notation } from './notation';

/** The notation of a step's batch element. */
const notationOf = (pass: Pass | undefined, step: Step): Notation =>
  notation(step.element, pass ? batchSizeOf(pass) : 1);

/** The quantity a step computes, as a symbol: o^k_j, δ^k_i, δw^{k,j}_i, δb^k_j, loss, or the layer L^k updated. */
function subject(nt: Notation, step: Step): Expr {
  switch (step.kind) {
    case 'forward':
      return nt.o(step.k, step.j);
    case 'loss':
      return nt.loss;
    case 'delta':
      return nt.delta(step.k, step.i);
    case 'dw':
      return nt.dw(step.k, step.j, step.i);
    case 'db':
      return nt.db(step.k, step.j);
    case 'update':
      return shared.layer(step.k);
  }
}

/** The stage of a gradient step in words (" · impact paths"), empty for other steps and for 'all'. */
function stageSuffix(step: Step): string {
  if (step.kind !== 'delta' && step.kind !== 'dw' && step.kind !== 'db') return '';
  return step.stage === 'all' ? '' : ` · ${stageNames[step.stage]}`;
}

/** One plain-text line saying what the step computes: "Backward · δ³₁ · impact paths". */
export function stepCaption(model: Model, pass: Pass | undefined, step: Step): string {
  const nt = notationOf(pass, step);
  const symbol = subject(nt, step).text;
  const suffix = elementSuffix(pass, step.element);
  switch (step.kind) {
    case 'forward':
      return `Forward · layer ${step.k} (${kindName(model.layers[step.k - 1])}) · ${symbol}${suffix}`;
    case 'loss': {
      const n = model.layers.length;
      return `Loss · ${nt.loss.text} and the first learning flow ${nt.deltaAll(n + 1).text}${suffix}`;
    }
    case 'delta':
      return `Backward · ${symbol}${stageSuffix(step)}${suffix}`;
    case 'dw':
    case 'db':
      return `Weights · ${symbol}${stageSuffix(step)}${suffix}`;
    case 'update':
      return `Update · layer ${step.k} · ŵ = w − α . δw${pass && batchSizeOf(pass) > 1 ? 'ᵃᵛᵍ' : ''}`;
  }
}

/** The card's title (plain text): what is computed and where, e.g. "Learning flow δ³₁ through L³ (ReLU)". */
export function cardTitle(model: Model, pass: Pass | undefined, step: Step): string {
  const nt = notationOf(pass, step);
  const symbol = subject(nt, step).text;
  const suffix = step.kind === 'update' ? '' : elementSuffix(pass, step.element);
  const layerOf = (k: number) => `${shared.layer(k).text} (${kindName(model.layers[k - 1])})`;
  switch (step.kind) {
    case 'forward':
      return `Output ${symbol} of ${layerOf(step.k)}${suffix}`;
    case 'loss':
      return `The loss and the first learning flow ${nt.deltaAll(model.layers.length + 1).text}${suffix}`;
    case 'delta':
      return `Learning flow ${symbol} through ${layerOf(step.k)}${suffix}`;
    case 'dw':
      return `Weight gradient ${symbol} of ${layerOf(step.k)}${suffix}`;
    case 'db':
      return `Bias gradient ${symbol} of ${layerOf(step.k)}${suffix}`;
    case 'update':
      return `Gradient descent: the new weights of ${layerOf(step.k)}`;
  }
}

/** A short plain-text label of a step for events and lists: "δ^3_1 · paths", "o^2_1", "update L^2". */
export function stepLabel(step: Step): string {
  const nt = notation(step.element, 1);
  switch (step.kind) {
    case 'forward':
      return nt.o(step.k, step.j).say;
    case 'loss':
      return 'loss';
    case 'delta':
      return tidy(`${nt.delta(step.k, step.i).say}${step.stage === 'all' ? '' : ` · ${step.stage}`}`);
    case 'dw':
      return tidy(`${nt.dw(step.k, step.j, step.i).say}${step.stage === 'all' ? '' : ` · ${step.stage}`}`);
    case 'db':
      return tidy(`${nt.db(step.k, step.j).say}${step.stage === 'all' ? '' : ` · ${step.stage}`}`);
    case 'update':
      return `update ${shared.layer(step.k).say}`;
  }
}
