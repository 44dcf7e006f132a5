import { useEffect, useRef, useSyncExternalStore } from 'react';
import { labelScales, useApp } from '../../store';
import { isFullscreen, onFullscreenChange, toggleFullscreen } from './fullscreen';

/** Whether the page is full screen, kept in sync with the browser (Escape can leave full screen on its own). */
function useFullscreen(): boolean {
  return useSyncExternalStore(
    (callback) => onFullscreenChange(callback),
    () => isFullscreen(),
    () => false,
  );
}

/** The notice shown when full screen is refused (said once, replaced if repeated). */
function useRefusedNotice(): (text: string) => void {
  const notify = useApp((state) => state.notify);
  return (text) => notify({ level: 'warning', text, key: 'fullscreen' });
}

/** True when no element holds the focus (the one that had it has left the page). */
const lostFocus = (): boolean => !document.activeElement || document.activeElement === document.body;

/** The presenter's buttons: label size, spotlight, full screen, black screen, and the way out. */
export function PresenterControls() {
  const labelScale = useApp((state) => state.labelScale);
  const spotlight = useApp((state) => state.spotlight);
  const scaleLabels = useApp((state) => state.scaleLabels);
  const toggleSpotlight = useApp((state) => state.toggleSpotlight);
  const setBlackout = useApp((state) => state.setBlackout);
  const setPresenting = useApp((state) => state.setPresenting);
  const fullscreen = useFullscreen();
  const refused = useRefusedNotice();
  const group = useRef<HTMLDivElement>(null);
  // The Present button that had the focus is gone: the focus comes here, where Tab reaches the presenter's buttons.
  // Leaving, the focus they held (fallen to the page) goes to the Present button drawn again in their place.
  useEffect(() => {
    if (lostFocus()) group.current?.focus();
    return () => {
      if (lostFocus()) document.querySelector<HTMLElement>('.present-button')?.focus();
    };
  }, []);
  const smallest = labelScale <= (labelScales[0] ?? 1);
  const largest = labelScale >= (labelScales[labelScales.length - 1] ?? 1);
  return (
    <div className="presenter-controls" role="group" aria-label="Presentation" ref={group} tabIndex={-1}>
      <div className="presenter-scale" role="group" aria-label="Size of labels and formulas">
        <button
          type="button"
          className="tool-button"
          aria-label="Smaller labels and formulas"
          aria-keyshortcuts="-"
          title="Smaller labels and formulas (−)"
          disabled={smallest}
          onClick={() => scaleLabels(-1)}
        >
          A−
        </button>
        <output className="presenter-scale-value" aria-live="polite" data-testid="label-scale">
          {Math.round(labelScale * 100)}%
        </output>
        <button
          type="button"
          className="tool-button"
          aria-label="Larger labels and formulas"
          aria-keyshortcuts="+"
          title="Larger labels and formulas (+)"
          disabled={largest}
          onClick={() => scaleLabels(1)}
        >
          A+
        </button>
      </div>
      <button
        type="button"
        className="tool-button"
        aria-pressed={spotlight}
        aria-keyshortcuts="S"
        title="Keep only the current impact path at full strength (S)"
        data-testid="spotlight"
        onClick={toggleSpotlight}
      >
        Spotlight
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={fullscreen}
        aria-keyshortcuts="F"
        title="Full screen (F)"
        onClick={() => toggleFullscreen(refused)}
      >
        Full screen
      </button>
      <button
        type="button"
        className="tool-button"
        aria-keyshortcuts="B"
        title="Black screen; any key brings the frame back (B)"
        onClick={() => setBlackout(true)}
      >
        Black screen
      </button>
      <button
        type="button"
        className="tool-button presenter-exit"
        aria-keyshortcuts="Escape"
        title="Leave presentation mode (Esc)"
        data-testid="exit-presentation"
        onClick={() => setPresenting(false)}
      >
        Exit presentation
      </button>
    </div>
  );
}
