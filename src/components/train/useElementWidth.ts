import { useCallback, useState, type RefCallback } from 'react';

/** The width an element gets where ResizeObserver is missing (jsdom). */
const fallbackWidth = 480;

/** The content width of an element, kept up to date with a ResizeObserver: a ref to attach, and the width. */
export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(element.clientWidth || fallbackWidth);
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.round(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
