import { useEffect, type RefObject } from 'react';

/**
 * While the popover is open (the component using this is drawn), a pointer down outside it and its button, or
 * Escape, calls `close`; Escape also gives the focus back to the button. Used by every toolbar menu.
 */
export function useDismiss(
  close: () => void,
  popover: RefObject<HTMLElement | null>,
  button: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const inside = (target: EventTarget | null) =>
      target instanceof Node && (popover.current?.contains(target) || button.current?.contains(target));
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [close, popover, button]);
}
