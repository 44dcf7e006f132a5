import { useMemo } from 'react';
import type { DiagramLayout, EdgeLayout } from '../../layout';
import { selectPass, selectStep, useApp } from '../../store';
import type { Step } from '../../timeline';
import { EdgeLabel, EmphasisedEdge } from './Edge';
import type { MarkerIds } from './Markers';
import { emphasisOf } from './roles';
import { Sheet } from './Sheet';

/**
 * The key of an emphasised edge: its place in what the step emphasises (the edge from input i into the neuron a
 * forward step computes, the edge to output j a δ's paths follow), so that the next neuron's or δ's edges take the
 * same elements over and only their attributes change; the edge itself for the other steps.
 */
function slotOf(step: Step | undefined, edge: EdgeLayout): string {
  if (step?.kind === 'forward') return `in:${edge.i}`;
  if (step?.kind === 'delta') return `out:${edge.j}`;
  return edge.id;
}

/**
 * The edges the current step uses, drawn over their dimmed layer: the ones into the neuron a forward step computes
 * (with their weight labels, above every edge so that none hides them), the whole layer an update changes (with its
 * labels when they all show), the edges a red impact path follows (an Activation's with its function's name), the
 * weight of a δw. For the eye only: the edges themselves stay in their sheet.
 */
export function EmphasisSheet({
  layout,
  edgesByLayer,
  markers,
}: {
  layout: DiagramLayout;
  /** The edges of each layer L^k, by k. */
  edgesByLayer: ReadonlyMap<number, readonly EdgeLayout[]>;
  markers: MarkerIds;
}) {
  // Both are stable references (the timeline and the pass are immutable), so this memo runs once per step.
  const step = useApp(selectStep);
  const pass = useApp(selectPass);
  const emphasis = useMemo(
    () => (step && 'k' in step ? emphasisOf(step, pass, edgesByLayer.get(step.k) ?? []) : []),
    [step, pass, edgesByLayer],
  );
  // A forward step labels the weights it uses (its layer's own labels are dimmed with it), an update those of its
  // layer when they all show (its emphasised edges would cover them).
  const labelled = emphasis.filter(
    ({ edge, role }) =>
      role === 'highlighted' &&
      edge.symbol !== null &&
      (step?.kind === 'forward' || (step?.kind === 'update' && edge.labelMode === 'all')),
  );
  // A δ's paths through an Activation layer keep the function's name ("ReLU") on the edges they follow (the layer's
  // own labels are dimmed with it).
  const named = emphasis.filter(({ edge, role }) => role === 'traced' && edge.kind === 'activation');
  return (
    <Sheet bounds={layout.bounds} className="emphasis-sheet" decorative>
      {emphasis.map((item) => (
        <EmphasisedEdge key={slotOf(step, item.edge)} emphasis={item} markers={markers} />
      ))}
      {labelled.length > 0 && (
        <g className="edge is-highlighted active-edge-labels">
          {labelled.map(({ edge }) => (
            <EdgeLabel key={slotOf(step, edge)} edge={edge} />
          ))}
        </g>
      )}
      {named.length > 0 && (
        <g className="edge edge-activation traced-edge-labels">
          {named.map(({ edge }) => (
            <EdgeLabel key={slotOf(step, edge)} edge={edge} />
          ))}
        </g>
      )}
    </Sheet>
  );
}
