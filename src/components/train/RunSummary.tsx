import type { RunResult } from '../../training';
import { useApp } from '../../store';
import { formatCount, plural } from './format';

/** The last run in words: what it did ("1 epoch per sample, 3 iterations") and how it ended. */
function describeRun(run: RunResult): string {
  const { plan, progress, status } = run;
  const what =
    plan.kind === 'iteration'
      ? 'one iteration'
      : `${plural(plan.epochs, 'epoch')} ${plan.mode === 'batch' ? 'by batch' : 'per sample'}`;
  const iterations = plural(progress.iterations, 'iteration');
  switch (status) {
    case 'done':
      return `Last run: ${what}, ${iterations} applied.`;
    case 'stopped':
      return `Last run: ${what}, stopped after ${formatCount(Math.floor(progress.epochs))} epochs (${iterations} applied).`;
    case 'nonFinite':
      return `Last run: ${what}, paused after ${iterations} on a value that is not finite.`;
  }
}

/** What the last run did, and whether the model has changed since (an undo or an edit). */
export function RunSummary({ run }: { readonly run: RunResult }) {
  const current = useApp((state) => state.model === run.after);
  return (
    <p className="run-summary" data-testid="run-summary">
      {describeRun(run)}
      {!current && ' The model has changed since (undo or edit): these tables show the run as it was.'}
    </p>
  );
}
