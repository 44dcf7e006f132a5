import { useId, useState, type KeyboardEvent } from 'react';
import { learningRatePath } from '../../editing';
import { selectFieldProblem, useApp } from '../../store';
import { Sym } from './Sym';

/** α, the learning rate, as typed text (a decimal, 1e-7, or a fraction): applied on Enter or when the field is left. */
export function LearningRateField({ disabled }: { readonly disabled: boolean }) {
  const learningRate = useApp((state) => state.model.learningRate);
  // A new α (an undo, another model) starts a fresh draft.
  return <LearningRateDraft key={String(learningRate)} learningRate={learningRate} disabled={disabled} />;
}

/** The field itself, holding what is being typed until it is applied. */
function LearningRateDraft({
  learningRate,
  disabled,
}: {
  readonly learningRate: number;
  readonly disabled: boolean;
}) {
  const id = useId();
  const problemId = useId();
  const [draft, setDraft] = useState(String(learningRate));
  const problem = useApp(selectFieldProblem(learningRatePath));
  const edit = useApp((state) => state.edit);
  const clearFieldProblem = useApp((state) => state.clearFieldProblem);
  const apply = () => {
    if (draft.trim() === String(learningRate)) return clearFieldProblem(learningRatePath);
    edit({ kind: 'setLearningRate', value: draft.trim() });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') apply();
    if (event.key === 'Escape') {
      setDraft(String(learningRate));
      clearFieldProblem(learningRatePath);
    }
  };
  return (
    <div className="train-field">
      <label htmlFor={id}>
        learning rate <Sym base="α" />
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        data-testid="learning-rate"
        value={draft}
        disabled={disabled}
        aria-invalid={problem !== null}
        {...(problem !== null ? { 'aria-describedby': problemId } : {})}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={apply}
        onKeyDown={onKeyDown}
      />
      {problem !== null && (
        <p className="train-problem" id={problemId} role="alert">
          {`α: ${problem}`}
        </p>
      )}
    </div>
  );
}
