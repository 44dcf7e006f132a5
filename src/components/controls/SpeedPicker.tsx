import { useId } from 'react';
import { speeds, useApp } from '../../store';

/** How fast play advances, in steps per second. */
export function SpeedPicker() {
  const speed = useApp((state) => state.speed);
  const setSpeed = useApp((state) => state.setSpeed);
  const disabled = useApp((state) => state.timeline.steps.length <= 1);
  const id = useId();
  return (
    <div className="speed-picker">
      <label htmlFor={id} className="visually-hidden">
        Speed (steps per second)
      </label>
      <select
        id={id}
        data-testid="speed"
        value={speed}
        disabled={disabled}
        title="Speed of play, in steps per second"
        onChange={(event) => setSpeed(Number(event.currentTarget.value))}
      >
        {speeds.map((value) => (
          <option key={value} value={value}>
            {value} step{value === 1 ? '' : 's'}/s
          </option>
        ))}
      </select>
    </div>
  );
}
