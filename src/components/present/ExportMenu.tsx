import { useCallback, useId, useRef, useState } from 'react';
import { appStore, useApp } from '../../store';
import { MenuPopover } from '../lazyParts';
import type { ExportFormat } from './exports';

/** The menu's entries: what each exports, and for whom. */
const entries: readonly { format: ExportFormat; label: string; detail: string }[] = [
  {
    format: 'svg',
    label: 'Image (SVG)',
    detail: 'this frame with its values and its card, for slides and posts',
  },
  { format: 'png', label: 'Image (PNG, 2×)', detail: 'the same frame at twice its size' },
  { format: 'tex', label: 'Derivations (LaTeX)', detail: 'every δ, δw and δb of this sample, for handouts' },
  { format: 'json', label: 'Model (JSON)', detail: 'the model file' },
];

/** Export the frame as SVG or PNG, the derivations as LaTeX, the model as JSON: a small menu in the toolbar. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const notify = useApp((state) => state.notify);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    toggle.current?.focus();
    setBusy(true);
    try {
      // The exporters (SVG, PNG, LaTeX) are loaded on the first export, not with the page.
      const { exportAs } = await import('./exports');
      await exportAs(format, appStore.getState());
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      notify({ level: 'error', text: `The export failed: ${why}. Nothing was downloaded.`, key: 'export' });
    } finally {
      setBusy(false);
    }
  };

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
      {open && (
        <MenuPopover
          id={menuId}
          button={toggle}
          onClose={close}
          entries={entries.map(({ format, label, detail }) => ({
            testId: `export-${format}`,
            label,
            detail,
            onSelect: () => void run(format),
          }))}
        />
      )}
    </div>
  );
}
