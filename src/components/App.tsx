import { useCallback, useState } from 'react';
import { useKeyboardShortcuts } from '../hooks/useKeyboardShortcuts';
import { usePlayClock } from '../hooks/usePlayClock';
import { useApp } from '../store';
import { StepControls } from './controls/StepControls';
import { Toolbar } from './controls/Toolbar';
import { Diagram } from './diagram/Diagram';
import { Notices } from './edit/Notices';
import { WeightEditing } from './edit/weightEditing';
import { Blackout, HelpOverlay, LinkBanner } from './lazyParts';
import { SidePanel } from './panel/SidePanel';
import { PresentationCaption } from './present/PresentationCaption';
import { usePresentationRoot } from './present/usePresentationRoot';

/** The banner of a link that could not be opened, while there is one (its code comes when it is needed). */
function LinkProblem() {
  const shown = useApp((state) => state.linkProblem !== null);
  return shown ? <LinkBanner /> : null;
}

/** The black screen, while presenting with the screen blacked out (its code is fetched ahead after the first frame). */
function BlackScreen() {
  const shown = useApp((state) => state.presenting && state.blackout);
  return shown ? <Blackout /> : null;
}

/** The stepper: the network's neural structure, the chain-rule card of the current step, and the controls. */
export function App() {
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  // The help is a modal dialog once its code has come (if it cannot come, a notice says so and the page stays usable).
  const helpReady = HelpOverlay.useReady();
  const helpShown = helpOpen && helpReady;
  useKeyboardShortcuts({ open: helpShown, toggle: toggleHelp, close: closeHelp });
  usePlayClock();
  const root = usePresentationRoot('app');

  return (
    <>
      {/* While the help is open the page behind it is inert: the dialog is modal. */}
      <div {...root} inert={helpShown}>
        <Toolbar onHelp={toggleHelp} />
        <Notices />
        <LinkProblem />
        <main className="stage">
          <section className="diagram-pane" aria-label="Neural structure">
            {/* Clicking an edge or a bias (or Enter on it) edits its value in a field over the diagram. */}
            <WeightEditing>
              <Diagram />
            </WeightEditing>
            <PresentationCaption />
          </section>
          <SidePanel />
        </main>
        <StepControls />
      </div>
      {helpOpen && <HelpOverlay onClose={closeHelp} />}
      <BlackScreen />
    </>
  );
}
