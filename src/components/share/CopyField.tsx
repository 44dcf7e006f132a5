import { useId, useRef, useState } from 'react';
import { copyText } from './clipboard';

/** What the last copy did: nothing yet, copied, or refused by the browser (the text is then selected to copy by hand). */
type CopyStatus = 'idle' | 'copied' | 'refused';

/** Props of a read-only text with its copy button. */
interface CopyFieldProps {
  /** The field's label (plain text). */
  readonly label: string;
  readonly text: string;
  /** The button's text, e.g. "Copy link to this step". */
  readonly action: string;
  /** Test ids of the field and the button. */
  readonly testId: string;
  /** A multi-line field of this many rows (the embed code) rather than one line (a link). */
  readonly rows?: number;
}

/**
 * A read-only field holding text to copy, and a button that copies it. When the clipboard is unavailable (a sandbox,
 * an old browser, a refused permission) the text is selected in the field so that the reader can copy it by hand.
 */
export function CopyField({ label, text, action, testId, rows }: CopyFieldProps) {
  const multiline = rows !== undefined;
  const id = useId();
  const line = useRef<HTMLInputElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<{ readonly text: string; readonly status: CopyStatus }>({
    text,
    status: 'idle',
  });
  // A status belongs to the text it was about: a new text (another step) starts idle.
  const shown = status.text === text ? status.status : 'idle';
  const copy = async () => {
    const done = await copyText(text);
    setStatus({ text, status: done ? 'copied' : 'refused' });
    if (!done) {
      const field = multiline ? area.current : line.current;
      field?.focus();
      field?.select();
    }
  };
  const common = {
    id,
    readOnly: true,
    value: text,
    'data-testid': `${testId}-field`,
    spellCheck: false,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      event.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className={multiline ? 'copy-row is-multiline' : 'copy-row'}>
        {multiline ? (
          <textarea ref={area} rows={rows} {...common} />
        ) : (
          <input ref={line} type="text" {...common} />
        )}
        <button type="button" className="share-action" data-testid={testId} onClick={() => void copy()}>
          {shown === 'copied' ? 'Copied ✓' : action}
        </button>
      </div>
      <p className="copy-status" role="status" data-status={shown}>
        {shown === 'copied' && 'Copied to the clipboard.'}
        {shown === 'refused' &&
          'This browser did not allow copying: the text is selected above, copy it with Ctrl+C (⌘C on a Mac).'}
      </p>
    </div>
  );
}
