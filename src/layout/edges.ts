import type { ActivationName, Layer, Model } from '../engine';
import { curveWithLabel, type Point } from './curves';
import { linearLabelT, placeLabels } from './edgeLabels';
import { edgeId, neuronId } from './ids';
import { sizes } from './sizes';
import { weightScale, type WeightStyle } from './weights';
import type { NeuronLayout } from './geometry';

/** Whether a layer's edge labels are all drawn, or only those of the active neuron (the others on hover). */
export type LabelMode = 'all' | 'active';

/** A forward connection of L^k, from neuron i of column k − 1 to neuron j of column k. */
export interface EdgeLayout {
  /** `E:k:j:i`. */
  readonly id: string;
  readonly k: number;
  readonly j: number;
  readonly i: number;
  readonly kind: Layer['kind'];
  readonly from: Point;
  readonly to: Point;
  readonly d: string;
  readonly label: Point;
  /** w^{k,j+1}_{i+1} for Linear, the function name for Activation, null for Input 1D (unlabelled). */
  readonly symbol: string | null;
  readonly labelMode: LabelMode;
  /** w^{k,j}_i for Linear, null otherwise. */
  readonly weight: number | null;
  readonly style: WeightStyle | null;
}

/** The activation names as the series prints them. */
export const activationLabels: Record<ActivationName, string> = {
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  logistic: 'Logistic',
  heaviside: 'Heaviside',
  tanh: 'tanh',
  identity: 'identity',
};

/**
 * The forward edges of every layer, their labels, weight styles and label modes; the labels kept clear of each other
 * at `labelScale` times their size (presenting enlarges them).
 */
export function layoutEdges(
  model: Model,
  neuronById: ReadonlyMap<string, NeuronLayout>,
  labelScale = 1,
): { edges: EdgeLayout[]; labelModes: LabelMode[] } {
  const edges: EdgeLayout[] = [];
  const labelModes: LabelMode[] = [];
  model.layers.forEach((layer, index) => {
    const drafts = layerEdges(layer, index + 1, neuronById);
    const placed = layer.kind === 'linear' ? placeLabels(drafts, sizes.font.edge * labelScale) : drafts;
    const mode: LabelMode = placed ? 'all' : 'active';
    labelModes.push(mode);
    (placed ?? drafts).forEach((draft) => edges.push({ ...draft, labelMode: mode }));
  });
  return { edges, labelModes };
}

/** The edges of one layer L^k, each label at its first place. */
function layerEdges(
  layer: Layer,
  k: number,
  neuronById: ReadonlyMap<string, NeuronLayout>,
): Omit<EdgeLayout, 'labelMode'>[] {
  const style =
    layer.kind === 'linear' ? weightScale(layer.weights.flat(), layer.weights[0]?.length ?? 1) : null;
  return connections(layer).flatMap(({ j, i }) => {
    const source = neuronById.get(neuronId(k - 1, i));
    const target = neuronById.get(neuronId(k, j));
    if (!source || !target) return [];
    const from = { x: source.x + source.width / 2, y: source.y };
    const to = { x: target.x - target.width / 2 - 1, y: target.y };
    const weight = layer.kind === 'linear' ? (layer.weights[j]?.[i] ?? NaN) : null;
    const t = layer.kind === 'linear' ? linearLabelT(j, layer.size) : 0.5;
    const geometry = curveWithLabel(from, to, t);
    // Function names have their baseline 20 above their level arrow, 10 above the red path that follows it
    // (sizes.backwardOffset): their descenders clear its stroke. Weight labels sit on the curve, over a halo.
    const label =
      layer.kind === 'activation' ? { ...geometry.label, y: geometry.label.y - 20 } : geometry.label;
    return [
      {
        id: edgeId(k, j, i),
        k,
        j,
        i,
        kind: layer.kind,
        from,
        to,
        d: geometry.d,
        label,
        symbol: symbolOf(layer, k, j, i),
        weight,
        style: style && weight !== null ? style(weight) : null,
      },
    ];
  });
}

/** The (output j, input i) pairs L^k connects: all of them for Linear, i = j for one-to-one layers. */
function connections(layer: Layer): { j: number; i: number }[] {
  if (layer.kind === 'linear') return layer.weights.flatMap((row, j) => row.map((_w, i) => ({ j, i })));
  return Array.from({ length: layer.size }, (_unused, j) => ({ j, i: j }));
}

/** The label of an edge: the weight symbol (1-based), the activation's name, or none. */
function symbolOf(layer: Layer, k: number, j: number, i: number): string | null {
  switch (layer.kind) {
    case 'linear':
      return `w^{${k},${j + 1}}_{${i + 1}}`;
    case 'activation':
      return activationLabels[layer.activation];
    case 'input1d':
      return null;
  }
}
