import { useCallback } from 'react';
import type { ControlMode } from '../../embed';
import { encodeLink } from '../../share';
import { appStore, useApp } from '../../store';
import { usePlayClock } from '../../hooks/usePlayClock';
import { ChainRuleCard } from '../card/ChainRuleCard';
import { StepCaption } from '../card/StepCaption';
import { Diagram } from '../diagram/Diagram';
import { LinkBanner } from '../share/LinkBanner';
import { EmbedControls } from './EmbedControls';
import { useEmbedKeys } from './useEmbedKeys';
import './embed.css';

/** The stepper's keys, for embeds that show controls (an embed without controls is driven by its page). */
function Keys() {
  useEmbedKeys();
  return null;
}

/** Opens the full app in a new tab on the embed's current frame (the link travels in the fragment). */
function OpenInApp() {
  const open = useCallback(() => {
    const state = appStore.getState();
    const view = {
      selection: state.selection,
      step: state.stepIndex,
      detail: state.detail,
      selected: state.selected,
    };
    const url = `${new URL('index.html', window.location.href).href}${encodeLink({ model: state.model, view })}`;
    window.open(url, '_blank', 'noopener');
  }, []);
  return (
    <button type="button" className="embed-open" data-testid="open-in-app" onClick={open}>
      <span className="embed-open-long">Open in neural-structure</span>
      <span className="embed-open-short">Open</span> <span aria-hidden="true">↗</span>
    </button>
  );
}

/** The embed: the model's title and the step caption, the diagram and the chain-rule card, and the chosen controls. */
export function EmbedApp({ controls }: { readonly controls: ControlMode }) {
  const title = useApp((state) => state.model.title);
  usePlayClock();
  return (
    <div className={`embed controls-${controls}`}>
      {controls !== 'none' && <Keys />}
      <header className="embed-header">
        <div className="embed-heading">
          <h1 className="embed-title" data-testid="model-title">
            {title}
          </h1>
          <OpenInApp />
        </div>
        <StepCaption />
      </header>
      <LinkBanner />
      <main className="embed-stage">
        <section className="embed-diagram" aria-label="Neural structure">
          <Diagram />
        </section>
        <aside className="embed-card" aria-label="Chain rule of this step">
          <ChainRuleCard />
        </aside>
      </main>
      <EmbedControls mode={controls} />
    </div>
  );
}
