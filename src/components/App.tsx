import { useCallback, useState } from 'react';
import { useKeyboardShortcuts } from '../hooks/useKeyboardShortcuts';
import { usePlayClock } from '../hooks/usePlayClock';
import { ChainRuleCard } from './card/ChainRuleCard';
import { StepCaption } from './card/StepCaption';
import { HelpOverlay } from './controls/HelpOverlay';
import { StepControls } from './controls/StepControls';
import { Toolbar } from './controls/Toolbar';
import { Diagram } from './diagram/Diagram';

/** The stepper: the network's neural structure, the chain-rule card of the current step, and the controls. */
export function App() {
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  useKeyboardShortcuts({ open: helpOpen, toggle: toggleHelp, close: closeHelp });
  usePlayClock();

  return (
    <>
      {/* While the help is open the page behind it is inert: the dialog is modal. */}
      <div className="app" inert={helpOpen}>
        <Toolbar onHelp={toggleHelp} />
        <main className="stage">
          <section className="diagram-pane" aria-label="Neural structure">
            <Diagram />
          </section>
          <aside className="card-pane" aria-label="Current step">
            <StepCaption />
            <ChainRuleCard />
          </aside>
        </main>
        <StepControls />
      </div>
      {helpOpen && <HelpOverlay onClose={closeHelp} />}
    </>
  );
}
