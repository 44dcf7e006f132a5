import { useId, useState, type FormEvent } from 'react';
import type { RunResult } from '../../training';
import { useApp } from '../../store';
import { formatCount, plural } from './format';
import { iterationLabel, updatesByBatch } from './iterations';

/** Runs with at most this many iterations list them all as buttons. */
const listLength = 12;

/** Inspect an iteration of the last run in the stepper: a list for short runs, a number for long ones (1-based). */
export function IterationPicker({ run }: { readonly run: RunResult }) {
  const inspected = useApp((state) => state.inspected?.index ?? null);
  const inspectIteration = useApp((state) => state.inspectIteration);
  const count = run.record.count;
  if (count === 0) return <p className="train-note">The last run applied no iteration.</p>;
  return (
    <div className="iterations">
      <p className="train-note">
        {`Walk ${count === 1 ? 'the iteration' : `any of the ${plural(count, 'iteration')}`} of the last run in the stepper: its forward and backward pass, then the update ŵ = w − α . ${updatesByBatch(run.plan) ? 'δw^avg' : 'δw'} with its numbers.`}
      </p>
      {count <= listLength ? (
        <ol className="iteration-list" data-testid="iteration-list">
          {Array.from({ length: count }, (_v, n) => (
            <li key={`iteration-${n}`}>
              <button
                type="button"
                className="train-button iteration-button"
                aria-pressed={inspected === n}
                data-testid="inspect-iteration"
                onClick={() => inspectIteration(n)}
              >
                <strong>{n + 1}</strong> {iterationLabel(run.plan, run.record, n)}
                {n === run.nonFinite?.iteration && <small>not applied: not finite</small>}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <IterationNumber key={inspected ?? -1} run={run} inspected={inspected} onInspect={inspectIteration} />
      )}
    </div>
  );
}

/** "Inspect iteration [n] of N" with previous and next, for long runs. */
function IterationNumber({
  run,
  inspected,
  onInspect,
}: {
  readonly run: RunResult;
  readonly inspected: number | null;
  readonly onInspect: (n: number) => boolean;
}) {
  const id = useId();
  const count = run.record.count;
  const [text, setText] = useState(String((inspected ?? count - 1) + 1));
  const [problem, setProblem] = useState<string | null>(null);
  const go = (n: number) => {
    if (!onInspect(n)) setProblem(`expected a whole number from 1 to ${formatCount(count)}`);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim().replace(/[,_\s]/g, '');
    go(/^\d+$/.test(value) ? Number(value) - 1 : NaN);
  };
  return (
    <form className="iteration-number" onSubmit={onSubmit}>
      <label htmlFor={id}>Iteration</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        data-testid="inspect-number"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <span>{`of ${formatCount(count)}`}</span>
      <button type="submit" className="train-button" data-testid="inspect-go">
        Show
      </button>
      <button
        type="button"
        className="train-button"
        aria-label="Previous iteration"
        disabled={inspected === null || inspected <= 0}
        onClick={() => go((inspected ?? 0) - 1)}
      >
        ‹
      </button>
      <button
        type="button"
        className="train-button"
        aria-label="Next iteration"
        disabled={inspected === null || inspected >= count - 1}
        onClick={() => go((inspected ?? 0) + 1)}
      >
        ›
      </button>
      {inspected !== null && (
        <span className="train-note">
          {iterationLabel(run.plan, run.record, inspected)}
          {inspected === run.nonFinite?.iteration ? ' · not applied: not finite' : ''}
        </span>
      )}
      {problem !== null && (
        <p className="train-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
