/**
 * The app's Zustand store: source state in slices, derived pass and timeline recomputed in actions. Every module this
 * index re-exports comes into the first frame's chunk (see vite.config.ts), so what only lazily loaded parts use is
 * imported from its own module (./runs: the training runs' schedulers and limits).
 */
import { useStore } from 'zustand';
import { createAppStore, type AppState } from './store';

export { createAppStore, type AppState, type StoreOptions } from './store';
export { derive, samplesOf, type SampleSelection } from './derive';
export { selectDescribable } from './describe';
export { editingCode, selectFieldDraft, selectFieldProblem, type EditResult } from './editSlice';
export {
  maxHistory,
  selectRedoLabel,
  selectUndoLabel,
  type HistoryEntry,
  type SessionView,
} from './historySlice';
export { lazyCode, withCode, type LazyCode } from '../lazy/code';
export { loadFailedNotice } from './lazyCode';
export type { InspectedIteration } from './modelSlice';
export { maxNotices, type Notice, type NoticeLevel } from './noticeSlice';
export { speeds } from './playbackSlice';
export { defaultLabelScale, labelScales } from './presentSlice';
export { selectElement, selectElementIndex, selectPass, selectStep, selectStored } from './selectors';
export type { AddressOutcome, AddressPage } from './linkActions';
export { linkCode, stepBounds, type LinkProblem } from './shareSlice';
export type { OtherTabWork } from './tabSlice';
export { selectCurveIsCurrent, trainingCode, type Scheduler, type TrainingProgress } from './trainingSlice';

/** The store the app runs on, opened on the Example. */
export const appStore = createAppStore();

/** Reads a slice of the app store; the selector must return a stable value (use useShallow for objects). */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
