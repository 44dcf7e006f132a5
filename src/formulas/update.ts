import type { Iteration, LayerGradients, LinearLayer } from '../engine';
import type { UpdateStep } from '../timeline';
import { line, maxWritten, note, table, type CardLine } from './card';
import {
  boxed,
  cat,
  comma,
  dot,
  eq,
  group,
  joinWith,
  lit,
  minus,
  plus,
  times,
  words,
  type Expr,
} from './expr';
import { notation, shared } from './notation';
import { factor, num, operand } from './numbers';

/**
 * Gradient descent on L^k (spec 1.4, 2.4): ŵ = w − α . δw for every weight and bias, with δw^{k,avg} = Σ_e δw^{k,e}
 * in a batch (the elements' δw already carry the 1/n).
 */
export function updateLines(iteration: Iteration, step: UpdateStep): CardLine[] {
  const { k } = step;
  const before = iteration.before.layers[k - 1];
  const after = iteration.after.layers[k - 1];
  const gradients = iteration.gradients.find((g) => g.k === k);
  if (before?.kind !== 'linear' || after?.kind !== 'linear' || !gradients) return [];
  const n = iteration.passes.length;
  const batch = n > 1;
  const nt = notation(0, 1);
  const alpha = iteration.before.learningRate;
  /** δw, or δw^avg in a batch: the gradient the update uses. */
  const gradientSymbol = batch ? lit('\\delta w^{\\mathit{avg}}', 'δwᵃᵛᵍ', 'δw^avg') : lit('\\delta w', 'δw');
  const lines: CardLine[] = [
    line('update:rule', 'rule', [
      cat(
        lit('\\hat{w}', 'ŵ'),
        eq,
        lit('w'),
        minus,
        shared.alpha,
        dot,
        gradientSymbol,
        comma,
        shared.alpha,
        eq,
        num(alpha),
      ),
    ]),
  ];
  /** One parameter: its average over the batch (in a batch), then its update. */
  const parameter = (
    id: string,
    symbols: { hat: Expr; value: Expr; gradient: Expr; elements: (e: number) => Expr },
    values: { before: number; gradient: number; after: number; elements: (e: number) => number },
  ) => {
    if (batch) {
      const elements = iteration.passes.map((_p, e) => values.elements(e));
      // The numbers go on a row of their own, as an update's do: the sum breaks at its "=", never inside.
      lines.push(
        line(`${id}:avg`, 'sum', [
          cat(
            symbols.gradient,
            eq,
            joinWith(
              plus,
              iteration.passes.map((_p, e) => symbols.elements(e)),
            ),
          ),
        ]),
        line(
          `${id}:avg:numbers`,
          'sum',
          [
            cat(
              eq,
              joinWith(
                plus,
                elements.map((v, e) => (e === 0 ? num(v) : operand(v))),
              ),
              eq,
              num(values.gradient),
            ),
          ],
          { continues: true },
        ),
      );
    }
    lines.push(
      line(`${id}:update`, 'update', [
        cat(symbols.hat, eq, symbols.value, minus, shared.alpha, dot, symbols.gradient),
      ]),
      line(
        `${id}:numbers`,
        'update',
        [
          cat(
            eq,
            group(cat(num(values.before), minus, factor(alpha), times, factor(values.gradient))),
            eq,
            boxed(num(values.after)),
          ),
        ],
        { continues: true },
      ),
    );
  };
  // A wide layer's parameters go in a table, one row each; a small one's are written out one by one.
  if (before.weights.length > maxWritten || (before.weights[0]?.length ?? 0) > maxWritten)
    lines.push(parameterTable(k, before, after, gradients, gradientSymbol));
  else {
    before.weights.forEach((row, j) =>
      row.forEach((w, i) =>
        parameter(
          `update:w:${k}:${j}:${i}`,
          {
            hat: shared.wHat(k, j, i),
            value: shared.w(k, j, i),
            gradient: batch ? nt.dwAvg(k, j, i) : nt.dw(k, j, i),
            elements: (e) => nt.dwOf(e, k, j, i),
          },
          {
            before: w,
            gradient: gradients.dw[j]?.[i] ?? NaN,
            after: after.weights[j]?.[i] ?? NaN,
            elements: (e) => iteration.passes[e]?.layers[k - 1]?.dw?.[j]?.[i]?.value ?? NaN,
          },
        ),
      ),
    );
    before.biases?.forEach((b, j) =>
      parameter(
        `update:b:${k}:${j}`,
        {
          hat: shared.bHat(k, j),
          value: shared.b(k, j),
          gradient: batch ? nt.dbAvg(k, j) : nt.db(k, j),
          elements: (e) => nt.dbOf(e, k, j),
        },
        {
          before: b,
          gradient: gradients.db?.[j] ?? NaN,
          after: after.biases?.[j] ?? NaN,
          elements: (e) => iteration.passes[e]?.layers[k - 1]?.db?.[j]?.value ?? NaN,
        },
      ),
    );
  }
  if (batch)
    lines.push(
      note('update:batch', `One update for the whole batch of ${n}: the elements' deltas are added.`),
    );
  return lines;
}

/** The parameters of a wide layer L^k in a table: each weight and bias with its value, its gradient and its new value. */
function parameterTable(
  k: number,
  before: LinearLayer,
  after: LinearLayer,
  gradients: LayerGradients,
  gradientSymbol: Expr,
): CardLine {
  const rows = [
    ...before.weights.flatMap((row, j) =>
      row.map((w, i) => ({
        symbol: shared.w(k, j, i),
        value: w,
        gradient: gradients.dw[j]?.[i] ?? NaN,
        updated: after.weights[j]?.[i] ?? NaN,
      })),
    ),
    ...(before.biases ?? []).map((b, j) => ({
      symbol: shared.b(k, j),
      value: b,
      gradient: gradients.db?.[j] ?? NaN,
      updated: after.biases?.[j] ?? NaN,
    })),
  ];
  return table('update:table', 'update', [
    { header: words('parameter'), cells: rows.map((row) => row.symbol) },
    { header: lit('w'), cells: rows.map((row) => num(row.value)) },
    { header: gradientSymbol, cells: rows.map((row) => num(row.gradient)) },
    { header: lit('\\hat{w}', 'ŵ'), cells: rows.map((row) => num(row.updated)) },
  ]);
}
