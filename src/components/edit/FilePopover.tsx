import type { RefObject } from 'react';
import { appStore } from '../../store';
import { MenuPopover } from '../controls/MenuPopover';
import { saveModelFile } from './fileActions';

/** Props of the open File menu. */
interface FilePopoverProps {
  readonly id: string;
  /** The File button: a click on it toggles the menu rather than dismissing it, and Escape gives it the focus. */
  readonly button: RefObject<HTMLButtonElement | null>;
  readonly onClose: () => void;
  /** Opens the file picker (the menu's button keeps the hidden file field). */
  readonly onOpen: () => void;
}

/** The open File menu: "Open file…" and "Save file" (a download refused by the browser says why in a notice). */
export function FilePopover({ id, button, onClose, onOpen }: FilePopoverProps) {
  const save = () => {
    onClose();
    try {
      saveModelFile(appStore.getState());
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      appStore
        .getState()
        .notify({ level: 'error', text: `The model could not be saved: ${why}.`, key: 'file' });
    }
  };
  return (
    <MenuPopover
      id={id}
      button={button}
      onClose={onClose}
      entries={[
        { testId: 'open-file', label: 'Open file…', detail: 'a model saved as .json', onSelect: onOpen },
        { testId: 'save-file', label: 'Save file', detail: 'download this model as .json', onSelect: save },
      ]}
    />
  );
}
