import { activations, type ImpactTerm, type Model, type Pass } from '../engine';
import { deltaStages, type DeltaStep, type Stage } from '../timeline';
import { signTest } from './activation';
import { derivativeEvaluation, derivativeRule } from './derivative';
import { fresh, line, note, termPart, type CardLine, type Part } from './card';
import {
  boxed,
  cat,
  dot,
  eq,
  group,
  ifElse,
  geq,
  partial,
  plus,
  times,
  words,
  zero,
  lit,
  type Expr,
} from './expr';
import { at, goal, variable, type Context } from './deltaContext';
import { shared, type Notation } from './notation';
import { isWide, wideLines } from './wideDelta';
import { factor, num, operand } from './numbers';

/** The note on derivatives the series does not derive (spec 8). */
export const ownChoice = "The app's own choice: the series does not derive it.";

/** ∂L^k_j/∂X^k_i, evaluated at o^{k-1}_i when `evaluated`. */
const local = (c: Context, term: ImpactTerm, evaluated: boolean): Expr =>
  partial(shared.L(c.k, term.output), variable(c), evaluated ? at(c) : undefined);

/** The local derivative as the chain-rule term writes it: w^{k,j}_i, 1, or ∂L^k_i/∂X^k_i(o^{k-1}_i). */
function localSymbol(c: Context, term: ImpactTerm): Expr {
  switch (term.local.kind) {
    case 'weight':
      return shared.w(c.k, term.output, c.i);
    case 'one':
      return lit('1');
    case 'input':
      return at(c);
    case 'activation':
      return local(c, term, true);
  }
}

/** δ^{k+1}_j of a term's output. */
const future = (c: Context, term: ImpactTerm) => c.nt.delta(c.k + 1, term.output);

/** Each term as a part linked to its path, joined by +. */
function sumOf(terms: readonly ImpactTerm[], piece: (term: ImpactTerm, n: number) => Expr): (Expr | Part)[] {
  const parts: (Expr | Part)[] = [];
  terms.forEach((term, n) => {
    if (n > 0) parts.push(plus);
    parts.push(termPart(piece(term, n), n));
  });
  return parts;
}

/** The activation of L^k when it is one. */
const activationOf = (c: Context) => {
  const layer = c.model.layers[c.k - 1];
  return layer?.kind === 'activation' ? layer.activation : undefined;
};

/** Paths: "X^k_i impacts L^k_j, which impacts the Loss", one line per path. */
const paths = (c: Context): CardLine[] =>
  c.gradient.terms.map((term, n) =>
    line(
      `${c.id}:path:${n}`,
      'paths',
      [
        cat(
          variable(c),
          words(' impacts '),
          shared.L(c.k, term.output),
          words(', which impacts the '),
          c.nt.Loss,
        ),
      ],
      { term: n },
    ),
  );

/** The impact formula: δ^k_i = Σ_j δ^{k+1}_j . ∂L^k_j/∂X^k_i(o^{k-1}_i), one term per path. */
const formula = (c: Context): CardLine =>
  line(`${c.id}:formula`, 'formula', [
    cat(c.nt.delta(c.k, c.i), eq),
    ...sumOf(c.gradient.terms, (term) => cat(future(c, term), dot, local(c, term, true))),
  ]);

/** The local derivative of each path, symbolic then at the stored values. */
function locals(c: Context, compact: boolean): CardLine[] {
  const name = activationOf(c);
  return c.gradient.terms.flatMap((term, n): CardLine[] => {
    const id = `${c.id}:local:${n}`;
    switch (term.local.kind) {
      case 'weight': {
        const w = shared.w(c.k, term.output, c.i);
        const rule = cat(local(c, term, false), eq, shared.W(c.k, term.output, c.i));
        return [
          line(id, 'local', [cat(rule, words(', here '), group(cat(w, eq, num(term.local.value))))], {
            term: n,
          }),
        ];
      }
      case 'one':
      case 'input':
        return [
          line(
            id,
            'local',
            [
              cat(
                local(c, term, false),
                eq,
                lit('1'),
                words(' since '),
                shared.apply(shared.layer(c.k), shared.Xall(c.k)),
                eq,
                shared.Xall(c.k),
              ),
            ],
            {
              term: n,
            },
          ),
        ];
      case 'activation': {
        if (!name) return [];
        const { x, y, value } = term.local;
        const evaluated = cat(
          local(c, term, true),
          eq,
          derivativeEvaluation(name, x, y, value, at(c), c.nt.o(c.k, c.i)),
        );
        const lines = [
          ...(compact
            ? []
            : [
                line(
                  `${id}:rule`,
                  'local',
                  [cat(local(c, term, false), eq, derivativeRule(name, variable(c)))],
                  { term: n },
                ),
              ]),
          line(id, 'local', [evaluated], { term: n }),
        ];
        if (name === 'relu' && !compact)
          lines.push(
            line(`${id}:relu`, 'local', [
              cat(
                words('so '),
                c.nt.delta(c.k, c.i),
                eq,
                ifElse(future(c, term), cat(at(c), geq, zero), zero),
              ),
            ]),
          );
        if (!activations[name].derivativeFromSeries) lines.push(note(`${id}:note`, ownChoice));
        return lines;
      }
    }
  });
}

/** The chain-rule term of each path with numbers: δ^{k+1}_j . w^{k,j}_i = (−1) * 0.005 = −0.005. */
const terms = (c: Context): CardLine[] =>
  c.gradient.terms.map((term, n) =>
    line(
      `${c.id}:term:${n}`,
      'terms',
      [
        cat(
          future(c, term),
          dot,
          localSymbol(c, term),
          eq,
          group(cat(factor(term.futureDelta), times, factor(term.local.value))),
          eq,
          num(term.product),
        ),
      ],
      { term: n },
    ),
  );

/** The ReLU result with its test: "o^2_1 = 0 ≥ 0 ✓, so δ^3_1 = δ^4_1 = −1" (spec 2.3). */
function reluSum(c: Context): CardLine[] {
  const term = c.gradient.terms[0];
  if (!term) return [];
  const passes = c.x >= 0;
  return [
    line(`${c.id}:sum`, 'sum', [
      cat(at(c), eq, signTest(c.x), words(', so '), c.nt.delta(c.k, c.i), eq),
      termPart(passes ? future(c, term) : cat(future(c, term), dot, zero), 0),
      cat(eq, boxed(num(c.gradient.value))),
    ]),
    ...(passes
      ? []
      : [note(`${c.id}:blocked`, 'ReLU blocks the learning flow: nothing flows back through this neuron.')]),
  ];
}

/** Sum: δ^k_i = the terms added = the boxed value. */
function sum(c: Context): CardLine[] {
  if (activationOf(c) === 'relu') return reluSum(c);
  const { terms: list, value } = c.gradient;
  const parts =
    list.length === 1
      ? sumOf(list, (term) => cat(future(c, term), dot, localSymbol(c, term)))
      : sumOf(list, (term, n) => (n === 0 ? num(term.product) : operand(term.product)));
  return [line(`${c.id}:sum`, 'sum', [cat(c.nt.delta(c.k, c.i), eq), ...parts, cat(eq, boxed(num(value)))])];
}

/** The compact derivation: the formula, the local derivatives or substituted terms, then the numbers and the result. */
function compactLines(c: Context): CardLine[] {
  const name = activationOf(c);
  const numbers = line(
    `${c.id}:numbers`,
    'sum',
    [
      eq,
      ...sumOf(c.gradient.terms, (term) => cat(factor(term.futureDelta), times, factor(term.local.value))),
      cat(eq, boxed(num(c.gradient.value))),
    ],
    { continues: true },
  );
  const symbolic = sumOf(c.gradient.terms, (term) => cat(future(c, term), dot, localSymbol(c, term)));
  const lines = !name
    ? [formula(c), line(`${c.id}:substituted`, 'formula', [eq, ...symbolic], { continues: true }), numbers]
    : name === 'relu'
      ? [formula(c), ...locals(c, true), ...reluSum(c)]
      : [...locals(c, true), formula(c), numbers];
  // Remarks go last, so that no "= …" line is cut from the line it continues.
  return [...lines.filter((l) => l.kind !== 'note'), ...lines.filter((l) => l.kind === 'note')];
}

/** The lines of δ^k_i up to `stage` (each stage adds its lines to the previous ones), or all at once. */
export function deltaLines(model: Model, pass: Pass, step: DeltaStep, nt: Notation): CardLine[] {
  const { k, i, stage } = step;
  const layerPass = pass.layers[k - 1];
  const gradient = layerPass?.delta[i];
  if (!layerPass || !gradient) return [];
  const c: Context = {
    model,
    nt,
    k,
    i,
    gradient,
    x: layerPass.input[i] ?? NaN,
    // One key per layer: the card keeps its lines from one δ^k_i to the next, and draws again only what differs.
    id: `d:${k}`,
  };
  if (isWide(c)) return wideLines(c, stage);
  if (stage === 'all') return compactLines(c);
  const byStage: Readonly<Record<Exclude<Stage, 'all'>, () => CardLine[]>> = {
    goal: () => goal(c),
    paths: () => paths(c),
    formula: () => [formula(c)],
    local: () => locals(c, false),
    terms: () => terms(c),
    sum: () => sum(c),
  };
  const shown = deltaStages.slice(0, deltaStages.indexOf(stage) + 1);
  return shown.flatMap((s) => (s === stage ? fresh(byStage[s]()) : byStage[s]()));
}
