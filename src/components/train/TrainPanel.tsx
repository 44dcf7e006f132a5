import { useMemo, type ReactNode } from 'react';
import { resultsTable } from '../../engine';
import { useApp } from '../../store';
import { BeforeAfter } from './BeforeAfter';
import { InspectBanner } from './InspectBanner';
import { IterationPicker } from './IterationPicker';
import { LossCurve } from './LossCurve';
import { NonFiniteAlert } from './NonFiniteAlert';
import { ResultsTable } from './ResultsTable';
import { RunControls } from './RunControls';
import { RunSummary } from './RunSummary';
import './train.css';

/** A titled part of the panel. */
function Section({
  title,
  testId,
  children,
}: {
  readonly title: ReactNode;
  readonly testId: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="train-section" data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Training: run iterations and epochs, see the weights and the results before and after, and the loss curve. */
export function TrainPanel() {
  const run = useApp((state) => state.lastRun);
  const model = useApp((state) => state.model);
  // Before any run, the series' table of the model as it is (forward passes only).
  const now = useMemo(() => (run ? null : resultsTable(model)), [run, model]);
  return (
    <div className="train-panel" data-testid="train-panel">
      {run && <NonFiniteAlert run={run} />}
      <InspectBanner />
      <Section title="Gradient descent" testId="train-section-run">
        <RunControls />
      </Section>
      {run && <RunSummary run={run} />}
      <Section title="Loss curve" testId="train-section-curve">
        <LossCurve />
      </Section>
      <Section title={run ? 'Results before and after' : 'Results now'} testId="train-section-results">
        {run ? (
          <ResultsTable n={run.before.layers.length} before={run.resultsBefore} after={run.resultsAfter} />
        ) : (
          <ResultsTable n={model.layers.length} before={now ?? []} after={null} />
        )}
      </Section>
      {run && (
        <Section title="Weights before and after" testId="train-section-weights">
          <BeforeAfter run={run} />
        </Section>
      )}
      {run && (
        <Section title="Iterations of the last run" testId="train-section-iterations">
          <IterationPicker run={run} />
        </Section>
      )}
    </div>
  );
}
