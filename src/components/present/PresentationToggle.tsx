import { useEffect, useRef } from 'react';
import { useApp } from '../../store';
import { fullscreenCode, PresenterControls } from '../lazyParts';
import { lostFocus } from './focus';

/** The toolbar's "Present" button, and while presenting the presenter's controls (the only toolbar actions shown). */
export function PresentationToggle() {
  const presenting = useApp((state) => state.presenting);
  const setPresenting = useApp((state) => state.setPresenting);
  const button = useRef<HTMLButtonElement>(null);
  const presented = useRef(presenting);
  // Leaving presentation mode leaves full screen too (Escape may have left it already). Only the full-screen code
  // enters full screen: before it has come, there is nothing to leave.
  useEffect(() => {
    if (!presenting) fullscreenCode.current()?.leaveFullscreen();
    // The presenter's controls held the focus, or it fell to the page when they went: it comes back to Present.
    if (presented.current && !presenting && lostFocus()) button.current?.focus();
    presented.current = presenting;
  }, [presenting]);
  if (presenting) return <PresenterControls />;
  return (
    <button
      ref={button}
      type="button"
      className="tool-button present-button"
      aria-keyshortcuts="P"
      title="Presentation mode for a projector (P)"
      data-testid="present"
      onClick={() => setPresenting(true)}
    >
      Present
    </button>
  );
}
