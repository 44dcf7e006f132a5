import { useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
// The modules alone: through src/embed's index, its postMessage command parser would come in the first chunk.
import { embedAddress, embedCode, type EmbedChoice } from '../../embed/code';
import { themes, type ControlMode, type Theme } from '../../embed/options';
import { useDismiss } from '../../hooks/useDismiss';
import { makeLink } from '../../share';
import { useApp } from '../../store';
import { panelOffset } from '../controls/placement';
import { CopyField } from './CopyField';

/** How each controls option is named in the menu. */
const controlNames: Readonly<Record<ControlMode, string>> = {
  none: 'None (the page drives it)',
  minimal: 'Minimal: back, play, next',
  full: 'Full: scrubber, detail, sample',
};

/** How each theme is named in the menu. */
const themeNames: Readonly<Record<Theme, string>> = {
  light: 'Light page',
  dark: 'Dark page',
  projector: 'Projector (large, high contrast)',
};

/** The address of this page with its fragment replaced by `fragment`. */
function pageWith(fragment: string): string {
  const page = typeof window === 'undefined' ? '' : window.location.href;
  const hash = page.indexOf('#');
  return `${hash < 0 ? page : page.slice(0, hash)}${fragment}`;
}

/** The panel's width in CSS pixels at most: 34rem (share.css: width min(34rem, 100vw − 2 × edge)). */
const panelWidth = (): number => 34 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

/** The share panel: a link to this very frame, and the code that embeds it in another page. */
export function SharePanel({
  id,
  button,
  onClose,
}: {
  readonly id: string;
  /** The Share button: a click on it toggles the panel rather than dismissing it, and Escape gives it the focus. */
  readonly button: RefObject<HTMLButtonElement | null>;
  readonly onClose: () => void;
}) {
  // Where the panel starts, from the button's left edge, as it opens: on screen wherever the toolbar put the button.
  const [offset] = useState(() => {
    const left = button.current?.getBoundingClientRect().left;
    return left === undefined ? 0 : panelOffset({ left }, window.innerWidth, panelWidth());
  });
  const { model, selection, stepIndex, detail, selected, count } = useApp(
    useShallow((state) => ({
      model: state.model,
      selection: state.selection,
      stepIndex: state.stepIndex,
      detail: state.detail,
      selected: state.selected,
      count: state.timeline.steps.length,
    })),
  );
  const [choice, setChoice] = useState<EmbedChoice>({ controls: 'minimal', theme: 'light' });
  const panelRef = useRef<HTMLDivElement>(null);
  useDismiss(onClose, panelRef, button);
  const titleId = useId();
  const controlsId = useId();
  const themeId = useId();
  // The link is a pure function of the frame: compressed again only when the frame changes.
  const link = useMemo(
    () => makeLink({ model, view: { selection, step: stepIndex, detail, selected } }),
    [model, selection, stepIndex, detail, selected],
  );
  const embedSrc = link.ok ? embedAddress(pageWith(''), link.fragment, choice) : '';
  const sample = selection === 'batch' ? 'the batch' : `sample ${selection + 1}`;
  return (
    <div
      ref={panelRef}
      id={id}
      className="share-panel"
      style={{ left: `${offset}px` }}
      role="dialog"
      aria-labelledby={titleId}
      data-testid="share-panel"
    >
      <h2 id={titleId} className="share-heading">
        Share this step
      </h2>
      {!link.ok ? (
        <p className="share-problem" role="alert">
          {link.problem}
        </p>
      ) : (
        <>
          <p className="share-note">
            The link opens this very frame: step {count === 0 ? 0 : stepIndex + 1} of {count}, on {sample},{' '}
            {detail === 'detailed' ? 'in detail' : 'one step per δ'}. It holds the model with its weights and
            data after the <code>#</code> of the address, so the web server never sees it.
          </p>
          <CopyField
            label="Link to this step"
            text={pageWith(link.fragment)}
            action="Copy link"
            testId="copy-link"
          />
          <h3 className="share-subheading">Embed in a page</h3>
          <div className="share-options">
            <div className="share-option">
              <label htmlFor={controlsId}>Controls</label>
              <select
                id={controlsId}
                data-testid="embed-controls"
                value={choice.controls}
                onChange={(event) => {
                  const controls = event.currentTarget.value as ControlMode;
                  setChoice((old) => ({ ...old, controls }));
                }}
              >
                {(Object.keys(controlNames) as ControlMode[]).map((mode) => (
                  <option key={mode} value={mode}>
                    {controlNames[mode]}
                  </option>
                ))}
              </select>
            </div>
            <div className="share-option">
              <label htmlFor={themeId}>Theme</label>
              <select
                id={themeId}
                data-testid="embed-theme"
                value={choice.theme}
                onChange={(event) => {
                  const theme = event.currentTarget.value as Theme;
                  setChoice((old) => ({ ...old, theme }));
                }}
              >
                {themes.map((theme) => (
                  <option key={theme} value={theme}>
                    {themeNames[theme]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <CopyField
            label="Embed code (HTML)"
            text={embedCode(embedSrc, model.title)}
            action="Copy embed code"
            testId="copy-embed"
            rows={6}
          />
          <p className="share-note">
            <a href={embedSrc} target="_blank" rel="noopener noreferrer" data-testid="embed-preview">
              Preview the embed ↗
            </a>{' '}
            · The page can drive it and resize it with <code>postMessage</code>: see{' '}
            <code>docs/embed.md</code>.
          </p>
        </>
      )}
    </div>
  );
}
