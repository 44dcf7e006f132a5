import { useId } from 'react';
import { useApp } from '../../store';
import { CopyField } from './CopyField';
import './share.css';

/** At most this many characters of a bad link are shown (a hostile link may be megabytes long). */
export const maxRawShown = 20_000;

/** The link as shown for a bug report: cut when very long, saying so. */
function rawShown(raw: string): string {
  if (raw.length <= maxRawShown) return raw;
  return `${raw.slice(0, maxRawShown)}… (cut: the link has ${raw.length.toLocaleString('en-US')} characters)`;
}

/**
 * The banner of a link that could not be opened: what is wrong, what the app shows instead, and (folded) the
 * other problems and the raw link for a bug report. Everything is plain text.
 */
export function LinkBanner() {
  const problem = useApp((state) => state.linkProblem);
  const dismiss = useApp((state) => state.showLinkProblem);
  const titleId = useId();
  if (problem === null) return null;
  const [first = 'The link could not be read.', ...rest] = problem.problems;
  const details = [...new Set(rest)];
  const raw = rawShown(problem.raw);
  return (
    <section className="link-banner" role="alert" aria-labelledby={titleId} data-testid="link-banner">
      <div className="link-banner-body">
        <p className="link-banner-message">
          <strong id={titleId}>This link could not be opened.</strong>{' '}
          <span data-testid="link-problem">{first}</span>
        </p>
        <p className="link-banner-instead">
          The app shows “{problem.shownInstead}” instead. Ask for a fresh link, or report the problem with the
          details below.
        </p>
        <details className="link-banner-details" data-testid="link-details">
          <summary>Details for a bug report</summary>
          {details.length > 0 && (
            <ul>
              {details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          <CopyField
            label="The link as received"
            text={raw}
            action="Copy"
            testId="link-raw"
            rows={Math.min(6, Math.max(2, Math.ceil(raw.length / 90)))}
          />
        </details>
      </div>
      <button
        type="button"
        className="link-banner-close"
        aria-label="Dismiss this message"
        title="Dismiss"
        onClick={() => dismiss(null)}
      >
        ×
      </button>
    </section>
  );
}
