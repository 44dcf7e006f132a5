import type { Detail } from '../../timeline';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { useApp } from '../../store';

/** The two detail levels, as the toggle names them. */
const levels: readonly { readonly detail: Detail; readonly label: string; readonly title: string }[] = [
  {
    detail: 'detailed',
    label: 'Detailed',
    title: 'Each δ in the series’ sub-steps: goal, impact paths, formula, local derivatives, terms, sum',
  },
  { detail: 'compact', label: 'One step per δ', title: 'Each δ, δw and δb in one step' },
];

/** Switch between the series' sub-steps for each δ and one step per δ; the stepper stays on the same δ. */
export function DetailToggle() {
  const detail = useApp((state) => state.detail);
  const setDetail = useApp((state) => state.setDetail);
  const keys = useKeysBackAfterPointer();
  return (
    <fieldset
      className="segmented"
      data-testid="detail-toggle"
      title="Detail level (D)"
      onPointerDown={keys.onPointerDown}
      onKeyDown={keys.onKeyDown}
    >
      <legend className="visually-hidden">Detail</legend>
      {levels.map((level) => (
        <label key={level.detail} className="segment" title={level.title}>
          <input
            type="radio"
            name="detail"
            value={level.detail}
            checked={detail === level.detail}
            onChange={() => setDetail(level.detail)}
            // A click on the level already chosen changes nothing, but gives the keys back all the same.
            onClick={(event) => keys.release(event.currentTarget)}
          />
          <span data-label={level.label}>{level.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
