import { useId, useSyncExternalStore } from 'react';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { examplePreset } from '../../presets/example';
import { useApp } from '../../store';
import { presetsCode } from '../lazyParts';

/** Value of the option shown when the model is not one of the presets (a file or a link). */
const customValue = 'custom';

/** The preset menu: choosing one loads its model (the stepper restarts); the Example alone until the others came. */
export function PresetPicker() {
  const presets = useSyncExternalStore(presetsCode.subscribe, presetsCode.current) ?? [examplePreset];
  const model = useApp((state) => state.model);
  const loadModel = useApp((state) => state.loadModel);
  const id = useId();
  const keys = useKeysBackAfterPointer();
  const current = presets.find((preset) => preset.model === model);
  return (
    <div className="picker">
      <label htmlFor={id}>Model</label>
      <select
        id={id}
        data-testid="preset-picker"
        value={current?.id ?? customValue}
        onPointerDown={keys.onPointerDown}
        onKeyDown={keys.onKeyDown}
        onChange={(event) => {
          const preset = presets.find((candidate) => candidate.id === event.currentTarget.value);
          if (preset) loadModel(preset.model);
          keys.release(event.currentTarget);
        }}
      >
        {!current && (
          <option value={customValue} disabled>
            Your model
          </option>
        )}
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.title}
          </option>
        ))}
      </select>
    </div>
  );
}
