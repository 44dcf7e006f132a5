import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { shortcuts } from '../../hooks/shortcuts';
import { shortcutActions } from './shortcutHelp';
import { phases } from '../../timeline';
import { phaseNames } from './labels';

/** What each phase of the scrubber shows. */
const phaseMeanings: Record<(typeof phases)[number], string> = {
  forward: 'the information flow: each oᵏⱼ, layer by layer',
  loss: 'the loss and the first learning flow δ',
  backward: 'the learning flow δᵏᵢ, one input neuron at a time',
  weights: 'the weight and bias deltas δw, δb',
  update: 'gradient descent: ŵ = w − α . δw',
};

/** The help: a modal dialog listing every keyboard shortcut and the phase colours. Focus moves in and back. */
export function HelpOverlay({ onClose }: { readonly onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  // The close button is the dialog's only focusable element: Tab stays on it.
  const keepFocus = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    event.preventDefault();
    closeRef.current?.focus();
  };

  return (
    <div className="help-backdrop" onClick={onClose}>
      <div
        className="help-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="help"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={keepFocus}
      >
        <header className="help-header">
          <h2 id={titleId}>Stepping through backpropagation</h2>
          <button
            ref={closeRef}
            type="button"
            className="help-close"
            aria-label="Close help"
            title="Close (Esc)"
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <p>
          Each neuron box shows its output <i>o</i> and its learning flow <i>δ</i>; a value appears once the
          step that computes it is reached. While a <i>δ</i> is computed, its impact paths light up in red and
          the card shows each path&apos;s chain-rule term.
        </p>
        <table className="shortcut-table">
          <caption>Keyboard shortcuts</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((shortcut) => (
              <tr key={shortcut.command}>
                <td>
                  {shortcut.labels.map((label, n) => (
                    <span key={label}>
                      {n > 0 && ' or '}
                      <kbd>{label}</kbd>
                    </span>
                  ))}
                </td>
                <td>{shortcutActions[shortcut.command]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Phases on the scrubber</h3>
        <ul className="phase-legend">
          {phases.map((phase) => (
            <li key={phase}>
              <span className={`phase-swatch phase-${phase}`} aria-hidden="true" />
              <strong>{phaseNames[phase]}</strong>: {phaseMeanings[phase]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
