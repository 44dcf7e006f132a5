import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TrainingMode } from '../../engine';
import type { Problem } from '../../format';
import { samplesOf, useApp, type EditResult } from '../../store';
import { maxEpochs } from '../../store/runs';
import { formatCount } from './format';
import { LearningRateField } from './LearningRateField';
import { RunProgress } from './RunProgress';

/** The epochs the N-epochs field starts with. */
const defaultEpochs = 100;

/** "sample 2" or "the batch": what one iteration trains on. */
function selectionName(selection: number | 'batch'): string {
  return selection === 'batch' ? 'the batch' : `sample ${selection + 1}`;
}

/** The first problem of a refused action, or null. */
const problemOf = (result: EditResult): Problem | null =>
  result.ok ? null : (result.problems[0] ?? { path: '', message: 'refused' });

/** How to train: α, per sample or by batch, and one iteration, one epoch or N epochs; Stop while a run goes on. */
export function RunControls() {
  const { mode, selection, running, datasetSize, batchSize } = useApp(
    useShallow((state) => ({
      mode: state.trainingMode,
      selection: state.selection,
      running: state.training !== null,
      datasetSize: state.model.dataset.length,
      batchSize: samplesOf(state.model, 'batch').length,
    })),
  );
  const { train, trainStep, setTrainingMode, selectSample } = useApp(
    useShallow((state) => ({
      train: state.train,
      trainStep: state.trainStep,
      setTrainingMode: state.setTrainingMode,
      selectSample: state.selectSample,
    })),
  );
  // One iteration is the one the stepper shows: in batch mode, the batch (the stepper is moved to it first).
  const target = mode === 'batch' ? 'batch' : selection;
  const trainIteration = () => {
    if (target !== selection) selectSample(target);
    run(trainStep());
  };
  const epochsId = useId();
  const [epochsText, setEpochsText] = useState(String(defaultEpochs));
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemId = useId();
  const epochsInvalid = problem?.path === 'epochs';
  const empty = datasetSize === 0;

  const run = (result: EditResult) => setProblem(problemOf(result));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(train(epochsText));
  };
  const modes: readonly { mode: TrainingMode; label: string; title: string }[] = [
    { mode: 'sample', label: 'Per sample', title: 'One update per sample, in dataset order' },
    {
      mode: 'batch',
      label: `By batch of ${batchSize}`,
      title: `One update per batch of ${batchSize} samples, with δw^avg (Loss^learning = Loss / n)`,
    },
  ];

  return (
    <div className="train-controls">
      <div className="train-settings">
        <LearningRateField disabled={running} />
        <fieldset className="segmented train-mode" data-testid="training-mode" disabled={running}>
          <legend className="visually-hidden">An epoch updates the weights</legend>
          {modes.map((option) => (
            <label key={option.mode} className="segment" title={option.title}>
              <input
                type="radio"
                name="training-mode"
                value={option.mode}
                checked={mode === option.mode}
                onChange={() => setTrainingMode(option.mode)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="train-buttons">
        <button
          type="button"
          className="train-button"
          data-testid="train-iteration"
          disabled={running || empty}
          title={`Forward, backward and update on ${selectionName(target)}: the iteration the stepper shows`}
          onClick={trainIteration}
        >
          1 iteration
          <small>{selectionName(target)}</small>
        </button>
        <button
          type="button"
          className="train-button"
          data-testid="train-epoch"
          disabled={running || empty}
          title={mode === 'batch' ? 'One update per batch' : 'One update per sample, in dataset order'}
          onClick={() => run(train(1))}
        >
          1 epoch
          <small>{mode === 'batch' ? `by batch of ${batchSize}` : 'per sample'}</small>
        </button>
        <form className="train-epochs" onSubmit={onSubmit}>
          <label htmlFor={epochsId}>epochs</label>
          <input
            id={epochsId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            data-testid="train-epochs"
            value={epochsText}
            disabled={running}
            title={`A whole number from 1 to ${formatCount(maxEpochs)}`}
            aria-invalid={epochsInvalid}
            {...(epochsInvalid ? { 'aria-describedby': problemId } : {})}
            onChange={(event) => setEpochsText(event.currentTarget.value)}
          />
          <button
            type="submit"
            className="train-button train-primary"
            data-testid="train-run"
            disabled={running || empty}
          >
            Train
          </button>
        </form>
      </div>
      {empty && <p className="train-note">Add a sample in the Data tab first: training needs data.</p>}
      {problem !== null && (
        <p className="train-problem" id={problemId} role="alert">
          {problem.message}
        </p>
      )}
      <RunProgress />
    </div>
  );
}
