import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { weightPath } from '../../editing';
import { formatFull, plainScripts, sizes, type EdgeLayout } from '../../layout';
import { useIsEditing, useOpenWeightEditor } from '../edit/weightEditing';
import type { MarkerIds } from './Markers';
import { MathText } from './MathText';
import type { Emphasis } from './roles';

/** Props of a forward edge: its geometry, the arrowheads, the fields with a problem, and who to tell on hover. */
interface EdgeProps {
  readonly edge: EdgeLayout;
  readonly markers: MarkerIds;
  /** The model's fields with a problem (see the edit slice), by path. */
  readonly problems: Readonly<Record<string, unknown>>;
  readonly onHover: (id: string | null) => void;
}

/** The classes every drawing of an edge has: its kind and the sign of its weight. */
const edgeClass = (edge: EdgeLayout): string =>
  `edge edge-${edge.kind}${edge.style ? ` sign-${edge.style.sign}` : ''}`;

/** The line of an edge: blue, or coloured, widened and dashed by its weight (presentation attributes: CSS may still
 * raise the opacity of an edge in use). */
function EdgeLine({ edge, markers }: { edge: EdgeLayout; markers: MarkerIds }) {
  const { style } = edge;
  return (
    <path
      className="edge-line"
      d={edge.d}
      markerEnd={`url(#${style ? markers.weight[style.sign] : markers.forward})`}
      {...(style
        ? {
            stroke: style.color,
            strokeWidth: style.width,
            strokeOpacity: style.opacity,
            ...(style.dash ? { strokeDasharray: style.dash } : {}),
          }
        : {})}
    />
  );
}

/**
 * One forward connection of L^k as its layer's sheet draws it (see EdgeSheet): blue, or coloured/dashed by the
 * weight's sign and widened by |w| (Linear). What the step does with it is drawn over it (see EmphasisSheet).
 */
export const Edge = memo(function Edge({ edge, markers, problems, onHover }: EdgeProps) {
  // Only uncrowded layers label their own edges (a crowded layer's labels in use are drawn on top, see
  // EmphasisSheet); a dimmed layer's labels keep quiet (see diagram.css).
  const labelShown = edge.symbol !== null && edge.labelMode === 'all';
  const title =
    edge.weight === null ? null : `${plainScripts(edge.symbol ?? '')} = ${formatFull(edge.weight)}`;
  // A Linear edge is a button: click it, or Enter on it, to edit its weight inline.
  const openEditor = useOpenWeightEditor();
  const editable = edge.weight !== null && openEditor !== null;
  const problem = editable && weightPath(edge.k, edge.j, edge.i) in problems;
  const target = { kind: 'weight', k: edge.k, j: edge.j, i: edge.i } as const;
  const editingNow = useIsEditing(target);
  const editing = editable
    ? {
        tabIndex: 0,
        role: 'button',
        'aria-label': `${title ?? ''}: press Enter to edit`,
        onClick: (event: MouseEvent<SVGGElement>) =>
          openEditor(target, event.currentTarget, { x: event.clientX, y: event.clientY }),
        onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          openEditor(target, event.currentTarget);
        },
      }
    : {};
  return (
    <g
      className={`${edgeClass(edge)}${editable ? ' is-editable' : ''}${problem ? ' has-problem' : ''}${editingNow ? ' is-editing' : ''}`}
      data-testid="edge"
      data-id={edge.id}
      {...(edge.weight === null
        ? {}
        : { onPointerEnter: () => onHover(edge.id), onPointerLeave: () => onHover(null) })}
      {...editing}
    >
      <path className="edge-hit" d={edge.d} />
      <EdgeLine edge={edge} markers={markers} />
      {labelShown && <EdgeLabel edge={edge} />}
    </g>
  );
});

/** An edge the step uses, drawn again over its dimmed layer: highlighted (with a halo), active, or traced. */
export function EmphasisedEdge({ emphasis, markers }: { emphasis: Emphasis; markers: MarkerIds }) {
  const { edge, role } = emphasis;
  return (
    <g className={`${edgeClass(edge)} is-${role}`} data-testid="edge-emphasis" data-id={edge.id}>
      {(role === 'highlighted' || role === 'active') && <path className="edge-halo" d={edge.d} />}
      <EdgeLine edge={edge} markers={markers} />
    </g>
  );
}

/** One edge label, on a halo; a function's name ("ReLU") is over its arrow. */
export function EdgeLabel({ edge }: { edge: EdgeLayout }) {
  return (
    <text
      className={edge.kind === 'activation' ? 'edge-label is-function' : 'edge-label'}
      x={edge.label.x}
      y={edge.label.y}
      fontSize={sizes.font.edge}
    >
      <MathText source={edge.symbol ?? ''} />
    </text>
  );
}
