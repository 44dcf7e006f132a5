/** Never losing work: saved state in browser storage (versioned, migrated), and model files to save and open. */
export {
  saveDelayMs,
  savedViewOf,
  startAutosave,
  timeoutDelay,
  type Autosave,
  type AutosaveOptions,
  type Delay,
} from './autosave';
export {
  downloadModel,
  modelFileName,
  modelToFileBlob,
  readModelFile,
  type DownloadEnvironment,
} from './files';
export { loadSavedState, type LoadOutcome } from './load';
export {
  asideKeys,
  decodeSavedState,
  encodeSavedState,
  migrate,
  migrations,
  savedStateApp,
  savedStateVersion,
  type DecodedState,
  type Migration,
  type SavedObject,
  type SavedStateV1,
  type SavedView,
} from './savedState';
export { setupPersistence, type Persistence, type PersistenceOptions } from './setup';
export { persistenceCode, startPersistence, type StartOptions } from './start';
export { savedStateKey } from './key';
export { browserStorage, storageErrorReason, type StorageAccess, type StorageLike } from './storage';
