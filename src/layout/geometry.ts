import type { Layer, Model } from '../engine';
import { elbow, round1, type Point } from './curves';
import { layoutEdges, type EdgeLayout, type LabelMode } from './edges';
import { biasId, lossEdgeId, lossId, neuronId } from './ids';
import { sizes } from './sizes';
import { weightScale, type WeightStyle } from './weights';

/** A box of the diagram, by its centre and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A column: "Developer" (k = 0, the data) or "L^k neurons" (the outputs o^k of L^k). */
export interface ColumnLayout {
  /** `C:k`. */
  readonly id: string;
  readonly k: number;
  /** Centre x of the column's boxes. */
  readonly x: number;
  readonly count: number;
  /** Title in the script notation: "Developer", "L^{2} neurons" or "L^{2} neuron". */
  readonly title: string;
  /** What each box of the column holds: "data, δ^{1}" or "o^{k}, δ^{k+1}". */
  readonly symbols: string;
  /** Kind of L^k (null for the data column). */
  readonly kind: Layer['kind'] | null;
}

/** One neuron box N:k:j, holding o^k_j and δ^{k+1}_j (for k = 0: data_j and δ^1_j). */
export interface NeuronLayout extends Box {
  readonly id: string;
  readonly k: number;
  readonly j: number;
  /** The variable whose value the box holds, X^{k+1}_{j+1}, written in grey under the box. */
  readonly variable: string;
  /** The symbol of the box's value: o^{k}_{j+1}, or data_{j+1} in the data column. */
  readonly oSymbol: string;
  /** The symbol of the learning flow stored in the box: δ^{k+1}_{j+1}. */
  readonly deltaSymbol: string;
}

/** The bias B^k_j of a Linear layer: a small pill over the top-left corner of its output neuron's box. */
export interface BiasLayout extends Box {
  readonly id: string;
  readonly k: number;
  readonly j: number;
  /** b^{k}_{j+1}. */
  readonly symbol: string;
  readonly value: number;
  readonly style: WeightStyle;
}

/** The Loss box, under the last column. */
export interface LossLayout extends Box {
  readonly id: string;
  /** Loss(X^{n+1}, Y^{truth}). */
  readonly title: string;
}

/** The forward arrow bringing o^n_j into the Loss. */
export interface LossEdgeLayout {
  readonly id: string;
  readonly j: number;
  readonly d: string;
}

/** Everything the diagram draws that does not depend on the step: computed once per model. */
export interface DiagramLayout {
  /** n, the number of layers. */
  readonly n: number;
  readonly columns: readonly ColumnLayout[];
  readonly neurons: readonly NeuronLayout[];
  readonly neuronById: ReadonlyMap<string, NeuronLayout>;
  readonly edges: readonly EdgeLayout[];
  readonly edgeById: ReadonlyMap<string, EdgeLayout>;
  /** For each layer k (index k − 1), whether its edge labels are all shown or only for the active neuron. */
  readonly labelModes: readonly LabelMode[];
  readonly biases: readonly BiasLayout[];
  readonly biasById: ReadonlyMap<string, BiasLayout>;
  readonly loss: LossLayout;
  readonly lossEdges: readonly LossEdgeLayout[];
  /** Horizontal space between column k − 1 and column k (index k − 1). */
  readonly gaps: readonly number[];
  /** Baseline of the column titles; the symbols line sits one line below. */
  readonly titleY: number;
  /** The band behind the column titles at the label scale (it sticks at the top of a view further down). */
  readonly titles: Band;
  /** How many times their size the labels are drawn (presenting enlarges them), which their places allow for. */
  readonly labelScale: number;
  /** The drawing's extent: the SVG viewBox. */
  readonly bounds: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/** A band across the drawing: its top and its height. */
export interface Band {
  readonly top: number;
  readonly height: number;
}

/** Number of data components: the width of X^1. */
export function inputSize(model: Model): number {
  const first = model.layers[0];
  if (!first) return model.dataset[0]?.x.length ?? 0;
  return first.kind === 'linear' ? (first.weights[0]?.length ?? 0) : first.size;
}

/** Centre y of neuron j of a column of `count` neurons: every column is centred on y = 0 (spec 5.2). */
export function neuronY(j: number, count: number): number {
  return round1((j - (count - 1) / 2) * sizes.pitch);
}

/** Title of column k: "Developer" for the data, else "L^{k} neurons" (singular for one neuron). */
export function columnTitle(k: number, count: number): string {
  if (k === 0) return 'Developer';
  return `L^{${k}} ${count === 1 ? 'neuron' : 'neurons'}`;
}

/**
 * The column titles' band, for titles whose baseline is at `y`, at a label scale: the titles grow upwards from their
 * bottom and the symbols downwards from their top (see presentation.css), so its top rises by what the titles grow
 * and its bottom goes down by what the symbols grow.
 */
function titlesBand(y: number, labelScale: number): Band {
  const { above, below, title, symbols } = sizes.titles;
  const top = round1(y - above - title * (labelScale - 1));
  return { top, height: round1(y + below + symbols * (labelScale - 1) - top) };
}

/**
 * Lays out a model: columns, neurons centred per column, edges with labels, biases and the Loss box; the edge labels
 * clear of each other at `labelScale` times their size.
 */
export function layoutModel(model: Model, labelScale = 1): DiagramLayout {
  const { box } = sizes;
  const n = model.layers.length;
  const counts = [inputSize(model), ...model.layers.map((layer) => layer.size)];
  const gaps = model.layers.map((layer) => sizes.gap[layer.kind]);

  // Columns left to right: each column's centre is one box width and one gap after the previous one.
  const columnX: number[] = [];
  counts.forEach((_count, k) => {
    const previous = columnX[k - 1];
    columnX.push(previous === undefined ? box.width / 2 : previous + box.width + (gaps[k - 1] ?? 0));
  });
  const columns: ColumnLayout[] = counts.map((count, k) => ({
    id: `C:${k}`,
    k,
    x: columnX[k] ?? 0,
    count,
    title: columnTitle(k, count),
    symbols: k === 0 ? 'data, δ^{1}' : `o^{${k}}, δ^{${k + 1}}`,
    kind: model.layers[k - 1]?.kind ?? null,
  }));

  const neurons: NeuronLayout[] = columns.flatMap((column) =>
    Array.from({ length: column.count }, (_unused, j) => ({
      id: neuronId(column.k, j),
      k: column.k,
      j,
      x: column.x,
      y: neuronY(j, column.count),
      width: box.width,
      height: box.height,
      variable: `X^{${column.k + 1}}_{${j + 1}}`,
      oSymbol: column.k === 0 ? `data_{${j + 1}}` : `o^{${column.k}}_{${j + 1}}`,
      deltaSymbol: `δ^{${column.k + 1}}_{${j + 1}}`,
    })),
  );
  const neuronById = new Map(neurons.map((neuron) => [neuron.id, neuron]));

  const { edges, labelModes } = layoutEdges(model, neuronById, labelScale);
  const biases = layoutBiases(model, neuronById);
  const last = columns[n];
  const lastX = last?.x ?? box.width / 2;
  const lastCount = last?.count ?? 1;
  // Under the last column, left-aligned with it, below the variable name of its lowest neuron.
  const width = lossWidth(lastCount);
  const loss: LossLayout = {
    id: lossId,
    x: round1(lastX - box.width / 2 + width / 2),
    y: round1(neuronY(lastCount - 1, lastCount) + box.height / 2 + sizes.loss.below + sizes.loss.height / 2),
    width,
    height: sizes.loss.height,
    title: `Loss(X^{${n + 1}}, Y^{truth})`,
  };
  const titleY = round1(
    neuronY(0, Math.max(1, ...counts)) - box.height / 2 - sizes.titleHeight + sizes.titles.above,
  );
  const titles = titlesBand(titleY, labelScale);
  const lossEdges = layoutLossEdges(
    neurons.filter((neuron) => neuron.k === n),
    loss,
  );

  return {
    n,
    columns,
    neurons,
    neuronById,
    edges,
    edgeById: new Map(edges.map((edge) => [edge.id, edge])),
    labelModes,
    biases,
    biasById: new Map(biases.map((bias) => [bias.id, bias])),
    loss,
    lossEdges,
    gaps,
    titleY,
    titles,
    labelScale,
    bounds: boundsOf(counts, lastX, loss, titles.top, labelScale),
  };
}

/** The bias pills of every Linear layer with biases. */
function layoutBiases(model: Model, neuronById: ReadonlyMap<string, NeuronLayout>): BiasLayout[] {
  const { bias } = sizes;
  return model.layers.flatMap((layer, index) => {
    if (layer.kind !== 'linear' || !layer.biases) return [];
    const k = index + 1;
    const style = weightScale(layer.biases);
    return layer.biases.flatMap((value, j) => {
      const neuron = neuronById.get(neuronId(k, j));
      if (!neuron) return [];
      const x = round1(neuron.x - neuron.width / 2 + bias.dx);
      const y = round1(neuron.y - neuron.height / 2 - bias.dy);
      return [
        {
          id: biasId(k, j),
          k,
          j,
          x,
          y,
          width: bias.width,
          height: bias.height,
          symbol: `b^{${k}}_{${j + 1}}`,
          value,
          style: style(value),
        },
      ];
    });
  });
}

/**
 * Where the arrow of o^n_j enters the Loss box: its top side, right of the last column's boxes; the arrow of the
 * top neuron runs outermost so that the arrows never cross.
 */
export function lossInlet(loss: Box, j: number, count: number): Point {
  const first = loss.x - loss.width / 2 + sizes.box.width + sizes.loss.runGap;
  return { x: round1(first + (count - 1 - j) * sizes.loss.spread), y: loss.y - loss.height / 2 };
}

/** The Loss box's width: the usual one, or wider to take the arrows of many outputs side by side. */
export function lossWidth(outputs: number): number {
  const needed =
    sizes.box.width + sizes.loss.runGap + sizes.loss.inset + Math.max(0, outputs - 1) * sizes.loss.spread;
  return Math.max(sizes.loss.width, needed);
}

/** The forward arrows from each o^n_j (right side of its box) down into the Loss box. */
function layoutLossEdges(outputs: readonly NeuronLayout[], loss: LossLayout): LossEdgeLayout[] {
  return outputs.map((neuron) => {
    const inlet = lossInlet(loss, neuron.j, outputs.length);
    return {
      id: lossEdgeId(neuron.j),
      j: neuron.j,
      d: elbow({ x: neuron.x + neuron.width / 2, y: neuron.y }, { x: inlet.x, y: inlet.y - 1 }, sizes.elbow),
    };
  });
}

/** The bottom of the Loss box as drawn: presenting grows it with its labels, from its top, `sizes.grownBox` at most. */
export const lossBottom = (loss: Box, labelScale: number): number =>
  loss.y + loss.height * (Math.min(Math.max(1, labelScale), sizes.grownBox) - 0.5);

/**
 * The viewBox: every column, the titles above (their band grown, when presenting, into the margin and past it), the
 * variable names below, the Loss box (grown, when presenting) and its labels.
 */
function boundsOf(
  counts: readonly number[],
  lastX: number,
  loss: LossLayout,
  titlesTop: number,
  labelScale: number,
): DiagramLayout['bounds'] {
  const tallest = Math.max(1, ...counts);
  const top = neuronY(0, tallest) - sizes.box.height / 2 - sizes.titleHeight;
  const bottom = Math.max(
    neuronY(tallest - 1, tallest) + sizes.box.height / 2 + 34,
    lossBottom(loss, labelScale),
  );
  const x = -sizes.margin;
  const y = round1(Math.min(top - sizes.margin, titlesTop));
  // The Loss arrows' labels sit right of the Loss box's top corner.
  const right = Math.max(lastX + sizes.box.width / 2, loss.x + loss.width / 2 + 40) + sizes.margin;
  return { x, y, width: round1(right - x), height: round1(bottom + sizes.margin - y) };
}
