import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store';
import { formatCount } from './format';
import { iterationLabel, samplesLabel } from './iterations';

/** Says that the stepper walks a past iteration of the last run, not the current model, with a way back. */
export function InspectBanner() {
  const { inspected, run } = useApp(
    useShallow((state) => ({ inspected: state.inspected, run: state.lastRun })),
  );
  const stopInspecting = useApp((state) => state.stopInspecting);
  if (inspected === null) return null;
  const where = run ? iterationLabel(run.plan, run.record, inspected.index) : samplesLabel(inspected.samples);
  return (
    <div className="inspect-banner" role="status" data-testid="inspect-banner">
      <p>
        <strong>{`The stepper shows iteration ${formatCount(inspected.index + 1)} of the last run`}</strong>
        {` (${where}), on the weights before it — not the current model.`}
      </p>
      <button type="button" className="train-button" data-testid="stop-inspecting" onClick={stopInspecting}>
        Back to the current model
      </button>
    </div>
  );
}
