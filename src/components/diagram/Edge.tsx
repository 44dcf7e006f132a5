import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { weightPath } from '../../editing';
import { formatFull, plainScripts, sizes, type DiagramLayout, type EdgeLayout } from '../../layout';
import { selectPass, selectStep, useApp } from '../../store';
import { useIsEditing, useOpenWeightEditor } from '../edit/weightEditing';
import type { MarkerIds } from './Markers';
import { MathText } from './MathText';
import { edgeRole } from './roles';

/** Props of a forward edge: its geometry, the arrowheads, and who to tell when the pointer is on it. */
interface EdgeProps {
  readonly edge: EdgeLayout;
  readonly markers: MarkerIds;
  readonly onHover: (id: string | null) => void;
}

/** One forward connection of L^k: blue, or coloured/dashed by the weight's sign and widened by |w| (Linear). */
export const Edge = memo(function Edge({ edge, markers, onHover }: EdgeProps) {
  const role = useApp((state) => edgeRole(selectStep(state), selectPass(state), edge.k, edge.j, edge.i));
  const { style } = edge;
  const emphasised = role === 'highlighted' || role === 'active';
  // Only uncrowded layers label their own edges (a crowded layer's labels in use are drawn on top, see
  // ActiveEdgeLabels); while a gradient is explained, the red paths carry the labels and dimmed edges keep quiet.
  const labelShown =
    edge.symbol !== null && edge.labelMode === 'all' && (role === 'highlighted' || role === 'normal');
  const title =
    edge.weight === null ? null : `${plainScripts(edge.symbol ?? '')} = ${formatFull(edge.weight)}`;
  // A Linear edge is a button: click it, or Enter on it, to edit its weight inline.
  const openEditor = useOpenWeightEditor();
  const editable = edge.weight !== null && openEditor !== null;
  const problem = useApp((state) => editable && weightPath(edge.k, edge.j, edge.i) in state.fieldProblems);
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
      className={`edge edge-${edge.kind} is-${role}${style ? ` sign-${style.sign}` : ''}${editable ? ' is-editable' : ''}${problem ? ' has-problem' : ''}${editingNow ? ' is-editing' : ''}`}
      data-testid="edge"
      data-id={edge.id}
      {...(edge.weight === null
        ? {}
        : { onPointerEnter: () => onHover(edge.id), onPointerLeave: () => onHover(null) })}
      {...editing}
    >
      {title && <title>{title}</title>}
      <path className="edge-hit" d={edge.d} />
      {emphasised && <path className="edge-halo" d={edge.d} />}
      <path
        className="edge-line"
        d={edge.d}
        markerEnd={`url(#${style ? markers.weight[style.sign] : markers.forward})`}
        // Presentation attributes: CSS may still raise the opacity of an edge in use.
        {...(style
          ? {
              stroke: style.color,
              strokeWidth: style.width,
              strokeOpacity: style.opacity,
              ...(style.dash ? { strokeDasharray: style.dash } : {}),
            }
          : {})}
      />
      {labelShown && <EdgeLabel edge={edge} />}
    </g>
  );
});

/** One edge label, on a halo. */
function EdgeLabel({ edge }: { edge: EdgeLayout }) {
  return (
    <text className="edge-label" x={edge.label.x} y={edge.label.y} fontSize={sizes.font.edge}>
      <MathText source={edge.symbol ?? ''} />
    </text>
  );
}

/**
 * In a crowded Linear layer, the weight labels of the edges into the neuron being computed, drawn above all the
 * edges so that none hides them (each edge keeps its full value in its tooltip).
 */
export function ActiveEdgeLabels({ layout }: { layout: DiagramLayout }) {
  const step = useApp(selectStep);
  if (step?.kind !== 'forward' || layout.labelModes[step.k - 1] !== 'active') return null;
  const edges = layout.edges.filter((edge) => edge.k === step.k && edge.j === step.j && edge.symbol !== null);
  return (
    <g className="edge is-highlighted active-edge-labels">
      {edges.map((edge) => (
        <EdgeLabel key={edge.id} edge={edge} />
      ))}
    </g>
  );
}
