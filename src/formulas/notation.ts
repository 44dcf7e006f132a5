import type { ActivationName, Pass } from '../engine';
import { glue, int, lit, type Expr } from './expr';

/** A running index of a sum (Σ_j), written as a letter where a neuron's number would go. */
export type Running = 'i' | 'j';

/** A neuron index: a number (0-based in, 1-based out), or the running index of a sum. */
export type At = number | Running;

/** A superscript or subscript entry: an index (already 1-based), a running index, or one of the series' tags. */
type Index = number | Running | 'truth' | 'avg' | 'learning';

const superDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const subDigits = '₀₁₂₃₄₅₆₇₈₉';
/** Unicode forms of the letters as superscripts, and of the running indices as subscripts (tags never are). */
const superLetters: Readonly<Record<Exclude<Index, number>, string>> = {
  truth: 'ᵗʳᵘᵗʰ',
  avg: 'ᵃᵛᵍ',
  learning: 'ˡᵉᵃʳⁿⁱⁿᵍ',
  i: 'ⁱ',
  j: 'ʲ',
};
const subLetters: Readonly<Record<Running, string>> = { i: 'ᵢ', j: 'ⱼ' };

const texIndex = (index: Index): string =>
  typeof index === 'number' ? int(index) : index === 'i' || index === 'j' ? index : `\\mathit{${index}}`;
const plainIndex = (index: Index): string => (typeof index === 'number' ? int(index) : index);
const unicode = (index: Index, table: string): string =>
  typeof index === 'number'
    ? [...int(index)].map((c) => table[Number(c)] ?? c).join('')
    : table === superDigits
      ? superLetters[index]
      : index === 'i' || index === 'j'
        ? subLetters[index]
        : index;

/** A neuron index as printed: 1-based, or the running letter. */
const oneBased = (at: At): number | Running => (typeof at === 'number' ? at + 1 : at);

/** Σ_{index=1}^{count}: the sum over a running index. */
export function sigma(index: Running, count: number): Expr {
  return {
    tex: `\\sum_{${index}=1}^{${int(count)}}`,
    text: `Σ${unicode(index, subDigits)}₌₁${unicode(count, superDigits)}`,
    say: `the sum for ${index} from 1 to ${int(count)} of`,
  };
}

/** A symbol with indices, e.g. w^{2,1}_3: LaTeX w^{2,1}_{3}, text w²,¹₃, said w^{2,1}_3. */
function symbol(base: Expr, sup: readonly Index[], sub: readonly Index[] = []): Expr {
  const texSup = sup.length ? `^{${sup.map(texIndex).join(',')}}` : '';
  const texSub = sub.length ? `_{${sub.map(texIndex).join(',')}}` : '';
  const saySup =
    sup.length > 1 ? `^{${sup.map(plainIndex).join(',')}}` : sup.length ? `^${plainIndex(sup[0] ?? 0)}` : '';
  const saySub = sub.length ? `_${sub.map(plainIndex).join(',')}` : '';
  return {
    tex: `${base.tex}${texSup}${texSub}`,
    text:
      base.text +
      sup.map((s) => unicode(s, superDigits)).join(',') +
      sub.map((s) => unicode(s, subDigits)).join('‚'),
    say: `${base.say}${saySup}${saySub}`,
  };
}

/** The printed name of each activation function (never the model's text). */
export const activationNames: Readonly<Record<ActivationName, Expr>> = {
  relu: lit('\\mathrm{ReLU}', 'ReLU'),
  leakyRelu: lit('\\mathrm{leaky\\ ReLU}', 'leaky ReLU'),
  logistic: lit('\\mathrm{Logistic}', 'Logistic'),
  heaviside: lit('\\mathrm{Heaviside}', 'Heaviside'),
  tanh: lit('\\tanh', 'tanh'),
  identity: lit('\\mathrm{identity}', 'identity'),
};

/** The batch size n of a pass: 1 for a single sample, n when the pass back-propagates Loss/n. */
export const batchSizeOf = (pass: Pass): number => Math.max(1, Math.round(1 / pass.scale));

/**
 * The symbols of one card, indices 0-based in, 1-based out. In a batch of n > 1 elements every per-element quantity
 * carries the element e as the last superscript, as the series writes o^{3,1} and δ^{4,2}; weights are shared.
 */
export interface Notation {
  /** The batch element e (1-based), or undefined for a single sample. */
  readonly element: number | undefined;
  readonly o: (k: number, j: At) => Expr;
  readonly delta: (k: number, i: At) => Expr;
  /** δ^k, the whole learning flow at X^k. */
  readonly deltaAll: (k: number) => Expr;
  readonly X: (k: number, i: At) => Expr;
  readonly data: (i: At) => Expr;
  /** o^{k-1}_i, the value of X^k_i: the data for k = 1. */
  readonly value: (k: number, i: At) => Expr;
  readonly truth: (j: number) => Expr;
  /** o^k, the whole output of L^k. */
  readonly oAll: (k: number) => Expr;
  /** y^truth, the whole expected output. */
  readonly truthAll: Expr;
  readonly loss: Expr;
  readonly Loss: Expr;
  /** What the learning flow is the derivative of: Loss, or Loss^{learning} = Loss/n in a batch (spec 2.4). */
  readonly propagated: Expr;
  readonly dw: (k: number, j: number, i: number) => Expr;
  readonly db: (k: number, j: number) => Expr;
  /** δw^{k,j,avg}_i, the sum over the batch used by the update. */
  readonly dwAvg: (k: number, j: number, i: number) => Expr;
  readonly dbAvg: (k: number, j: number) => Expr;
  /** δw^{k,j,e}_i of another element e (0-based) of the batch. */
  readonly dwOf: (e: number, k: number, j: number, i: number) => Expr;
  readonly dbOf: (e: number, k: number, j: number) => Expr;
}

/** The notation of a card for batch element `element` (0-based) of a batch of `n`. */
export function notation(element: number, n: number): Notation {
  const e: Index[] = n > 1 ? [element + 1] : [];
  const data = (i: At) => symbol(lit('\\mathit{data}', 'data'), e, [oneBased(i)]);
  const o = (k: number, j: At) => symbol(lit('o'), [k, ...e], [oneBased(j)]);
  const Loss = lit('\\mathit{Loss}', 'Loss');
  const dwBase = lit('\\delta w', 'δw');
  const dbBase = lit('\\delta b', 'δb');
  return {
    element: n > 1 ? element + 1 : undefined,
    o,
    delta: (k, i) => symbol(lit('\\delta', 'δ'), [k, ...e], [oneBased(i)]),
    deltaAll: (k) => symbol(lit('\\delta', 'δ'), [k, ...e]),
    X: (k, i) => symbol(lit('X'), [k, ...e], [oneBased(i)]),
    data,
    value: (k, i) => (k <= 1 ? data(i) : o(k - 1, i)),
    truth: (j) => symbol(lit('y'), ['truth', ...e], [j + 1]),
    oAll: (k) => symbol(lit('o'), [k, ...e]),
    truthAll: symbol(lit('y'), ['truth', ...e]),
    loss: symbol(lit('\\mathit{loss}', 'loss'), e),
    Loss,
    propagated: n > 1 ? symbol(Loss, ['learning']) : Loss,
    dw: (k, j, i) => symbol(dwBase, [k, j + 1, ...e], [i + 1]),
    db: (k, j) => symbol(dbBase, [k, ...e], [j + 1]),
    dwAvg: (k, j, i) => symbol(dwBase, [k, j + 1, 'avg'], [i + 1]),
    dbAvg: (k, j) => symbol(dbBase, [k, 'avg'], [j + 1]),
    dwOf: (other, k, j, i) => symbol(dwBase, [k, j + 1, other + 1], [i + 1]),
    dbOf: (other, k, j) => symbol(dbBase, [k, other + 1], [j + 1]),
  };
}

/** Symbols shared by every element: weights, biases, layers and the learning rate. */
export const shared = {
  w: (k: number, j: At, i: At): Expr => symbol(lit('w'), [k, oneBased(j)], [oneBased(i)]),
  W: (k: number, j: At, i: At): Expr => symbol(lit('W'), [k, oneBased(j)], [oneBased(i)]),
  b: (k: number, j: At): Expr => symbol(lit('b'), [k], [oneBased(j)]),
  B: (k: number, j: number): Expr => symbol(lit('B'), [k], [j + 1]),
  wHat: (k: number, j: number, i: number): Expr => symbol(lit('\\hat{w}', 'ŵ'), [k, j + 1], [i + 1]),
  bHat: (k: number, j: number): Expr => symbol(lit('\\hat{b}', 'b̂'), [k], [j + 1]),
  /** L^k_j, output j of layer k (as a function). */
  L: (k: number, j: At): Expr => symbol(lit('L'), [k], [oneBased(j)]),
  /** L^k, the whole layer. */
  layer: (k: number): Expr => symbol(lit('L'), [k]),
  /** X^k, the whole input variable of L^k. */
  Xall: (k: number): Expr => symbol(lit('X'), [k]),
  alpha: lit('\\alpha', 'α'),
  /** x applied to f: f(x). */
  apply: (f: Expr, x: Expr): Expr => glue(f, lit('('), x, lit(')')),
};
