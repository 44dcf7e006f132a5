import type { RefObject } from 'react';
import { appStore } from '../../store';
import { MenuPopover } from '../controls/MenuPopover';
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

/** Props of the open Export menu. */
interface ExportPopoverProps {
  readonly id: string;
  /** The Export button: it toggles the menu, gets the focus back, and says it is busy while an export runs. */
  readonly button: RefObject<HTMLButtonElement | null>;
  readonly onClose: () => void;
  readonly onBusy: (busy: boolean) => void;
}

/** The open Export menu: each entry closes it and exports; a failed export says why in a notice. */
export function ExportPopover({ id, button, onClose, onBusy }: ExportPopoverProps) {
  const run = async (format: ExportFormat) => {
    onClose();
    button.current?.focus();
    onBusy(true);
    try {
      // The exporters (SVG, PNG, LaTeX) are loaded on the first export, not with the page.
      const { exportAs } = await import('./exports');
      await exportAs(format, appStore.getState());
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      appStore.getState().notify({
        level: 'error',
        text: `The export failed: ${why}. Nothing was downloaded.`,
        key: 'export',
      });
    } finally {
      onBusy(false);
    }
  };
  return (
    <MenuPopover
      id={id}
      button={button}
      onClose={onClose}
      entries={entries.map(({ format, label, detail }) => ({
        testId: `export-${format}`,
        label,
        detail,
        onSelect: () => void run(format),
      }))}
    />
  );
}
