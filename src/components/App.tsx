import { ChainRuleCard } from './card/ChainRuleCard';
import { StepCaption } from './card/StepCaption';
import { StepControls } from './controls/StepControls';
import { Toolbar } from './controls/Toolbar';
import { Diagram } from './diagram/Diagram';

/** The stepper: the network's neural structure, the chain-rule card of the current step, and the controls. */
export function App() {
  return (
    <div className="app">
      <Toolbar />
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
  );
}
