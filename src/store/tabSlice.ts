import type { Model } from '../engine';
import { derive } from './derive';
import type { SessionView } from './historySlice';
import { selectionFor } from './modelSlice';
import type { SliceCreator } from './store';

/** Work saved in the browser by another tab of the app: its model and view. */
export interface OtherTabWork {
  readonly model: Model;
  readonly view: SessionView;
}

/** Work another tab saved after this one: this tab stops saving until the user opens it or keeps its own. */
export interface TabSlice {
  /** The newer work another tab saved (this tab does not save while it is set), or null. */
  readonly newerWork: OtherTabWork | null;
  /** Says that another tab saved this newer work (persistence calls it on a `storage` event). */
  readonly noticeNewerWork: (work: OtherTabWork) => void;
  /** Opens the other tab's work, as one step that Undo takes back; this tab then saves again. */
  readonly openNewerWork: () => void;
  /** Keeps this tab's work: this tab saves again, over the other tab's. */
  readonly keepThisTabWork: () => void;
}

/** The tab slice. */
export const createTabSlice: SliceCreator<TabSlice> = (set, get) => ({
  newerWork: null,
  noticeNewerWork: (work) => set({ newerWork: work }),
  openNewerWork: () => {
    const work = get().newerWork;
    if (work === null) return;
    const { model, view } = work;
    const selection = selectionFor(model, view.selection);
    // The commit derives with the current detail level: the saved level is derived here and set with it.
    const derived = derive(model, selection, view.detail);
    const last = Math.max(0, derived.timeline.steps.length - 1);
    get().commit(model, `open the other tab's work "${model.title}"`, {
      restart: true,
      selection,
      extra: {
        detail: view.detail,
        ...derived,
        stepIndex: Math.min(Math.max(0, view.stepIndex), last),
        ...(view.seed === undefined ? {} : { seed: view.seed }),
        ...(view.trainingMode === undefined ? {} : { trainingMode: view.trainingMode }),
        newerWork: null,
      },
    });
  },
  keepThisTabWork: () => set({ newerWork: null }),
});
