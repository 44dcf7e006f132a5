/** Every step read aloud, for the aria-live region (loaded with the backward formulas, after the first frame). */
import {
  activations,
  type Gradient,
  type ImpactTerm,
  type Iteration,
  type Model,
  type Pass,
} from '../engine';
import type { BiasStep, DeltaStep, ForwardStep, UpdateStep, WeightStep } from '../timeline';
import { batchSizeOf, shared, type Notation } from './notation';
import { factor, num, operand } from './numbers';
import { kindName } from './names';

/** A value as read aloud: −0.005, 2000, 1.5 × 10^-7. */
const say = (value: number): string => num(value).say;
/** A value inside a spoken product: (−1). */
const sayFactor = (value: number): string => factor(value).say;

/** At most this many products are read out in a sum; longer sums are summarised. */
const readableTerms = 4;

/** "a, b and c". */
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** A forward step, read aloud. */
export function forwardSaid(model: Model, pass: Pass, step: ForwardStep, nt: Notation): string {
  const { k, j } = step;
  const layer = model.layers[k - 1];
  const layerPass = pass.layers[k - 1];
  const o = nt.o(k, j).say;
  const value = say(layerPass?.output[j] ?? NaN);
  const head = `Forward, layer ${k} (${kindName(layer)}): `;
  if (!layer || !layerPass) return head;
  switch (layer.kind) {
    case 'input1d':
      return `${head}the layer stores the data, ${o} = ${nt.value(k, j).say} = ${value}.`;
    case 'linear': {
      const row = layer.weights[j] ?? [];
      const bias = layer.biases?.[j];
      if (row.length > readableTerms)
        return `${head}${o} is the sum of the ${row.length} values o^${k - 1} times their weights w^{${k},${j + 1}}${bias === undefined ? '' : ', plus the bias'}, ${o} = ${value}.`;
      const products = row.map((w, i) => `${sayFactor(w)} * ${sayFactor(layerPass.input[i] ?? NaN)}`);
      const withBias = bias === undefined ? products : [...products, operand(bias).say];
      return `${head}${o} = ${withBias.join(' + ')} = ${value}.`;
    }
    case 'activation': {
      const x = layerPass.input[j] ?? NaN;
      const f = activations[layer.activation].label;
      const input = nt.value(k, j).say;
      const test =
        layer.activation === 'relu' || layer.activation === 'leakyRelu' || layer.activation === 'heaviside'
          ? `${input} = ${say(x)} is ${x >= 0 ? '≥' : '<'} 0, so `
          : '';
      return `${head}${test}${o} = ${f}(${say(x)}) = ${value}.`;
    }
  }
}

/** The symbol of the local derivative in a chain-rule term, read aloud. */
function localSaid(nt: Notation, k: number, i: number, term: ImpactTerm): string {
  switch (term.local.kind) {
    case 'weight':
      return shared.w(k, term.output, i).say;
    case 'input':
      return nt.value(k, i).say;
    case 'one':
      return '1';
    case 'activation':
      return `∂L^${k}_${term.output + 1}/∂X^${k}_${i + 1}`;
  }
}

/** "(−1) * 0.005 + 0.5 * 2 = v" or, for long sums, "the sum of the 16 chain-rule terms, v". */
function numbers(gradient: Gradient): string {
  if (gradient.terms.length > readableTerms)
    return `the sum of ${gradient.terms.length} chain-rule terms, ${say(gradient.value)}`;
  const products = gradient.terms.map(
    (term) => `${sayFactor(term.futureDelta)} * ${sayFactor(term.local.value)}`,
  );
  return `${products.join(' + ')} = ${say(gradient.value)}`;
}

/** The loss step, read aloud. */
export function lossSaid(pass: Pass, nt: Notation): string {
  const n = pass.layers.length;
  const size = batchSizeOf(pass);
  const output = pass.layers[n - 1]?.output ?? [];
  const flows = output.map((o, j) => {
    const difference = `${say(o)} − ${operand(pass.truth[j] ?? NaN).say}`;
    const scaled = size > 1 ? `1/${size} * (${difference})` : difference;
    return `${nt.delta(n + 1, j).say} = ${nt.o(n, j).say} − ${nt.truth(j).say}${size > 1 ? ` times 1/${size}` : ''} = ${scaled} = ${say(pass.lossDelta[j] ?? NaN)}`;
  });
  return `Loss: ${nt.loss.say} = ${say(pass.loss)}. The learning flow starts at the loss: ${list(flows)}.`;
}

/** A δ step, read aloud. */
export function deltaSaid(model: Model, pass: Pass, step: DeltaStep, nt: Notation): string {
  const { k, i, stage } = step;
  const layer = model.layers[k - 1];
  const layerPass = pass.layers[k - 1];
  const gradient = layerPass?.delta[i];
  if (!layerPass || !gradient) return '';
  const delta = nt.delta(k, i).say;
  const X = nt.X(k, i).say;
  const at = nt.value(k, i).say;
  const x = layerPass.input[i] ?? NaN;
  const head = `Backward, layer ${k}: `;
  const relu = layer?.kind === 'activation' && layer.activation === 'relu';
  const outputs = gradient.terms.map((term) => shared.L(k, term.output).say);
  const count = `${gradient.terms.length} impact path${gradient.terms.length === 1 ? '' : 's'}`;
  const reluSum =
    x >= 0
      ? `${delta} equals ${nt.delta(k + 1, i).say} because ${at} = ${say(x)} is ≥ 0, so ${delta} = ${say(gradient.value)}.`
      : `${at} = ${say(x)} is < 0, so ReLU blocks the learning flow: ${delta} = 0.`;
  switch (stage) {
    case 'goal':
      return `${head}the goal is ${delta} = ∂Loss/∂${X} at ${at} = ${say(x)}.`;
    case 'paths':
      return `${head}${X} impacts ${list(outputs)}, which impact${outputs.length === 1 ? 's' : ''} the Loss: ${count}.`;
    case 'formula': {
      const said = gradient.terms.map(
        (term) => `${nt.delta(k + 1, term.output).say} . ∂L^${k}_${term.output + 1}/∂${X}(${at})`,
      );
      const formula = said.length <= readableTerms ? `: ${delta} = ${said.join(' + ')}` : '';
      return `${head}${delta} is the sum over the ${count} of the future learning flow times the local derivative${formula}.`;
    }
    case 'local': {
      const locals = gradient.terms.map((term) => {
        const { local } = term;
        if (local.kind === 'weight')
          return `∂L^${k}_${term.output + 1}/∂${X} is the weight ${localSaid(nt, k, i, term)} = ${say(local.value)}`;
        if (local.kind !== 'activation') return `∂L^${k}_${term.output + 1}/∂${X} is 1`;
        const f = activations[local.activation];
        const rule =
          local.activation === 'relu'
            ? `1 if ${at} ≥ 0 else 0; ${at} = ${say(x)} is ${x >= 0 ? '≥' : '<'} 0, so it is ${say(local.value)}`
            : `${say(local.value)} at ${at} = ${say(x)}`;
        return `the local derivative of ${f.label} is ${rule}${f.derivativeFromSeries ? '' : " (the app's own choice: the series does not derive it)"}`;
      });
      return `${head}${locals.join('; ')}.`;
    }
    case 'terms': {
      const said = gradient.terms.map(
        (term) =>
          `${nt.delta(k + 1, term.output).say} . ${localSaid(nt, k, i, term)} = ${sayFactor(term.futureDelta)} * ${sayFactor(term.local.value)} = ${say(term.product)}`,
      );
      return `${head}chain-rule term${said.length === 1 ? '' : 's'}: ${said.slice(0, readableTerms).join('; ')}${said.length > readableTerms ? `; and ${said.length - readableTerms} more` : ''}.`;
    }
    case 'sum':
    case 'all':
      return relu ? `${head}${reluSum}` : `${head}${delta} = ${numbers(gradient)}.`;
  }
}

/** A δw or δb step, read aloud. */
export function weightSaid(pass: Pass, step: WeightStep | BiasStep, nt: Notation): string {
  const { k, j, stage } = step;
  const isWeight = step.kind === 'dw';
  const gradient = isWeight ? pass.layers[k - 1]?.dw?.[j]?.[step.i] : pass.layers[k - 1]?.db?.[j];
  const term = gradient?.terms[0];
  if (!gradient || !term) return '';
  const symbol = isWeight ? nt.dw(k, j, step.i).say : nt.db(k, j).say;
  const variable = isWeight ? shared.W(k, j, step.i).say : shared.B(k, j).say;
  const local = isWeight ? nt.value(k, step.i).say : '1';
  const future = nt.delta(k + 1, j).say;
  const head = `Weights, layer ${k}: `;
  const chain = `${future} . ${local} = ${sayFactor(term.futureDelta)} * ${sayFactor(term.local.value)} = ${say(term.product)}`;
  switch (stage) {
    case 'goal':
      return `${head}the goal is ${symbol} = ∂Loss/∂${variable}. ${variable} impacts only ${shared.L(k, j).say}, which impacts the Loss: 1 impact path.`;
    case 'terms':
      return `${head}the local derivative is ${isWeight ? `${nt.X(k, step.i).say}, of value ${local} = ${say(term.local.value)}` : '1'}; the chain-rule term is ${chain}.`;
    default:
      return `${head}${symbol} = ${chain}.`;
  }
}

/** An update step, read aloud. */
export function updateSaid(iteration: Iteration, step: UpdateStep): string {
  const { k } = step;
  const after = iteration.after.layers[k - 1];
  if (after?.kind !== 'linear') return '';
  const batch = iteration.passes.length > 1;
  const values = after.weights.flatMap((row, j) =>
    row.map((w, i) => `${shared.wHat(k, j, i).say} = ${say(w)}`),
  );
  const biases = (after.biases ?? []).map((b, j) => `${shared.bHat(k, j).say} = ${say(b)}`);
  const all = [...values, ...biases];
  const shown = all.slice(0, readableTerms);
  const more = all.length > shown.length ? `, and ${all.length - shown.length} more` : '';
  return `Update, layer ${k}: gradient descent, ŵ = w − α . δw${batch ? '^avg, summed over the batch' : ''}, with α = ${say(iteration.before.learningRate)}: ${shown.join(', ')}${more}.`;
}
