import type { Stage } from '../timeline';
import { group, type Expr } from './expr';

/** What a line of the card says: a stage of the series' procedure for one δ, or a part of another step. */
export type LineRole =
  'goal' | 'paths' | 'formula' | 'local' | 'terms' | 'sum' | 'forward' | 'rule' | 'loss' | 'update' | 'note';

/** A piece of a line; when `term` is set it is the chain-rule term of impact path `term` (index in `terms`). */
export interface Segment {
  /** Stable key within the card. */
  readonly id: string;
  readonly latex: string;
  /** The same piece as plain Unicode text. */
  readonly text: string;
  readonly term?: number;
}

/** One line of the card: LaTeX (KaTeX) with a plain-text twin, split into segments so each term can be focused. */
export interface CardLine {
  /** Stable key within the card. */
  readonly id: string;
  readonly role: LineRole;
  /** The whole line in LaTeX. */
  readonly latex: string;
  /** The whole line as plain text. */
  readonly text: string;
  /** Set when the whole line is about one impact path (paths, local derivative, chain-rule term). */
  readonly term?: number;
  /** True when the line continues the previous one ("= …"), so it is indented under it. */
  readonly continues?: boolean;
  /** True for the lines the current stage adds to the derivation (the card emphasises them). */
  readonly fresh?: boolean;
  /**
   * 'math' lines are rendered with KaTeX; a 'note' is a short remark in plain text; a 'table' lists the terms of a
   * long sum (see maxWritten): its column headers are its segments, its cells are in `rows`.
   */
  readonly kind: 'math' | 'note' | 'table';
  readonly segments: readonly Segment[];
  readonly rows?: readonly TableRow[];
}

/**
 * A sum of at most this many terms is written out term by term, as the series does; a longer one (a wide Linear
 * layer) is written with Σ, and its terms are listed in a table, one row each.
 */
export const maxWritten = 4;

/** One row of a card's table: plain-text cells (indices and numbers), about impact path `term` when set. */
export interface TableRow {
  readonly id: string;
  readonly cells: readonly string[];
  readonly term?: number;
}

/** One stage of a gradient's derivation in the card's stage list. */
export interface StageMark {
  readonly stage: Exclude<Stage, 'all'>;
  /** Its name in words. */
  readonly label: string;
  readonly state: 'done' | 'current' | 'next';
}

/** The chain-rule card of one step: a plain-text title, the stage list of a gradient, and the formula lines. */
export interface Card {
  readonly title: string;
  /** The stages of the derivation at the 'detailed' level (absent for other steps and for 'all'). */
  readonly stages?: readonly StageMark[];
  readonly lines: readonly CardLine[];
}

/** A part of a line: a piece of formula, linked to an impact path when `term` is given. */
export interface Part {
  readonly expr: Expr;
  readonly term?: number;
}

/** Marks a piece of formula as the chain-rule term of path `term`. */
export const termPart = (expr: Expr, term: number): Part => ({ expr, term });

/** Collapses the spaces the plain forms collect when pieces are joined. */
export const tidy = (text: string): string => text.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

/** Options of a line: the impact path it is about, and whether it continues the previous line. */
export interface LineOptions {
  readonly term?: number;
  readonly continues?: boolean;
}

/** A math line from its parts; consecutive parts that are not terms merge into one segment. */
export function line(
  id: string,
  role: LineRole,
  parts: readonly (Expr | Part)[],
  { term, continues }: LineOptions = {},
): CardLine {
  const segments: Segment[] = [];
  let pending: Expr[] = [];
  const flush = () => {
    if (!pending.length) return;
    segments.push(segment(`${id}/${segments.length}`, pending));
    pending = [];
  };
  for (const part of parts) {
    if ('expr' in part && part.term !== undefined) {
      flush();
      // A term is kept on one line: KaTeX does not break inside a group.
      segments.push({ ...segment(`${id}/${segments.length}`, [group(part.expr)]), term: part.term });
    } else pending.push('expr' in part ? part.expr : part);
  }
  flush();
  return {
    id,
    role,
    latex: segments.map((s) => s.latex).join(' '),
    text: tidy(segments.map((s) => s.text).join(' ')),
    kind: 'math',
    segments,
    ...(term === undefined ? {} : { term }),
    ...(continues ? { continues } : {}),
  };
}

/** One segment from pieces. */
function segment(id: string, pieces: readonly Expr[]): Segment {
  return {
    id,
    latex: pieces.map((p) => p.tex).join(' '),
    text: tidy(pieces.map((p) => p.text).join(' ')),
  };
}

/** A note in plain words (fixed text of the app, never the model's). */
export function note(id: string, text: string): CardLine {
  const latex = `\\text{${text.replace(/[^A-Za-z0-9 ,.;:'()/-]/g, '')}}`;
  return { id, role: 'note', latex, text, kind: 'note', segments: [{ id: `${id}/0`, latex, text }] };
}

/** A column of a table: its header, set by KaTeX, and its cells (numbers and indices), by row. */
export interface Column {
  readonly header: Expr;
  readonly cells: readonly Expr[];
}

/**
 * A table line: one row per term (row n about impact path `terms[n]` when given), the column headers as segments.
 * Its LaTeX is an array (for exports), its text one "header = cell, …" clause per row.
 */
export function table(
  id: string,
  role: LineRole,
  columns: readonly Column[],
  terms: readonly (number | undefined)[] = [],
): CardLine {
  const count = Math.max(0, ...columns.map((column) => column.cells.length));
  const rows: TableRow[] = Array.from({ length: count }, (_, n) => {
    const term = terms[n];
    return {
      id: `${id}/row/${n}`,
      cells: columns.map((column) => column.cells[n]?.text ?? ''),
      ...(term === undefined ? {} : { term }),
    };
  });
  const segments = columns.map((column, c) => segment(`${id}/${c}`, [column.header]));
  const body = Array.from({ length: count }, (_, n) =>
    columns.map((column) => column.cells[n]?.tex ?? '').join(' & '),
  );
  const header = segments.map((s) => s.latex).join(' & ');
  const latex = `\\begin{array}{${'r'.repeat(columns.length)}} ${[header, ...body].join(' \\\\ ')} \\end{array}`;
  const text = rows
    .map((row) => row.cells.map((cell, c) => `${segments[c]?.text ?? ''} = ${cell}`).join(', '))
    .join('; ');
  return { id, role, latex, text, kind: 'table', segments, rows };
}

/** The same lines marked as added by the current stage. */
export const fresh = (lines: readonly CardLine[]): CardLine[] => lines.map((l) => ({ ...l, fresh: true }));

/** The plain-text reading of a whole expression. */
export const sayOf = (expr: Expr): string => tidy(expr.say);
