import { useId, useState, type KeyboardEvent } from 'react';
import { maxSeed } from '../../editing';
import { useApp } from '../../store';

/** The seeded initialiser: the seed new weights are drawn from, and a button that re-draws every weight. */
export function Initializer() {
  const seed = useApp((state) => state.seed);
  const setSeed = useApp((state) => state.setSeed);
  const edit = useApp((state) => state.edit);
  const [typing, setTyping] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const commit = () => {
    if (typing === null) return;
    const text = typing.trim();
    const result = /^\d+$/.test(text)
      ? setSeed(Number(text))
      : {
          ok: false as const,
          problems: [
            { path: 'seed', message: `expected a whole number from 0 to ${maxSeed.toLocaleString('en-US')}` },
          ],
        };
    if (result.ok) {
      setTyping(null);
      setProblem(null);
    } else setProblem(result.problems.map((found) => found.message).join('; '));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && typing !== null) {
      event.preventDefault();
      setTyping(null);
      setProblem(null);
    }
  };
  return (
    <section className="edit-section initializer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New weights</h2>
      <p className="section-note">
        New Linear layers get weights drawn at random, the same every time for the same seed (Xavier/Glorot
        uniform in ±√(6 / (inputs + outputs)), rounded to 2 decimals); new biases start at 0.
      </p>
      <div className="field-row">
        <label className="inline-field">
          <span>seed</span>
          <span className={`field${problem === null ? '' : ' is-invalid'}`}>
            <input
              type="text"
              inputMode="numeric"
              className="field-input seed-field"
              data-testid="seed"
              value={typing ?? String(seed)}
              aria-invalid={problem !== null}
              {...(problem === null ? {} : { 'aria-describedby': `${id}-problem` })}
              onChange={(event) => setTyping(event.currentTarget.value)}
              onKeyDown={onKeyDown}
              onBlur={commit}
            />
          </span>
        </label>
        <button
          type="button"
          className="text-button"
          title="Draw every weight again from this seed (biases back to 0); undo brings the old ones back"
          onClick={() => edit({ kind: 'reinitialize' })}
        >
          Re-draw all weights
        </button>
      </div>
      {problem !== null && (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
