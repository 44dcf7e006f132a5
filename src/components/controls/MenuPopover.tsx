import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useDismiss } from '../../hooks/useDismiss';
import { panelOffset } from './placement';

/** One entry of a toolbar menu: what it is called, what it does in a few words, and its action. */
export interface MenuEntry {
  readonly testId: string;
  readonly label: string;
  readonly detail: string;
  readonly onSelect: () => void;
}

/** Props of an open toolbar menu. */
interface MenuPopoverProps {
  readonly id: string;
  readonly entries: readonly MenuEntry[];
  readonly onClose: () => void;
  /** The menu's button: a click on it toggles the menu rather than dismissing it, and Escape gives it the focus. */
  readonly button: RefObject<HTMLButtonElement | null>;
}

/**
 * The entries of an open toolbar menu (File, Export), under its button and inside the window (a button near the
 * right edge of a phone opens it leftwards); a pointer down outside it or Escape closes it.
 */
export function MenuPopover({ id, entries, onClose, button }: MenuPopoverProps) {
  const popover = useRef<HTMLDivElement>(null);
  useDismiss(onClose, popover, button);
  // Where the menu starts, from the button's left edge, as it opens (before it is painted).
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const left = button.current?.getBoundingClientRect().left;
    const width = popover.current?.offsetWidth ?? 0;
    if (left !== undefined && width > 0) setOffset(panelOffset({ left }, window.innerWidth, width));
  }, [button]);
  return (
    <div ref={popover} id={id} className="menu-popover" style={{ left: `${offset}px` }}>
      {entries.map((entry) => (
        <button
          key={entry.testId}
          type="button"
          className="menu-item"
          data-testid={entry.testId}
          onClick={entry.onSelect}
        >
          {entry.label}
          <small>{entry.detail}</small>
        </button>
      ))}
    </div>
  );
}
