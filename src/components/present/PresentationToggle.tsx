import { useEffect } from 'react';
import { useApp } from '../../store';
import { fullscreenCode, PresenterControls } from '../lazyParts';

/** The toolbar's "Present" button, and while presenting the presenter's controls (the only toolbar actions shown). */
export function PresentationToggle() {
  const presenting = useApp((state) => state.presenting);
  const setPresenting = useApp((state) => state.setPresenting);
  // Leaving presentation mode leaves full screen too (Escape may have left it already). Only the full-screen code
  // enters full screen: before it has come, there is nothing to leave.
  useEffect(() => {
    if (!presenting) fullscreenCode.current()?.leaveFullscreen();
  }, [presenting]);
  if (presenting) return <PresenterControls />;
  return (
    <button
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
