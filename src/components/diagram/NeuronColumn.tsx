import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { neuronId, type BiasLayout, type DiagramLayout, type NeuronLayout } from '../../layout';
import { isStored, selectPass, selectStep, useApp, type AppState } from '../../store';
import { deltaKey, oKey } from '../../timeline';
import { BiasMarker } from './BiasMarker';
import { NeuronBox, type NeuronView } from './NeuronBox';
import { biasRole, explains, neuronRole } from './roles';
import { Sheet } from './Sheet';
import { deltaOf, oOf } from './values';

/** What the boxes of a column are drawn from: stable references of the store, read once per step for the column. */
const selectColumnFrame = (state: AppState) => ({
  step: selectStep(state),
  pass: selectPass(state),
  timeline: state.timeline,
  stepIndex: state.stepIndex,
  selected: state.selected,
  labelScale: state.presenting ? state.labelScale : 1,
  problems: state.fieldProblems,
});

/** The frame of one column (see selectColumnFrame). */
type ColumnFrame = ReturnType<typeof selectColumnFrame>;

/** What box N:k:j shows in the frame: its role, and o^k_j and δ^{k+1}_j once stored ("—" before). */
export function neuronView(frame: ColumnFrame, k: number, j: number): NeuronView {
  const { step, pass, timeline, stepIndex } = frame;
  const element = step?.element ?? 0;
  const role = neuronRole(step, pass, k, j);
  // The data is given from the start; o^k_j once computed.
  const hasO = k === 0 || isStored(timeline, stepIndex, oKey(element, k, j));
  const hasDelta = isStored(timeline, stepIndex, deltaKey(element, k + 1, j));
  return {
    role,
    explained: role === 'active' && explains(step),
    o: hasO ? oOf(pass, k, j) : null,
    delta: hasDelta ? deltaOf(pass, k, j) : null,
    selected: frame.selected === neuronId(k, j),
  };
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
  const frame = useApp(useShallow(selectColumnFrame));
  const views = neurons.map((neuron) => neuronView(frame, k, neuron.j));
  const biasRoles = biases.map((bias) => biasRole(frame.step, bias.k, bias.j));
  const dimmed = [...views.map((view) => view.role), ...biasRoles].every((role) => role === 'dimmed');
  return (
    <Sheet bounds={bounds} className={`neuron-sheet${dimmed ? ' is-dimmed' : ''}`}>
      {neurons.map((neuron, n) => {
        const view = views[n];
        return (
          view && (
            <NeuronBox
              key={neuron.id}
              neuron={neuron}
              {...view}
              labelScale={frame.labelScale}
              tabbable={neuron.id === tabbable}
            />
          )
        );
      })}
      {biases.map((bias, n) => (
        <BiasMarker key={bias.id} bias={bias} role={biasRoles[n] ?? 'normal'} problems={frame.problems} />
      ))}
    </Sheet>
  );
});
