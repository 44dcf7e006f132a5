import { keyLabel } from '../../hooks/shortcuts';
import { unicodeScripts } from '../../layout';
import { selectRedoLabel, selectUndoLabel, useApp } from '../../store';
import './edit.css';
import './overlays.css';

/** A curved arrow: back (undo) or, mirrored, forward (redo). */
function HistoryIcon({ redo = false }: { readonly redo?: boolean }) {
  return (
    <svg
      className={redo ? 'icon mirrored' : 'icon'}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M9 14 4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Undo and redo: each button names the change it would take back or make again (every edit and training run). */
export function UndoRedo() {
  const undoLabel = useApp(selectUndoLabel);
  const redoLabel = useApp(selectRedoLabel);
  const undo = useApp((state) => state.undo);
  const redo = useApp((state) => state.redo);
  const undoName = undoLabel === null ? 'Undo' : `Undo: ${undoLabel}`;
  const redoName = redoLabel === null ? 'Redo' : `Redo: ${redoLabel}`;
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="tool-button icon-only"
        data-testid="undo"
        aria-label={undoName}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={undoLabel === null ? 'Nothing to undo' : `${unicodeScripts(undoName)} (${keyLabel('undo')})`}
        disabled={undoLabel === null}
        onClick={undo}
      >
        <HistoryIcon />
      </button>
      <button
        type="button"
        className="tool-button icon-only"
        data-testid="redo"
        aria-label={redoName}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        title={redoLabel === null ? 'Nothing to redo' : `${unicodeScripts(redoName)} (${keyLabel('redo')})`}
        disabled={redoLabel === null}
        onClick={redo}
      >
        <HistoryIcon redo />
      </button>
    </div>
  );
}
