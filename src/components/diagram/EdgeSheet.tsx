import { memo } from 'react';
import type { DiagramLayout, EdgeLayout } from '../../layout';
import { selectPass, selectStep, useApp } from '../../store';
import { Edge } from './Edge';
import type { MarkerIds } from './Markers';
import { edgeSheetRole } from './roles';
import { Sheet } from './Sheet';

/** Props of a layer's edges: the layer, its edges, the arrowheads, and who to tell when the pointer is on one. */
interface EdgeSheetProps {
  readonly bounds: DiagramLayout['bounds'];
  readonly k: number;
  readonly edges: readonly EdgeLayout[];
  readonly markers: MarkerIds;
  readonly onHover: (id: string | null) => void;
}

/**
 * The forward edges of L^k on a sheet of their own: drawn once per model, they never change with the step. The
 * sheet dims as a whole while the step dims some of them (the ones it uses are drawn on top, see EmphasisSheet).
 */
export const EdgeSheet = memo(function EdgeSheet({ bounds, k, edges, markers, onHover }: EdgeSheetProps) {
  const role = useApp((state) => edgeSheetRole(selectStep(state), selectPass(state), edges));
  const problems = useApp((state) => state.fieldProblems);
  return (
    <Sheet bounds={bounds} className={`edges-sheet is-${role}`}>
      <g className="edges" data-k={k}>
        {edges.map((edge) => (
          <Edge key={edge.id} edge={edge} markers={markers} problems={problems} onHover={onHover} />
        ))}
      </g>
    </Sheet>
  );
});
