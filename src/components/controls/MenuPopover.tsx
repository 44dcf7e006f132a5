import { useRef, type RefObject } from 'react';
import { useDismiss } from '../../hooks/useDismiss';

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

/** The entries of an open toolbar menu (File, Export); a pointer down outside it or Escape closes it. */
export function MenuPopover({ id, entries, onClose, button }: MenuPopoverProps) {
  const popover = useRef<HTMLDivElement>(null);
  useDismiss(onClose, popover, button);
  return (
    <div ref={popover} id={id} className="menu-popover">
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
