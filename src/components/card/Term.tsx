import type { ReactNode } from 'react';
import { useApp } from '../../store';

/** One chain-rule term (impact path `term`): hovering or focusing it highlights its path in the diagram. */
export function Term({ term, label, children }: { term: number; label: string; children: ReactNode }) {
  const focused = useApp((state) => state.focusedTerm === term);
  const focusTerm = useApp((state) => state.focusTerm);
  return (
    <span
      role="button"
      tabIndex={0}
      className={focused ? 'card-term is-focused' : 'card-term'}
      data-testid="term"
      data-term={term}
      aria-label={`Impact path ${term + 1}: ${label}`}
      onMouseEnter={() => focusTerm(term)}
      onMouseLeave={() => focusTerm(null)}
      onFocus={() => focusTerm(term)}
      onBlur={() => focusTerm(null)}
      onClick={() => focusTerm(term)}
      onKeyDown={(event) => {
        // A button answers Enter and Space: it (re)lights its path; Space must not scroll the pane.
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        focusTerm(term);
      }}
    >
      {children}
    </span>
  );
}
