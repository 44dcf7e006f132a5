import { useRef, useState, type ChangeEvent } from 'react';
import { appStore, useApp, withCode } from '../../store';
import { useDisclosure } from '../controls/useDisclosure';
import { FilePopover, FileProblems, filesCode } from '../lazyParts';
import type { RefusedFile } from './FileProblems';
import './edit.css';
import './overlays.css';

/** Why something failed, in the words of the error (a chunk that could not be loaded, a refused download). */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * "Open file" and "Save file" for the model JSON, in a small menu (its code comes after the first frame); a refused
 * file's problems in a dialog.
 */
export function FileMenu() {
  const { open, close, button, id, buttonProps } = useDisclosure();
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const notify = useApp((state) => state.notify);
  const fileInput = useRef<HTMLInputElement>(null);

  const chooseFile = () => {
    close();
    fileInput.current?.click();
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    input.value = '';
    if (!file) return;
    withCode(filesCode, ({ openModelFile }) => openModelFile(file, appStore.getState())).then(
      setRefused,
      (error: unknown) =>
        notify({
          level: 'error',
          text: `“${file.name}” could not be opened: ${reason(error)}.`,
          key: 'file',
        }),
    );
  };
  return (
    <div className="file-menu">
      <button {...buttonProps} className="tool-button" data-testid="file-menu">
        File <span aria-hidden="true">▾</span>
      </button>
      {open && <FilePopover id={id} button={button} onClose={close} onOpen={chooseFile} />}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={onFile}
      />
      {refused && (
        <FileProblems
          file={refused}
          onClose={() => {
            setRefused(null);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
