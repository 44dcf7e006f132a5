import { memo, useRef } from 'react';
import { neuronId, type BiasLayout, type DiagramLayout, type NeuronLayout } from '../../layout';
import {
  selectElement,
  selectElementIndex,
  selectPass,
  selectStep,
  useApp,
  type AppState,
} from '../../store';
import { BiasMarker } from '../lazyParts';
import { deltaKey, oKey, type Timeline } from '../../timeline';
import { NeuronBox, type NeuronView } from './NeuronBox';
import { biasRole, explains, neuronRole, type Role } from './roles';
import { Sheet } from './Sheet';
import { deltaOf, oOf } from './values';

/** The steps that store o^k_j and δ^{k+1}_j of a column, for each j (Infinity for never): looked up once a timeline. */
interface StoredAt {
  readonly o: readonly number[];
  readonly delta: readonly number[];
}

const storedAtCache = new WeakMap<Timeline, Map<string, StoredAt>>();

/** Where the quantities of column k of batch element `element` are stored in the timeline (see StoredAt). */
function storedAtOf(timeline: Timeline, element: number, k: number, count: number): StoredAt {
  let byColumn = storedAtCache.get(timeline);
  if (!byColumn) storedAtCache.set(timeline, (byColumn = new Map()));
  // With the count: a store change reaches a column's selector before the column has the new model's neurons.
  const key = `${element}:${k}:${count}`;
  const known = byColumn.get(key);
  if (known) return known;
  const at = (quantity: string) => timeline.storedAt.get(quantity) ?? Infinity;
  const j = Array.from({ length: count }, (_, n) => n);
  const found = {
    // The data is given from the start; o^k_j once computed.
    o: j.map((n) => (k === 0 ? -Infinity : at(oKey(element, k, n)))),
    delta: j.map((n) => at(deltaKey(element, k + 1, n))),
  };
  byColumn.set(key, found);
  return found;
}

/** What box N:k:j shows now: its role, and o^k_j and δ^{k+1}_j once stored ("—" before). */
export function neuronView(state: AppState, k: number, j: number, stored: StoredAt): NeuronView {
  const step = selectStep(state);
  const pass = selectPass(state);
  const role = neuronRole(step, pass, k, j);
  // Without a sample (an empty dataset) there is no data to show either.
  const hasO = pass !== undefined && (stored.o[j] ?? Infinity) <= state.stepIndex;
  const hasDelta = (stored.delta[j] ?? Infinity) <= state.stepIndex;
  return {
    role,
    explained: role === 'active' && explains(step),
    o: hasO ? oOf(pass, k, j) : null,
    delta: hasDelta ? deltaOf(pass, k, j) : null,
    selected: state.selected === neuronId(k, j),
  };
}

/** What a column draws now: each box's view, each bias's role, the label scale and the fields with a problem. */
interface ColumnView {
  readonly neurons: readonly NeuronView[];
  readonly biases: readonly Role[];
  readonly labelScale: number;
  readonly problems: AppState['fieldProblems'];
  /** The batch element shown (1-based), or undefined for a single sample: it is in the boxes' symbols. */
  readonly element: number | undefined;
}

/** True when two views of a column draw the same (a model opened or edited may have more boxes or pills). */
function sameColumn(a: ColumnView, b: ColumnView): boolean {
  const sameNeuron = (x: NeuronView, y: NeuronView | undefined) =>
    x.role === y?.role &&
    x.explained === y.explained &&
    Object.is(x.o, y.o) &&
    Object.is(x.delta, y.delta) &&
    x.selected === y.selected;
  return (
    a.labelScale === b.labelScale &&
    a.problems === b.problems &&
    a.element === b.element &&
    a.neurons.length === b.neurons.length &&
    a.biases.length === b.biases.length &&
    a.neurons.every((view, n) => sameNeuron(view, b.neurons[n])) &&
    a.biases.every((role, n) => role === b.biases[n])
  );
}

/**
 * The column's view, worked out on every change of the store but the same object while it draws the same: the
 * column is drawn again only when one of its boxes or pills changes (a step changes one or two columns).
 */
function useColumnView(
  k: number,
  neurons: readonly NeuronLayout[],
  biases: readonly BiasLayout[],
): ColumnView {
  const last = useRef<ColumnView | null>(null);
  return useApp((state) => {
    const stored = storedAtOf(state.timeline, selectElementIndex(state), k, neurons.length);
    const next: ColumnView = {
      neurons: neurons.map((neuron) => neuronView(state, k, neuron.j, stored)),
      biases: biases.map((bias) => biasRole(selectStep(state), bias.k, bias.j)),
      labelScale: state.presenting ? state.labelScale : 1,
      problems: state.fieldProblems,
      element: selectElement(state),
    };
    if (last.current && sameColumn(last.current, next)) return last.current;
    last.current = next;
    return next;
  });
}

/** Props of a column: its neurons and the biases pinned on them, and the neuron in the tab order. */
interface NeuronColumnProps {
  readonly bounds: DiagramLayout['bounds'];
  readonly k: number;
  readonly neurons: readonly NeuronLayout[];
  readonly biases: readonly BiasLayout[];
  /** The id of the one neuron of the diagram in the tab order (the roving tabindex of NeuronGrid). */
  readonly tabbable: string | undefined;
}

/**
 * The neurons of column k ("Developer" for k = 0, else "L^k neurons") and the biases of L^k, on a sheet of their
 * own: a step redraws the columns it changes. A column the step dims wholly fades as one sheet.
 */
export const NeuronColumn = memo(function NeuronColumn({
  bounds,
  k,
  neurons,
  biases,
  tabbable,
}: NeuronColumnProps) {
  const view = useColumnView(k, neurons, biases);
  const dimmed = [...view.neurons.map((neuron) => neuron.role), ...view.biases].every(
    (role) => role === 'dimmed',
  );
  return (
    <Sheet bounds={bounds} className={`neuron-sheet${dimmed ? ' is-dimmed' : ''}`}>
      {neurons.map((neuron, n) => {
        const box = view.neurons[n];
        return (
          box && (
            <NeuronBox
              key={neuron.id}
              neuron={neuron}
              {...box}
              labelScale={view.labelScale}
              element={view.element}
              tabbable={neuron.id === tabbable}
            />
          )
        );
      })}
      {biases.map((bias, n) => (
        <BiasMarker key={bias.id} bias={bias} role={view.biases[n] ?? 'normal'} problems={view.problems} />
      ))}
    </Sheet>
  );
});
