import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { useApp } from '../../store';
import { ChainRuleCard } from '../card/ChainRuleCard';
import { StepCaption } from '../card/StepCaption';
// The other tabs come in their own chunks when first opened: the first frame shows the Step tab only.
import { DataPanel, EditPanel, TrainPanel, ValuesTable } from '../lazyParts';
import './panel.css';

/** One tab of the side panel: the current step, the network editor, the data, training, and every value. */
interface Tab {
  readonly id: 'step' | 'edit' | 'data' | 'train' | 'values';
  readonly label: string;
  readonly content: () => ReactNode;
}

const tabs: readonly Tab[] = [
  {
    id: 'step',
    label: 'Step',
    content: () => (
      <>
        <StepCaption />
        <ChainRuleCard />
      </>
    ),
  },
  { id: 'edit', label: 'Network', content: () => <EditPanel /> },
  { id: 'data', label: 'Data', content: () => <DataPanel /> },
  { id: 'train', label: 'Train', content: () => <TrainPanel /> },
  { id: 'values', label: 'Values', content: () => <ValuesTable /> },
];

/**
 * Keeps on the panel `--tabs-height`, the height of its tabs (one row or two), for what sticks under them: the
 * step's caption (panel.css).
 */
function useTabsHeight() {
  const panel = useRef<HTMLElement>(null);
  const tabList = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const [aside, list] = [panel.current, tabList.current];
    // jsdom has no ResizeObserver (and lays nothing out).
    if (!aside || !list || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() =>
      aside.style.setProperty('--tabs-height', `${list.getBoundingClientRect().height}px`),
    );
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  return { panel, tabList };
}

/** The side panel: tabs (arrow keys move between them, as a WAI-ARIA tablist) over the chosen tab's content. */
export function SidePanel() {
  const [chosen, setActive] = useState<Tab['id']>('step');
  // Presentation mode shows the step card only (the tabs are hidden); the chosen tab comes back after it.
  const active = useApp((state) => state.presenting) ? 'step' : chosen;
  const base = useId();
  const buttons = useRef(new Map<Tab['id'], HTMLButtonElement>());
  const keys = useKeysBackAfterPointer();
  const { panel, tabList } = useTabsHeight();
  const move = (event: KeyboardEvent, index: number) => {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const next = tabs[(index + offset + tabs.length) % tabs.length];
    if (!next) return;
    setActive(next.id);
    buttons.current.get(next.id)?.focus();
  };
  return (
    <aside ref={panel} className="card-pane side-panel" aria-label="Inspector">
      {/* A tab clicked gives the keys back to the stepper: → steps, it does not move to the next tab. */}
      <div
        ref={tabList}
        className="side-tabs"
        role="tablist"
        aria-label="Panels"
        onPointerDown={keys.onPointerDown}
        onKeyDown={keys.onKeyDown}
      >
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            data-testid={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`${base}-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={(event) => {
              setActive(tab.id);
              keys.release(event.currentTarget);
            }}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) =>
        tab.id === active ? (
          <div
            key={tab.id}
            className={`side-tab-panel is-${tab.id}`}
            role="tabpanel"
            id={`${base}-${tab.id}`}
            aria-labelledby={`${base}-${tab.id}-tab`}
          >
            {tab.content()}
          </div>
        ) : null,
      )}
    </aside>
  );
}
