import type { SliceCreator } from './store';

/** The sizes labels and formulas can take in presentation mode, as factors of their normal size. */
export const labelScales = [0.8, 1, 1.2, 1.4, 1.6, 1.8, 2] as const;

/** The label scale presentation mode first opens with: a little larger than on a laptop. */
export const defaultLabelScale = 1.2;

/** Presentation mode for a teacher at a projector: less chrome, a high-contrast theme, larger labels. */
export interface PresentSlice {
  /** True while presenting: editing chrome hidden, projector theme, large caption. */
  readonly presenting: boolean;
  /**
   * Factor applied to the diagram's labels and the card's formulas while presenting (one of `labelScales`), never to
   * the layout; kept when presentation mode is left and entered again, like the spotlight.
   */
  readonly labelScale: number;
  /** True when only the current impact path (and the neurons it joins) keep full strength. */
  readonly spotlight: boolean;
  /** True while the screen is black (a pause in the lecture, presenting only); any key or click brings it back. */
  readonly blackout: boolean;
  /** Enters or leaves presentation mode; leaving also ends a blackout. */
  readonly setPresenting: (on: boolean) => void;
  readonly togglePresenting: () => void;
  /** One size up (+1) or down (−1) within `labelScales`. */
  readonly scaleLabels: (direction: 1 | -1) => void;
  readonly toggleSpotlight: () => void;
  readonly setBlackout: (on: boolean) => void;
}

/** The index in `labelScales` nearest to a factor. */
function nearestScale(scale: number): number {
  let best = 0;
  labelScales.forEach((candidate, n) => {
    if (Math.abs(candidate - scale) < Math.abs((labelScales[best] ?? 1) - scale)) best = n;
  });
  return best;
}

/** The presentation slice: off, no spotlight, no blackout. */
export const createPresentSlice: SliceCreator<PresentSlice> = (set, get) => ({
  presenting: false,
  labelScale: defaultLabelScale,
  spotlight: false,
  blackout: false,
  setPresenting: (on) => {
    if (on === get().presenting) return;
    set(on ? { presenting: true } : { presenting: false, blackout: false });
  },
  togglePresenting: () => get().setPresenting(!get().presenting),
  scaleLabels: (direction) => {
    const index = nearestScale(get().labelScale) + direction;
    const next = labelScales[Math.min(labelScales.length - 1, Math.max(0, index))];
    if (next !== undefined && next !== get().labelScale) set({ labelScale: next });
  },
  toggleSpotlight: () => set({ spotlight: !get().spotlight }),
  // The screen goes black only in presentation mode (outside it, B is just a letter).
  setBlackout: (on) => {
    if (on === get().blackout || (on && !get().presenting)) return;
    set({ blackout: on });
  },
});
