import { useMemo, useRef } from 'react';

/** The handlers of a picker (a select, radios) or a step button that gives the keyboard back to the stepper. */
export interface KeysBack {
  /** On the picker: a press of the mouse or a finger starts a choice by pointer. */
  readonly onPointerDown: () => void;
  /** On the picker: a key pressed in it makes the choice the keyboard's. */
  readonly onKeyDown: () => void;
  /** After the choice: a choice by pointer takes the focus off the control, so that the next key steps. */
  readonly release: (control: HTMLElement) => void;
}

/**
 * A picker chosen with the mouse (or a finger) gives the keys back to the stepper: otherwise the focus stays in the
 * select or the radio group, whose arrows and PageUp/PageDown are its own, and the next → (or a presentation
 * clicker's PageDown) would change the sample or the detail level instead of stepping. So does a step button, whose
 * Space would press it again rather than play. A choice made with the keys keeps the focus where it is, so that the
 * keyboard can go on choosing.
 */
export function useKeysBackAfterPointer(): KeysBack {
  const byPointer = useRef(false);
  return useMemo(
    () => ({
      onPointerDown: () => {
        byPointer.current = true;
      },
      onKeyDown: () => {
        byPointer.current = false;
      },
      release: (control) => {
        if (!byPointer.current) return;
        byPointer.current = false;
        control.blur();
      },
    }),
    [],
  );
}
