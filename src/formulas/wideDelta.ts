import { deltaStages, type Stage } from '../timeline';
import { fresh, line, maxWritten, table, type CardLine, type Column } from './card';
import { at, goal, variable, type Context } from './deltaContext';
import { boxed, cat, dot, eq, int, lit, partial, words } from './expr';
import { shared, sigma } from './notation';
import { num } from './numbers';

/**
 * True for δ^k_i of a Linear layer with more outputs than a card writes out term by term (see maxWritten): its impact
 * paths are listed in a table.
 */
export const isWide = (c: Context): boolean =>
  c.gradient.terms.length > maxWritten && c.gradient.terms.every((term) => term.local.kind === 'weight');

/** The stages that add columns to the table of paths. */
type TableStage = 'local' | 'terms';

/** The table of paths up to `stage`: each path's weight (its local derivative), then its chain-rule term. */
function pathsTable(c: Context, stage: TableStage): CardLine {
  const { terms } = c.gradient;
  const columns: Column[] = [
    { header: lit('j'), cells: terms.map((term) => lit(int(term.output + 1))) },
    { header: shared.w(c.k, 'j', c.i), cells: terms.map((term) => num(term.local.value)) },
  ];
  if (stage === 'terms')
    columns.push(
      { header: c.nt.delta(c.k + 1, 'j'), cells: terms.map((term) => num(term.futureDelta)) },
      {
        header: cat(c.nt.delta(c.k + 1, 'j'), dot, shared.w(c.k, 'j', c.i)),
        cells: terms.map((term) => num(term.product)),
      },
    );
  return table(
    `${c.id}:table`,
    'terms',
    columns,
    terms.map((_term, n) => n),
  );
}

/**
 * The derivation of a wide δ^k_i, stage by stage as the series goes, its impact paths in a table (one row per path,
 * linked to it) that grows with the stages: their weights (local derivatives), then each δ^{k+1}_j and chain-rule
 * term (terms). The impact formula and the sum are written with Σ over the paths.
 */
export function wideLines(c: Context, stage: Stage): CardLine[] {
  const { terms, value } = c.gradient;
  const n = terms.length;
  const current = stage === 'all' ? deltaStages.length : deltaStages.indexOf(stage);
  const reached = (s: Exclude<Stage, 'all'>) => current >= deltaStages.indexOf(s);
  // A stage's lines are fresh while it is the current one; 'all' shows the formula, the whole table and the sum.
  const stageLines = (s: Exclude<Stage, 'all'>, lines: () => CardLine[]): CardLine[] =>
    !reached(s) ? [] : s === stage ? fresh(lines()) : lines();
  const staged = stage !== 'all';
  const chain = cat(c.nt.delta(c.k + 1, 'j'), dot, shared.w(c.k, 'j', c.i));
  const tableLines = reached('local') ? [pathsTable(c, reached('terms') ? 'terms' : 'local')] : [];
  return [
    ...(staged ? stageLines('goal', () => goal(c)) : []),
    ...(staged
      ? stageLines('paths', () => [
          line(`${c.id}:paths`, 'paths', [
            cat(
              variable(c),
              words(' impacts every output '),
              shared.L(c.k, 'j'),
              words(`, and each impacts the `),
              c.nt.Loss,
              words(`: ${int(n)} impact paths`),
            ),
          ]),
        ])
      : []),
    ...stageLines('formula', () => [
      line(`${c.id}:formula`, 'formula', [
        cat(
          c.nt.delta(c.k, c.i),
          eq,
          sigma('j', n),
          c.nt.delta(c.k + 1, 'j'),
          dot,
          partial(shared.L(c.k, 'j'), variable(c), at(c)),
        ),
      ]),
    ]),
    ...(staged
      ? stageLines('local', () => [
          line(`${c.id}:local`, 'local', [
            cat(
              partial(shared.L(c.k, 'j'), variable(c)),
              eq,
              shared.W(c.k, 'j', c.i),
              words(', here the weight '),
              shared.w(c.k, 'j', c.i),
              words(' of each path'),
            ),
          ]),
        ])
      : []),
    ...(staged
      ? stageLines('terms', () => [
          line(`${c.id}:terms`, 'terms', [cat(words('each chain-rule term is '), chain)]),
        ])
      : []),
    // The table is fresh at each stage that adds to it.
    ...(stage === 'local' || stage === 'terms' ? fresh(tableLines) : tableLines),
    ...stageLines('sum', () => [
      line(`${c.id}:sum`, 'sum', [
        cat(c.nt.delta(c.k, c.i), eq, sigma('j', n), chain, eq, boxed(num(value))),
      ]),
    ]),
  ];
}
