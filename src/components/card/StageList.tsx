import type { StageMark } from '../../formulas';

/** The series' procedure for one gradient (goal → paths → … → sum), the current stage emphasised. */
export function StageList({ stages }: { stages: readonly StageMark[] }) {
  return (
    <ol className="card-stages" aria-label="Stages of the derivation">
      {stages.map((mark) => (
        <li
          key={mark.stage}
          className={`card-stage is-${mark.state}`}
          aria-current={mark.state === 'current' ? 'step' : undefined}
        >
          <span className="card-stage-label">{mark.label}</span>
        </li>
      ))}
    </ol>
  );
}
