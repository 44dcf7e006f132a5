/** The share slice's action that reads links (decompression and the model-file parser): loaded in a chunk of its own. */
import type { StoreApi } from 'zustand/vanilla';
import { isIndex, looksLikeLink } from '../share/checks';
import { decodeLink, type LinkResult } from '../share/link';
import { neuronExists } from '../share/neuron';
import { derive } from './derive';
import { selectionFor } from './modelSlice';
import type { ShareSlice } from './shareSlice';
import type { AppState, SliceCreator } from './store';
import type { OtherTabWork } from './tabSlice';

/** Opening links and shared states, for one store. */
export const createLinkActions: SliceCreator<Pick<ShareSlice, 'openLink' | 'openShared'>> = (_set, get) => ({
  openLink: (fragment) => {
    const result = decodeLink(fragment);
    if (result.ok) get().openShared(result.model, result.view);
    return result;
  },
  openShared: (model, view, label = `open the link to "${model.title}"`) => {
    const selection = selectionFor(model, view.selection);
    // The commit derives with the current detail level: the link's level is derived here and set with it.
    const derived = derive(model, selection, view.detail);
    const last = Math.max(0, derived.timeline.steps.length - 1);
    const stepIndex = isIndex(view.step) ? Math.min(view.step, last) : 0;
    const selected = view.selected !== null && neuronExists(model, view.selected) ? view.selected : null;
    get().commit(model, label, {
      restart: true,
      selection,
      extra: { detail: view.detail, ...derived, stepIndex, selected, linkProblem: null },
    });
  },
});

/** Opens another tab's newer work (see tabSlice) as a shared state opens, one step Undo takes back; this tab saves again. */
export function openOtherTabWork(
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
  { model, view }: OtherTabWork,
): void {
  const at = { selection: view.selection, detail: view.detail, step: view.stepIndex, selected: null };
  get().openShared(model, at, `open the other tab's work "${model.title}"`);
  set({
    newerWork: null,
    ...(view.seed === undefined ? {} : { seed: view.seed }),
    ...(view.trainingMode === undefined ? {} : { trainingMode: view.trainingMode }),
  });
}

/** What opening a link from the address did. */
export type AddressOutcome = 'none' | 'opened' | 'refused';

/** The page's address as far as links go: its fragment, and a way to drop it once read. */
export interface AddressPage {
  readonly hash: string;
  /** Removes the fragment without reloading, so that a reload shows the saved work rather than the link again. */
  readonly forgetHash?: () => void;
}

/**
 * Opens the link in the address's fragment ("#v1=…") as one undoable step over what the app shows; a link that
 * cannot be read leaves the app as it is and shows a banner saying why, with its raw text. Never throws.
 */
export function openFromAddress(store: StoreApi<AppState>, page: AddressPage): AddressOutcome {
  const { hash } = page;
  if (typeof hash !== 'string' || !looksLikeLink(hash)) return 'none';
  const state = store.getState();
  let result: LinkResult;
  try {
    result = state.openLink(hash);
  } catch {
    // A bug while opening a readable link must not leave a blank page: the app stays as it was.
    result = {
      ok: false,
      problems: ['This link could not be opened: the app failed while reading it.'],
      raw: hash,
    };
  }
  if (!result.ok) {
    state.showLinkProblem({ problems: result.problems, raw: result.raw, shownInstead: state.model.title });
    return 'refused';
  }
  if (result.notes.length > 0)
    state.notify({
      level: 'info',
      text: `The link opened, with changes: ${result.notes.join(' ')}`,
      key: 'link',
    });
  page.forgetHash?.();
  return 'opened';
}
