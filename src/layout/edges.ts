import type { ActivationName, Layer, Model } from '../engine';
import { curveWithLabel, pointOnCurve, type Point } from './curves';
import { edgeId, neuronId } from './ids';
import { mathWidth } from './math';
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

/** Where on a Linear edge its label sits first (curve parameter from the input end), staggered by output j. */
export function linearLabelT(j: number, outputs: number): number {
  return outputs <= 1 ? 0.3 : Math.round((0.18 + (0.44 * j) / (outputs - 1)) * 100) / 100;
}

/** The other places tried along an edge when its first one overlaps a label already placed. */
export const fallbackTs = [0.3, 0.45, 0.6, 0.2, 0.72, 0.12] as const;

/** A label's box, centred on its point. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when two label boxes overlap (touching is fine). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

/** True when any two of the boxes overlap (a sweep along x keeps it fast for 16 × 16 edges). */
export function anyOverlap(boxes: readonly LabelBox[]): boolean {
  const sorted = [...boxes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
  for (let a = 0; a < sorted.length; a++) {
    const first = sorted[a];
    if (!first) continue;
    for (let b = a + 1; b < sorted.length; b++) {
      const second = sorted[b];
      if (!second || second.x - second.width / 2 >= first.x + first.width / 2) break;
      if (overlaps(first, second)) return true;
    }
  }
  return false;
}

/** The label box of an edge, with a margin of a fifth of its size on each side, so that labels stand apart. */
export function labelBox(
  edge: Pick<EdgeLayout, 'label' | 'symbol'>,
  fontSize: number = sizes.font.edge,
): LabelBox {
  const width = mathWidth(edge.symbol ?? '', fontSize) + 0.4 * fontSize;
  return { x: edge.label.x, y: edge.label.y, width, height: fontSize * 1.65 };
}

/**
 * The collision rule: a Linear layer's weight labels are all drawn when none overlaps another; otherwise only
 * the labels of the active neuron's edges are drawn (each is then clear of the others) and the rest show on hover.
 */
export function labelModeOf(
  edges: readonly Pick<EdgeLayout, 'label' | 'symbol'>[],
  fontSize: number = sizes.font.edge,
): LabelMode {
  return anyOverlap(edges.filter((edge) => edge.symbol !== null).map((edge) => labelBox(edge, fontSize)))
    ? 'active'
    : 'all';
}

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

/**
 * Slides each label along its edge, in turn, to the first place clear of the labels already placed; null when
 * some label finds no such place (the layer is too crowded: its labels are then shown per active neuron).
 */
export function placeLabels<E extends Pick<EdgeLayout, 'from' | 'to' | 'label' | 'symbol'>>(
  drafts: readonly E[],
  fontSize: number = sizes.font.edge,
): E[] | null {
  if (labelModeOf(drafts, fontSize) === 'all') return [...drafts];
  const boxes: LabelBox[] = [];
  const placed: E[] = [];
  for (const draft of drafts) {
    const candidates = [draft.label, ...fallbackTs.map((t) => pointOnCurve(draft.from, draft.to, t))];
    const label = candidates.find((point) => {
      const box = labelBox({ label: point, symbol: draft.symbol }, fontSize);
      return !boxes.some((other) => overlaps(box, other));
    });
    if (!label) return null;
    boxes.push(labelBox({ label, symbol: draft.symbol }, fontSize));
    placed.push({ ...draft, label });
  }
  return placed;
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
