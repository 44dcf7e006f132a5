import type { Model, Pass } from '../engine';
import type { ForwardStep } from '../timeline';
import { definition, evaluation } from './activation';
import { line, maxWritten, table, type CardLine } from './card';
import { boxed, cat, dot, eq, group, int, joinWith, lit, plus, times, type Expr } from './expr';
import { activationNames, shared, sigma, type Notation } from './notation';
import { inputLines } from './input';
import { factor, num, operand } from './numbers';

/** The lines that compute o^k_j = L^k_j(o^{k-1}) (spec 2.1–2.3). */
export function forwardLines(model: Model, pass: Pass, step: ForwardStep, nt: Notation): CardLine[] {
  const { k, j } = step;
  const layer = model.layers[k - 1];
  const layerPass = pass.layers[k - 1];
  const o = nt.o(k, j);
  const value = layerPass?.output[j] ?? NaN;
  const input = layerPass?.input ?? [];
  // One key per layer, not per neuron: the card keeps its lines (and its table's rows) from one neuron to the next,
  // and only what differs is drawn again.
  const id = `o:${k}`;
  if (!layer) return [];
  switch (layer.kind) {
    case 'input1d':
      return inputLines(pass, step, nt);
    case 'linear': {
      const row = layer.weights[j] ?? [];
      const bias = layer.biases?.[j];
      const withBias = (terms: Expr[], b: Expr): Expr[] => (bias === undefined ? terms : [...terms, b]);
      if (row.length > maxWritten) return wideLinearLines({ id, o, row, input, bias, value, k, j }, nt);
      const symbolic = row.map((_w, i) => group(cat(shared.w(k, j, i), dot, nt.value(k, i))));
      const numeric = row.map((w, i) => group(cat(factor(w), times, factor(input[i] ?? NaN))));
      return [
        line(`${id}:symbolic`, 'forward', [cat(o, eq, joinWith(plus, withBias(symbolic, shared.b(k, j))))]),
        line(`${id}:numbers`, 'forward', [cat(eq, joinWith(plus, withBias(numeric, operand(bias ?? NaN))))], {
          continues: true,
        }),
        line(`${id}:value`, 'sum', [cat(eq, boxed(num(value)))], { continues: true }),
      ];
    }
    case 'activation': {
      const f = activationNames[layer.activation];
      const x = input[j] ?? NaN;
      const X = nt.X(k, j);
      const result = evaluation(layer.activation, x, value, nt.value(k, j), o);
      return [
        line(`${id}:rule`, 'rule', [cat(shared.apply(f, X), eq, definition(layer.activation, X))]),
        line(`${id}:apply`, 'forward', [
          cat(o, eq, shared.apply(f, nt.value(k, j)), eq, shared.apply(f, num(x))),
        ]),
        line(`${id}:value`, 'sum', [result.expr], { continues: result.continues }),
      ];
    }
  }
}

/** Output j of a Linear layer L^k in a pass: its symbol, weights w^{k,j}, inputs o^{k-1}, bias and value. */
interface LinearNeuron {
  readonly id: string;
  readonly o: Expr;
  readonly row: readonly number[];
  readonly input: readonly number[];
  readonly bias: number | undefined;
  readonly value: number;
  readonly k: number;
  readonly j: number;
}

/**
 * o^k_j of a wide Linear layer: o^k_j = Σ_i w^{k,j}_i . o^{k-1}_i + b^k_j, its weights and inputs in a table (one row
 * per input i), then the value.
 */
function wideLinearLines(neuron: LinearNeuron, nt: Notation): CardLine[] {
  const { id, o, row, input, bias, value, k, j } = neuron;
  const sum = cat(sigma('i', row.length), shared.w(k, j, 'i'), dot, nt.value(k, 'i'));
  const withBias = (terms: Expr, b: Expr): Expr => (bias === undefined ? terms : cat(terms, plus, b));
  const numeric = cat(sigma('i', row.length), shared.w(k, j, 'i'), times, nt.value(k, 'i'));
  return [
    line(`${id}:symbolic`, 'forward', [cat(o, eq, withBias(sum, shared.b(k, j)))]),
    table(`${id}:terms`, 'forward', [
      { header: lit('i'), cells: row.map((_w, i) => lit(int(i + 1))) },
      { header: shared.w(k, j, 'i'), cells: row.map((w) => num(w)) },
      { header: nt.value(k, 'i'), cells: row.map((_w, i) => num(input[i] ?? NaN)) },
    ]),
    line(`${id}:value`, 'sum', [cat(eq, withBias(numeric, operand(bias ?? NaN)), eq, boxed(num(value)))], {
      continues: true,
    }),
  ];
}
