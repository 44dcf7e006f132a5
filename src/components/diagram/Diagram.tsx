import { memo, useId, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { layoutModel, type DiagramLayout, type EdgeLayout } from '../../layout';
import { EdgeTooltip, ImpactPaths } from '../lazyParts';
import { selectStep, useApp } from '../../store';
import { readableScale } from './camera';
import { ColumnTitles } from './ColumnTitles';
import { EdgeSheet } from './EdgeSheet';
import { EmphasisSheet } from './EmphasisSheet';
import { Legend } from './Legend';
import { LossBox } from './LossBox';
import { markerIds, Markers, type MarkerIds } from './Markers';
import { NeuronGrid } from './NeuronGrid';
import { SelectedNeuron } from './SelectedNeuron';
import { Sheet } from './Sheet';
import { ZoomSurface } from './ZoomSurface';
import './diagram.css';

/** The edges of each layer L^k, by k, in the layout's order. */
function edgesByLayerOf(layout: DiagramLayout): ReadonlyMap<number, readonly EdgeLayout[]> {
  const byLayer = new Map<number, EdgeLayout[]>();
  for (const edge of layout.edges) {
    const list = byLayer.get(edge.k);
    if (list) list.push(edge);
    else byLayer.set(edge.k, [edge]);
  }
  return byLayer;
}

/**
 * The sheets of the drawing, bottom to top (see Sheet): the edges of each layer, the Loss, what the step
 * emphasises, the neurons and biases of each column, and the step's red paths with the edge tooltip (the column
 * titles are the camera's header, over them). Drawn once per model; each sheet subscribes to its own part of the store.
 */
const Sheets = memo(function Sheets({
  layout,
  markers,
  hovered,
  onHover,
}: {
  layout: DiagramLayout;
  markers: MarkerIds;
  hovered: string | null;
  onHover: (id: string | null) => void;
}) {
  const edgesByLayer = useMemo(() => edgesByLayerOf(layout), [layout]);
  const hoveredEdge = hovered === null ? undefined : layout.edgeById.get(hovered);
  return (
    <>
      <svg className="diagram-defs" aria-hidden="true" width="0" height="0">
        <Markers ids={markers} />
      </svg>
      {[...edgesByLayer].map(([k, edges]) => (
        <EdgeSheet key={k} bounds={layout.bounds} k={k} edges={edges} markers={markers} onHover={onHover} />
      ))}
      <LossBox layout={layout} markers={markers} />
      <EmphasisSheet layout={layout} edgesByLayer={edgesByLayer} markers={markers} />
      <NeuronGrid layout={layout} />
      <Sheet bounds={layout.bounds} className="paths-sheet">
        <ImpactPaths layout={layout} markers={markers} />
        {hoveredEdge && <EdgeTooltip edge={hoveredEdge} />}
      </Sheet>
    </>
  );
});

/** The network's neural structure: columns of neurons, forward edges, the Loss, and the current step's red paths. */
export function Diagram() {
  // The model the stepper walks (an inspected past iteration's, or the current one): the same object from one
  // sample to the next, so the layout below is computed once per model.
  const model = useApp((state) => state.iteration.before);
  // Presenting enlarges the labels: the edge labels are placed (or collapse) at that size.
  const labelScale = useApp((state) => (state.presenting ? state.labelScale : 1));
  // The geometry depends on the model (and that size) only: computed once per model, never per step.
  const layout = useMemo(() => layoutModel(model, labelScale), [model, labelScale]);
  const id = useId();
  const markers = useMemo(() => markerIds(`arrow${safeId(id)}`), [id]);
  const [hovered, setHovered] = useState<string | null>(null);
  const hasWeights = model.layers.some((layer) => layer.kind === 'linear');
  // For the page's CSS: the drawing's height per unit of width, and the width (px) below which it is too small to read
  // whole (the view then follows the step).
  const { width, height } = layout.bounds;
  const shape = { '--drawing-aspect': height / width, '--readable-width': `${width * readableScale}px` };
  return (
    <div className="diagram" style={shape as CSSProperties}>
      <StepCamera
        layout={layout}
        label={`Neural structure of ${model.title}`}
        footer={<Legend weights={hasWeights} />}
      >
        <Sheets layout={layout} markers={markers} hovered={hovered} onHover={setHovered} />
      </StepCamera>
      <SelectedNeuron />
    </div>
  );
}

/**
 * The zoomable surface, framing the current step's region: it alone follows the step (the sheets it holds are the
 * same elements from step to step, so they are not drawn again with it). The column titles stay at its top; the legend is at its bottom.
 */
function StepCamera({
  layout,
  label,
  footer,
  children,
}: {
  layout: DiagramLayout;
  label: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  const step = useApp(selectStep);
  const header = useMemo(
    () => ({
      sheet: (
        <Sheet bounds={layout.bounds} className="titles-sheet">
          <ColumnTitles
            columns={layout.columns}
            y={layout.titleY}
            band={layout.titles}
            bounds={layout.bounds}
            biases={layout.biases}
          />
        </Sheet>
      ),
      band: layout.titles,
    }),
    [layout],
  );
  return (
    <ZoomSurface layout={layout} step={step} label={label} header={header} footer={footer}>
      {children}
    </ZoomSurface>
  );
}

/** React's ids contain characters that are awkward in url(#…): keep letters and digits. */
const safeId = (id: string): string => id.replace(/[^a-zA-Z0-9]/g, '');
