import type { Model } from '../engine';
import type { SessionView } from './historySlice';
import { linkCode } from './shareSlice';
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
    // The link reader opens it (it comes after the first frame): until then the notice stays.
    const code = linkCode.current();
    if (work !== null && code) code.openOtherTabWork(set, get, work);
  },
  keepThisTabWork: () => set({ newerWork: null }),
});
