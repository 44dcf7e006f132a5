import type { Detail } from '../../timeline';
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
  return (
    <fieldset className="segmented" data-testid="detail-toggle" title="Detail level (D)">
      <legend className="visually-hidden">Detail</legend>
      {levels.map((level) => (
        <label key={level.detail} className="segment" title={level.title}>
          <input
            type="radio"
            name="detail"
            value={level.detail}
            checked={detail === level.detail}
            onChange={() => setDetail(level.detail)}
          />
          <span>{level.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
