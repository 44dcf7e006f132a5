import { useCallback, useId, useRef, useState } from 'react';

/**
 * A toolbar button that opens a menu or a panel: whether it is open, the button (focus goes back to it on close) and
 * the props that tie the button to what it opens.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = useCallback(() => setOpen(false), []);
  const buttonProps = {
    ref: button,
    type: 'button',
    'aria-expanded': open,
    'aria-controls': open ? id : undefined,
    onClick: () => setOpen((was) => !was),
  } as const;
  return { open, close, button, id, buttonProps };
}
