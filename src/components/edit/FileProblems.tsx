import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { problemTotal, type Problem } from '../../format';

/** A file that could not be opened: its name and every problem the parser found. */
export interface RefusedFile {
  readonly name: string;
  readonly problems: readonly Problem[];
}

/** "this problem", "these 3 problems", or "2,000 problems; the first 49" (the list is cut short). */
function summary(total: number, listed: number): string {
  if (total === 1) return 'this problem';
  const count = total.toLocaleString('en-US');
  return listed === total ? `these ${count} problems` : `${count} problems; the first ${listed}`;
}

/**
 * The dialog that lists every problem of a file that could not be opened (plain text, with its path), and says
 * the current model is unchanged. Modal: Tab stays inside, Escape or OK closes it (the owner then moves the focus).
 */
export function FileProblems({
  file,
  onClose,
}: {
  readonly file: RefusedFile;
  readonly onClose: () => void;
}) {
  const okRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const total = problemTotal(file.problems);
  // Of a list cut short, the last entry counts the problems not listed.
  const listed = total === file.problems.length ? total : file.problems.length - 1;
  useEffect(() => {
    okRef.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    // The page's shortcuts wait while the dialog is open.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // Two stops: the list (to scroll it) and OK.
      event.preventDefault();
      (document.activeElement === okRef.current ? listRef.current : okRef.current)?.focus();
    }
  };
  return createPortal(
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="file-problems"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-summary`}
        data-testid="file-problems"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{`“${file.name}” was not opened`}</h2>
        <p id={`${titleId}-summary`}>
          {`Your current model is unchanged. The file has ${summary(total, listed)}:`}
        </p>
        <div className="problem-list" ref={listRef} tabIndex={0} aria-label="Problems">
          <ul>
            {file.problems.map((problem, n) => (
              // The parser's problems have no id; their order is the file's.
              <li key={`${n}:${problem.path}`}>
                <code>{problem.path}</code>
                <span>{problem.message}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="dialog-buttons">
          <button ref={okRef} type="button" className="text-button primary" onClick={onClose}>
            OK
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
