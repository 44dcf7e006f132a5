import { memo, useId, useMemo, useState } from 'react';
import { layoutModel, type DiagramLayout } from '../../layout';
import { selectStep, useApp } from '../../store';
import { focusOf } from './camera';
import { BiasMarker } from './BiasMarker';
import { ColumnTitles } from './ColumnTitles';
import { ActiveEdgeLabels, Edge } from './Edge';
import { EdgeTooltip } from './EdgeTooltip';
import { ImpactPaths } from './ImpactPaths';
import { Legend } from './Legend';
import { LossBox } from './LossBox';
import { markerIds, Markers, type MarkerIds } from './Markers';
import { NeuronCard } from './NeuronCard';
import { NeuronGrid } from './NeuronGrid';
import { ZoomSurface } from './ZoomSurface';
import './diagram.css';

/** The parts of the drawing that never move: each one subscribes to its own record of the store. */
const Structure = memo(function Structure({
  layout,
  markers,
  onHover,
}: {
  layout: DiagramLayout;
  markers: MarkerIds;
  onHover: (id: string | null) => void;
}) {
  return (
    <>
      <ColumnTitles columns={layout.columns} y={layout.titleY} />
      <g className="edges">
        {layout.edges.map((edge) => (
          <Edge key={edge.id} edge={edge} markers={markers} onHover={onHover} />
        ))}
      </g>
      <LossBox layout={layout} markers={markers} />
      <NeuronGrid layout={layout} />
      <g className="biases">
        {layout.biases.map((bias) => (
          <BiasMarker key={bias.id} bias={bias} />
        ))}
      </g>
    </>
  );
});

/** The network's neural structure: columns of neurons, forward edges, the Loss, and the current step's red paths. */
export function Diagram() {
  // The model the stepper walks (an inspected past iteration's, or the current one): the same object from one
  // sample to the next, so the layout below is computed once per model.
  const model = useApp((state) => state.iteration.before);
  // The geometry depends on the model only: computed once per model, never per step.
  const layout = useMemo(() => layoutModel(model), [model]);
  const id = useId();
  const markers = useMemo(() => markerIds(`arrow${safeId(id)}`), [id]);
  const [hovered, setHovered] = useState<string | null>(null);
  const hoveredEdge = hovered === null ? undefined : layout.edgeById.get(hovered);
  const hasWeights = model.layers.some((layer) => layer.kind === 'linear');
  // The step is a stable reference (the timeline is immutable): the focus changes only with the step.
  const step = useApp(selectStep);
  const focus = useMemo(() => focusOf(step, layout), [step, layout]);
  return (
    <div className="diagram">
      <ZoomSurface
        bounds={layout.bounds}
        focus={focus}
        label={`Neural structure of ${model.title}`}
        defs={<Markers ids={markers} />}
      >
        <Structure layout={layout} markers={markers} onHover={setHovered} />
        <ActiveEdgeLabels layout={layout} />
        <ImpactPaths layout={layout} markers={markers} />
        {hoveredEdge && <EdgeTooltip edge={hoveredEdge} />}
      </ZoomSurface>
      <Legend weights={hasWeights} />
      <NeuronCard />
    </div>
  );
}

/** React's ids contain characters that are awkward in url(#…): keep letters and digits. */
const safeId = (id: string): string => id.replace(/[^a-zA-Z0-9]/g, '');
