import { useId } from 'react';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { speeds, useApp } from '../../store';

/** How fast play advances, in steps per second. */
export function SpeedPicker() {
  const speed = useApp((state) => state.speed);
  const setSpeed = useApp((state) => state.setSpeed);
  const disabled = useApp((state) => state.timeline.steps.length <= 1);
  const id = useId();
  const keys = useKeysBackAfterPointer();
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
        onPointerDown={keys.onPointerDown}
        onKeyDown={keys.onKeyDown}
        onChange={(event) => {
          setSpeed(Number(event.currentTarget.value));
          keys.release(event.currentTarget);
        }}
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
