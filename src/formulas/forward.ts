import type { Model, Pass } from '../engine';
import type { ForwardStep } from '../timeline';
import { definition, evaluation } from './activation';
import { line, type CardLine } from './card';
import { boxed, cat, dot, eq, group, joinWith, plus, times, type Expr } from './expr';
import { activationNames, shared, type Notation } from './notation';
import { factor, num, operand } from './numbers';

/** The lines that compute o^k_j = L^k_j(o^{k-1}) (spec 2.1–2.3). */
export function forwardLines(model: Model, pass: Pass, step: ForwardStep, nt: Notation): CardLine[] {
  const { k, j } = step;
  const layer = model.layers[k - 1];
  const layerPass = pass.layers[k - 1];
  const o = nt.o(k, j);
  const value = layerPass?.output[j] ?? NaN;
  const input = layerPass?.input ?? [];
  const id = `o:${k}:${j}`;
  if (!layer) return [];
  switch (layer.kind) {
    case 'input1d':
      return [
        line(`${id}:rule`, 'rule', [cat(shared.apply(shared.layer(k), shared.Xall(k)), eq, shared.Xall(k))]),
        line(`${id}:value`, 'forward', [cat(o, eq, nt.value(k, j), eq, boxed(num(value)))]),
      ];
    case 'linear': {
      const row = layer.weights[j] ?? [];
      const bias = layer.biases?.[j];
      const withBias = (terms: Expr[], b: Expr): Expr[] => (bias === undefined ? terms : [...terms, b]);
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
