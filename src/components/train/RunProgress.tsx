import { useShallow } from 'zustand/react/shallow';
import { formatValue } from '../../layout';
import { useApp } from '../../store';
import { formatCount } from './format';
import { Sym } from './Sym';

/** The run in progress: a bar with the epochs done and planned, loss^avg so far, and Stop. */
export function RunProgress() {
  const progress = useApp(
    useShallow((state) =>
      state.training === null
        ? null
        : {
            epochs: state.training.epochs,
            total: state.training.totalEpochs,
            lossAvg: state.training.lossAvg,
          },
    ),
  );
  const stopTraining = useApp((state) => state.stopTraining);
  if (progress === null) return null;
  const done = Math.floor(progress.epochs);
  return (
    <div className="train-progress" data-testid="train-progress">
      <progress max={progress.total} value={progress.epochs} aria-label="Training progress" />
      <p className="train-progress-text">
        <span data-testid="train-progress-epochs">
          {`Epoch ${formatCount(done)} of ${formatCount(progress.total)}`}
        </span>
        {progress.lossAvg !== undefined && (
          <span>
            <Sym base="loss" sup="avg" /> = {formatValue(progress.lossAvg)}
          </span>
        )}
      </p>
      <button
        type="button"
        className="train-button train-stop"
        data-testid="train-stop"
        onClick={stopTraining}
      >
        Stop
      </button>
    </div>
  );
}
