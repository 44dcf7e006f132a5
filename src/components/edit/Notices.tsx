import { useShallow } from 'zustand/react/shallow';
import { useHeightVariable } from '../../hooks/useHeightVariable';
import { useApp, type Notice } from '../../store';
import { NewerWorkNotice } from '../lazyParts';
import './edit.css';
import './overlays.css';

/** The symbol before a notice's text, by level (the text says it all; this is for the eye). */
const marks = { info: 'i', warning: '!', error: '!' } as const;

/** One notice: its text, its Undo button if it offers one, and the button that dismisses it. */
function NoticeItem({ id }: { readonly id: string }) {
  const notice = useApp((state) => state.notices.find((found) => found.id === id));
  const undo = useApp((state) => state.undo);
  const canUndo = useApp((state) => state.canUndo);
  const dismiss = useApp((state) => state.dismiss);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.level}`} data-testid="notice" data-level={notice.level}>
      <span className="notice-mark" aria-hidden="true">
        {marks[notice.level]}
      </span>
      <p className="notice-text">{notice.text}</p>
      {notice.action === 'undo' && (
        <button
          type="button"
          className="text-button"
          disabled={!canUndo}
          onClick={() => {
            undo();
            dismiss(id);
          }}
        >
          Undo
        </button>
      )}
      <button
        type="button"
        className="icon-button notice-dismiss"
        aria-label="Dismiss this message"
        title="Dismiss"
        onClick={() => dismiss(id)}
      >
        ×
      </button>
    </div>
  );
}

/** The ids of the notices at some levels, oldest first. */
const idsOf = (notices: readonly Notice[], errors: boolean) =>
  notices.filter((notice) => (notice.level === 'error') === errors).map((notice) => notice.id);

/**
 * The notices, a discreet stack under the toolbar, in plain text: information and warnings in a polite live
 * region, errors in an alert region (both always present, so that what appears in them is announced). They are in the
 * first chunk: they are where a part of the app that cannot be loaded says so.
 */
export function Notices() {
  const calm = useApp(useShallow((state) => idsOf(state.notices, false)));
  const errors = useApp(useShallow((state) => idsOf(state.notices, true)));
  const newerWork = useApp((state) => state.newerWork !== null);
  const ref = useHeightVariable('--notices-height');
  const shown = newerWork || calm.length + errors.length > 0;
  return (
    <div className={`notices${shown ? ' has-notices' : ''}`} ref={ref}>
      <div role="alert" className="notice-stack">
        {errors.map((id) => (
          <NoticeItem key={id} id={id} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="notice-stack">
        {newerWork && <NewerWorkNotice />}
        {calm.map((id) => (
          <NoticeItem key={id} id={id} />
        ))}
      </div>
    </div>
  );
}
