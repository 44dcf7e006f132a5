/** What the File menu does once its code has come: open a chosen model file, save the model as one. */
import { downloadModel, readModelFile } from '../../persistence/files';
import type { AppState } from '../../store';
import type { RefusedFile } from './FileProblems';

/** The store's actions the File menu uses. */
type FileStore = Pick<AppState, 'loadModel' | 'notify'>;

/** Opens a chosen model file as one undoable step and says so; a file that is refused is given back with its problems. */
export async function openModelFile(file: File, store: FileStore): Promise<RefusedFile | null> {
  const result = await readModelFile(file);
  if (!result.ok) return { name: file.name, problems: result.problems };
  store.loadModel(result.model, `open "${file.name}"`);
  store.notify({ level: 'info', text: `Opened “${file.name}”.`, action: 'undo', key: 'file' });
  return null;
}

/** Downloads the model as a file named after its title, and says where it went. */
export function saveModelFile(state: Pick<AppState, 'model' | 'notify'>): void {
  const name = downloadModel(state.model);
  state.notify({ level: 'info', text: `Saved the model as “${name}” in your downloads.`, key: 'file' });
}
