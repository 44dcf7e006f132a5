import type { Gradient, Pass } from '../engine';
import type { BiasStep, Stage, WeightStep } from '../timeline';
import { fresh, line, termPart, type CardLine } from './card';
import { boxed, cat, dot, eq, group, partial, question, times, words, lit, type Expr } from './expr';
import { shared, type Notation } from './notation';
import { factor, num } from './numbers';

/** What differs between δw^{k,j}_i and δb^k_j; both have a single impact path, through L^k_j (spec 2.2). */
interface Subject {
  readonly id: string;
  /** δw^{k,j}_i or δb^k_j. */
  readonly gradientSymbol: Expr;
  /** What it is the derivative of: Loss, or Loss^{learning} in a batch. */
  readonly loss: Expr;
  /** W^{k,j}_i or B^k_j, the variable. */
  readonly variable: Expr;
  /** w^{k,j}_i or b^k_j, its stored value. */
  readonly value: Expr;
  /** ∂L^k_j/∂W^{k,j}_i = X^k_i or ∂L^k_j/∂B^k_j = 1, as the line that says it. */
  readonly rule: Expr;
  /** o^{k-1}_i or 1, the local derivative in the chain-rule term. */
  readonly localSymbol: Expr;
  readonly gradient: Gradient;
  /** δ^{k+1}_j. */
  readonly future: Expr;
  readonly j: number;
  readonly k: number;
}

/** The lines of a single-path gradient up to `stage` (goal, terms, sum), or all at once. */
function singlePathLines(s: Subject, stage: Stage): CardLine[] {
  const term = s.gradient.terms[0];
  if (!term) return [];
  const chain = cat(s.future, dot, s.localSymbol);
  const numbers = group(cat(factor(term.futureDelta), times, factor(term.local.value)));
  const goal = [
    line(`${s.id}:goal`, 'goal', [
      cat(s.gradientSymbol, eq, partial(s.loss, s.variable, s.value), eq, question),
    ]),
    line(
      `${s.id}:path`,
      'paths',
      [
        cat(
          s.variable,
          words(' impacts only '),
          shared.L(s.k, s.j),
          words(', which impacts the '),
          lit('\\mathit{Loss}', 'Loss'),
        ),
      ],
      { term: 0 },
    ),
  ];
  const terms = [
    line(`${s.id}:local`, 'local', [s.rule], { term: 0 }),
    line(`${s.id}:term`, 'terms', [cat(chain, eq, numbers, eq, num(term.product))], { term: 0 }),
  ];
  const sum = [
    line(`${s.id}:sum`, 'sum', [
      cat(s.gradientSymbol, eq),
      termPart(chain, 0),
      cat(eq, boxed(num(s.gradient.value))),
    ]),
  ];
  switch (stage) {
    case 'goal':
      return fresh(goal);
    case 'terms':
      return [...goal, ...fresh(terms)];
    case 'sum':
      return [...goal, ...terms, ...fresh(sum)];
    default:
      return [
        line(`${s.id}:formula`, 'formula', [
          cat(s.gradientSymbol, eq, partial(s.loss, s.variable, s.value), eq),
          termPart(chain, 0),
        ]),
        line(`${s.id}:numbers`, 'sum', [eq, termPart(numbers, 0), cat(eq, boxed(num(s.gradient.value)))], {
          continues: true,
        }),
      ];
  }
}

/** δw^{k,j}_i = δ^{k+1}_j . o^{k-1}_i (spec 2.2): W^{k,j}_i impacts only L^k_j. */
export function weightLines(pass: Pass, step: WeightStep, nt: Notation): CardLine[] {
  const { k, j, i, stage } = step;
  const gradient = pass.layers[k - 1]?.dw?.[j]?.[i];
  if (!gradient) return [];
  const input = nt.value(k, i);
  const x = pass.layers[k - 1]?.input[i] ?? NaN;
  // Keys per layer, as for δ: the card keeps its lines from one weight to the next.
  return singlePathLines(
    {
      id: `dw:${k}`,
      gradientSymbol: nt.dw(k, j, i),
      loss: nt.propagated,
      variable: shared.W(k, j, i),
      value: shared.w(k, j, i),
      rule: cat(
        partial(shared.L(k, j), shared.W(k, j, i)),
        eq,
        nt.X(k, i),
        words(', here '),
        group(cat(input, eq, num(x))),
      ),
      localSymbol: input,
      gradient,
      future: nt.delta(k + 1, j),
      j,
      k,
    },
    stage,
  );
}

/** δb^k_j = δ^{k+1}_j . 1 (spec 2.2): B^k_j impacts only L^k_j. */
export function biasLines(pass: Pass, step: BiasStep, nt: Notation): CardLine[] {
  const { k, j, stage } = step;
  const gradient = pass.layers[k - 1]?.db?.[j];
  if (!gradient) return [];
  return singlePathLines(
    {
      id: `db:${k}`,
      gradientSymbol: nt.db(k, j),
      loss: nt.propagated,
      variable: shared.B(k, j),
      value: shared.b(k, j),
      rule: cat(partial(shared.L(k, j), shared.B(k, j)), eq, lit('1')),
      localSymbol: lit('1'),
      gradient,
      future: nt.delta(k + 1, j),
      j,
      k,
    },
    stage,
  );
}
