import { Fragment, memo, useEffect, useRef, type ReactNode } from 'react';
import type { Card, CardLine, Segment, TableRow } from '../../formulas';
import { lazyCode } from '../../store';
import { TableContent } from '../lazyParts';
import { Term } from './Term';

/** How a segment of formula is drawn: KaTeX once loaded, plain text before. */
export type RenderSegment = (segment: Segment) => ReactNode;

/** The classes of a line: its role, whether the current stage added it, whether it continues the line above. */
function classOf(line: CardLine): string {
  return [
    'card-line',
    `role-${line.role}`,
    line.kind === 'note' ? 'card-note' : '',
    line.kind === 'table' ? 'card-table-line' : '',
    line.fresh ? 'is-fresh' : '',
    line.continues ? 'is-continued' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The content of one line: the whole line as one term, or its segments with each term focusable. */
function LineContent({ line, render }: { line: CardLine; render: RenderSegment }) {
  if (line.kind === 'note') return <>{line.text}</>;
  if (line.kind === 'table') return <TableContent line={line} render={render} />;
  // Segments are separated by a space, so the plain text reads like the formula.
  const segments = line.segments.map((segment, n) => (
    <Fragment key={segment.id}>
      {n > 0 && ' '}
      {segment.term === undefined || line.term !== undefined ? (
        render(segment)
      ) : (
        <Term term={segment.term} label={segment.text}>
          {render(segment)}
        </Term>
      )}
    </Fragment>
  ));
  return line.term === undefined ? (
    <>{segments}</>
  ) : (
    <Term term={line.term} label={line.text}>
      {segments}
    </Term>
  );
}

/** True when two segments read and link the same. */
const sameSegment = (a: Segment, b: Segment | undefined): boolean =>
  a.id === b?.id && a.latex === b.latex && a.text === b.text && a.term === b.term;

/** True when two table rows draw the same. */
const sameRow = (a: TableRow, b: TableRow | undefined): boolean =>
  a.id === b?.id &&
  a.term === b.term &&
  a.cells.length === b.cells.length &&
  a.cells.every((cell, n) => cell === b.cells[n]);

/** True when two lines draw the same: the card is rebuilt every step, but most of its lines are the same as before. */
const sameLine = (a: CardLine, b: CardLine): boolean =>
  a === b ||
  (a.id === b.id &&
    a.role === b.role &&
    a.kind === b.kind &&
    a.latex === b.latex &&
    a.text === b.text &&
    a.term === b.term &&
    a.continues === b.continues &&
    a.fresh === b.fresh &&
    a.segments.length === b.segments.length &&
    a.segments.every((segment, n) => sameSegment(segment, b.segments[n])) &&
    (a.rows ?? []).length === (b.rows ?? []).length &&
    (a.rows ?? []).every((row, n) => sameRow(row, b.rows?.[n])));

/** One line of the card; rendered again only when it changed (a δ with 16 impact paths has some 50 lines). */
const Line = memo(
  function Line({ line, render }: { line: CardLine; render: RenderSegment }) {
    return (
      <li className={classOf(line)}>
        <LineContent line={line} render={render} />
      </li>
    );
  },
  (before, after) => before.render === after.render && sameLine(before.line, after.line),
);

/** Scrolling the lines a stage adds into view: not needed before the first move, so it comes after the first frame. */
const revealCode = lazyCode(() => import('./reveal'));

/** The formula lines of a card; the lines the current stage added are scrolled into view within the card's pane. */
export function CardLines({ card, render }: { card: Card; render: RenderSegment }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const fresh = list.current?.querySelectorAll<HTMLElement>('.is-fresh');
    const first = fresh?.[0];
    const last = fresh?.[fresh.length - 1];
    if (!first || !last) return undefined;
    let cancel: (() => void) | undefined;
    let current = true;
    void revealCode.load().then(
      ({ revealWhenLaidOut }) => {
        if (current) cancel = revealWhenLaidOut(first, last);
      },
      () => undefined,
    );
    return () => {
      current = false;
      cancel?.();
    };
  }, [card]);
  return (
    <ol className="card-lines" ref={list}>
      {card.lines.map((line) => (
        <Line key={line.id} line={line} render={render} />
      ))}
    </ol>
  );
}
