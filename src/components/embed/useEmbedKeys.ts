import { useEffect } from 'react';
import { appStore } from '../../store';

/** The embed's keys and what they do: the stepper's navigation only (the embed has no help, no editing). */
const keys: Readonly<Record<string, () => void>> = {
  ArrowRight: () => appStore.getState().stepForward(),
  PageDown: () => appStore.getState().stepForward(),
  ArrowLeft: () => appStore.getState().stepBack(),
  PageUp: () => appStore.getState().stepBack(),
  Home: () => appStore.getState().seekFirst(),
  End: () => appStore.getState().seekLast(),
  ' ': () => appStore.getState().togglePlay(),
};

/** True when the key belongs to the element it was pressed in (a field, a list, the slider, a button's Space). */
function belongsToTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable]:not([contenteditable="false"])'))
    return true;
  return event.key === ' ' && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** The arrow keys, Page Up/Down, Home, End and Space step through the embed (within its range) while it has the focus. */
export function useEmbedKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keys[event.key];
      if (!action || belongsToTarget(event)) return;
      event.preventDefault();
      if (!(event.repeat && event.key === ' ')) action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
