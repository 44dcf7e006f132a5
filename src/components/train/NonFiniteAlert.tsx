import { useShallow } from 'zustand/react/shallow';
import { formatValue } from '../../layout';
import { appStore, useApp } from '../../store';
import type { RunResult } from '../../training';
import { nonFiniteWord, reportSym } from './format';
import { samplesLabel } from './iterations';
import { neuronOf, quantityKey } from './locate';
import { Sym } from './Sym';

/** What to do now: undo the run (while the model is its result), or try a smaller α once it is undone. */
function advice(changed: boolean, current: boolean, undone: boolean): string {
  if (!changed) return 'Nothing was changed. Try a smaller α.';
  if (current)
    return 'Training paused before that iteration: the model keeps the last finite weights. Undo to go back to the weights before the run, then try a smaller α.';
  if (undone) return 'Undone: the weights are back to those before the run. Try a smaller α.';
  return 'The model has changed since this run.';
}

/**
 * Why the last run paused: the first value that became ∞ or NaN (a learning rate too large), named like the
 * series, with a button that shows it in the stepper and the diagram, and an undo of the run.
 */
export function NonFiniteAlert({ run }: { readonly run: RunResult }) {
  const { current, undone, canUndo } = useApp(
    useShallow((state) => ({
      current: state.model === run.after,
      undone: state.model === run.before,
      canUndo: state.canUndo,
    })),
  );
  const report = run.nonFinite;
  if (report === null) return null;
  const changed = run.after !== run.before;
  const where =
    report.sample === null
      ? `in the update after ${report.samples.length > 1 ? 'the ' : ''}${samplesLabel(report.samples)}`
      : `on sample ${report.sample + 1}`;
  const when = run.plan.kind === 'epochs' ? `at epoch ${report.epoch.toLocaleString('en-US')}, ` : '';

  const show = () => {
    const state = appStore.getState();
    if (state.inspected?.index !== report.iteration && !state.inspectIteration(report.iteration)) return;
    const at = appStore.getState().timeline.storedAt.get(quantityKey(report));
    if (at !== undefined) appStore.getState().seek(at);
    const neuron = neuronOf(report);
    if (neuron !== null) appStore.getState().selectNeuron(neuron);
  };

  return (
    <div className="nonfinite-alert" role="alert" data-testid="nonfinite-alert">
      <p>
        <strong>
          The learning rate <Sym base="α" /> = {formatValue(report.learningRate)} is too large:
        </strong>{' '}
        <mark data-testid="nonfinite-name">
          <Sym {...reportSym(report)} />
        </mark>{' '}
        became <strong>{nonFiniteWord(report.value)}</strong> {when}
        {where}.
      </p>
      <p data-testid="nonfinite-advice">{advice(changed, current, undone)}</p>
      <div className="train-buttons">
        <button type="button" className="train-button" data-testid="nonfinite-show" onClick={show}>
          Show it in the stepper
        </button>
        {changed && current && canUndo && (
          <button
            type="button"
            className="train-button train-primary"
            data-testid="nonfinite-undo"
            onClick={() => appStore.getState().undo()}
          >
            Undo the run
          </button>
        )}
      </div>
    </div>
  );
}
