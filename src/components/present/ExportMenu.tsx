import { useCallback, useId, useRef, useState } from 'react';
import { ExportPopover } from '../lazyParts';

/** Export the frame as SVG or PNG, the derivations as LaTeX, the model as JSON: a small menu in the toolbar. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="file-menu export-menu">
      <button
        ref={toggle}
        type="button"
        className="tool-button"
        data-testid="export-menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => setOpen((value) => !value)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && <ExportPopover id={menuId} button={toggle} onClose={close} onBusy={setBusy} />}
    </div>
  );
}
