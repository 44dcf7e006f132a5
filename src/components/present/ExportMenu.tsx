import { useState } from 'react';
import { useDisclosure } from '../controls/useDisclosure';
import { ExportPopover } from '../lazyParts';

/** Export the frame as SVG or PNG, the derivations as LaTeX, the model as JSON: a small menu in the toolbar. */
export function ExportMenu() {
  const { open, close, button, id, buttonProps } = useDisclosure();
  const [busy, setBusy] = useState(false);
  return (
    <div className="file-menu export-menu">
      <button {...buttonProps} className="tool-button" data-testid="export-menu" aria-busy={busy}>
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && <ExportPopover id={id} button={button} onClose={close} onBusy={setBusy} />}
    </div>
  );
}
