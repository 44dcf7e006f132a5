import { weightColors, type WeightSign } from '../../layout';

/** The ids of the arrowhead markers of one diagram (prefixed so that two diagrams on a page never clash). */
export interface MarkerIds {
  readonly forward: string;
  readonly backward: string;
  readonly weight: Record<WeightSign, string>;
}

/** Marker ids from a prefix. */
export function markerIds(prefix: string): MarkerIds {
  return {
    forward: `${prefix}-forward`,
    backward: `${prefix}-backward`,
    weight: { positive: `${prefix}-positive`, negative: `${prefix}-negative`, zero: `${prefix}-zero` },
  };
}

/** One arrowhead, sized in diagram units so thick edges do not get huge heads. */
function Arrowhead({ id, color, size }: { id: string; color: string; size: number }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={9}
      refY={5}
      markerWidth={size}
      markerHeight={size}
      markerUnits="userSpaceOnUse"
      orient="auto"
    >
      <path d="M0,1 L10,5 L0,9 z" fill={color} />
    </marker>
  );
}

/** The arrowheads: steel blue forward, red backward, and one per weight sign. */
export function Markers({ ids }: { ids: MarkerIds }) {
  return (
    <defs>
      <Arrowhead id={ids.forward} color="var(--forward, #4682b4)" size={11} />
      <Arrowhead id={ids.backward} color="var(--backward, #d00000)" size={14} />
      <Arrowhead id={ids.weight.positive} color={weightColors.positive} size={11} />
      <Arrowhead id={ids.weight.negative} color={weightColors.negative} size={11} />
      <Arrowhead id={ids.weight.zero} color={weightColors.zero} size={11} />
    </defs>
  );
}
