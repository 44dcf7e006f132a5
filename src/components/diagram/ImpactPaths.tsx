import { useMemo } from 'react';
import type { DiagramLayout } from '../../layout';
import { selectElement, selectPass, selectStep, useApp } from '../../store';
import { arrowsOf } from './arrows';
import { ImpactLabel, ImpactPath, PlainArrow } from './ImpactPath';
import type { MarkerIds } from './Markers';

/** The red arrows of the current step: impact paths of the δ, δw or δb explained, or the Loss's first flows. */
export function ImpactPaths({ layout, markers }: { layout: DiagramLayout; markers: MarkerIds }) {
  // Both are stable references (the timeline and the pass are immutable), so this memo runs once per step.
  const step = useApp(selectStep);
  const pass = useApp(selectPass);
  const element = useApp(selectElement);
  const arrows = useMemo(() => arrowsOf(step, pass, layout, element), [step, pass, layout, element]);
  return (
    <g className="impact-paths">
      {arrows.map((arrow) =>
        // Keyed by their place (term n), so that the next gradient's paths take the same elements over.
        arrow.kind === 'impact' ? (
          <ImpactPath key={`term:${arrow.term}`} arrow={arrow} markers={markers} />
        ) : (
          <PlainArrow key={arrow.kind === 'loss' ? arrow.id : arrow.kind} arrow={arrow} markers={markers} />
        ),
      )}
      <g className="impact-labels" aria-hidden="true">
        {arrows.map((arrow) =>
          arrow.kind === 'impact' ? <ImpactLabel key={`term:${arrow.term}`} arrow={arrow} /> : null,
        )}
      </g>
    </g>
  );
}
