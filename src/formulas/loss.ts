import type { Pass } from '../engine';
import { fresh, line, note, type CardLine } from './card';
import {
  boxed,
  cat,
  comma,
  dot,
  eq,
  frac,
  glue,
  group,
  half,
  joinWith,
  lit,
  minus,
  paren,
  partial,
  plus,
  times,
  type Expr,
} from './expr';
import { batchSizeOf, type Notation } from './notation';
import { num, operand } from './numbers';

/** ½ (e)². */
const halfSquare = (e: Expr): Expr => cat(half, glue(paren(e), lit('^{2}', '²', '^2')));

/**
 * The loss and the first learning flow (spec 2.4): loss = ½ Σ_j (o^n_j − y^truth_j)² and δ^{n+1}_j = o^n_j − y^truth_j,
 * times 1/n for an element of a batch of n. Each δ^{n+1}_j line is about the path LOSS → N:n:j (term j).
 */
export function lossLines(pass: Pass, nt: Notation): CardLine[] {
  const n = pass.layers.length;
  const output = pass.layers[n - 1]?.output ?? [];
  const size = batchSizeOf(pass);
  // Grouped, so that a line too long for the card does not break inside a difference ("0 −" then "1 = −1").
  const differences = output.map((_o, j) => group(cat(nt.o(n, j), minus, nt.truth(j))));
  const numbers = output.map((o, j) => group(cat(num(o), minus, operand(pass.truth[j] ?? NaN))));
  /** (1/n) . (a − b) in a batch, a − b otherwise. */
  const scaled = (difference: Expr, product: Expr): Expr =>
    size > 1 ? group(cat(frac(lit('1'), lit(String(size))), product, paren(difference))) : difference;
  const lines: CardLine[] = [
    line('loss:symbolic', 'loss', [
      cat(
        nt.loss,
        eq,
        glue(nt.Loss, paren(cat(nt.oAll(n), comma, nt.truthAll))),
        eq,
        joinWith(plus, differences.map(halfSquare)),
      ),
    ]),
    line(
      'loss:numbers',
      'loss',
      [cat(eq, joinWith(plus, numbers.map(halfSquare)), eq, boxed(num(pass.loss)))],
      {
        continues: true,
      },
    ),
  ];
  // The first learning flow is what the step adds to the forward pass: its lines stand out, as a δ's sum does, and the
  // card's pane scrolls to them.
  output.forEach((_o, j) => {
    const difference = differences[j] ?? lit('');
    const values = numbers[j] ?? lit('');
    lines.push(
      ...fresh([
        line(
          `loss:delta:${j}`,
          'terms',
          [
            cat(
              nt.delta(n + 1, j),
              eq,
              partial(nt.propagated, nt.X(n + 1, j), cat(nt.o(n, j), comma, nt.truth(j))),
              eq,
              scaled(difference, dot),
              eq,
              scaled(values, times),
              eq,
              boxed(num(pass.lossDelta[j] ?? NaN)),
            ),
          ],
          { term: j },
        ),
      ]),
    );
  });
  // The series computes the loss of one output only (spec 8: multi-output losses are the app's extrapolation).
  if (output.length > 1)
    lines.push(
      note(
        'loss:outputs',
        `The app's own choice: the series defines the loss of one output; with ${output.length} outputs it sums one half squared error per output.`,
      ),
    );
  if (size > 1)
    lines.push(
      note(
        'loss:batch',
        `In a batch of ${size}, each element back-propagates ${nt.propagated.text} = Loss/${size}: hence the 1/${size}.`,
      ),
    );
  return lines;
}
