import { useCallback, type RefCallback } from 'react';

/**
 * A ref that keeps the element's height (its border box, in px) in a CSS variable of the document, such as
 * `--toolbar-height`, for the layout of the rest of the page; the variable goes when the element does. Set on the
 * document, not through React state, so that a change is laid out before the frame that shows it is painted.
 */
export function useHeightVariable(name: `--${string}`): RefCallback<HTMLElement> {
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return;
      const style = document.documentElement.style;
      const observer = new ResizeObserver(([entry]) => {
        const height = entry?.borderBoxSize[0]?.blockSize;
        if (height !== undefined) style.setProperty(name, `${Math.round(height)}px`);
      });
      observer.observe(element);
      return () => {
        observer.disconnect();
        style.removeProperty(name);
      };
    },
    [name],
  );
}
