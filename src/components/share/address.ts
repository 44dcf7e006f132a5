import type { StoreApi } from 'zustand/vanilla';
import { looksLikeLink } from '../../share/checks';
import type { LinkResult } from '../../share/link';
import { linkCode, withCode, type AppState } from '../../store';

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

/** Why a link was not opened when the code that reads links could not be loaded. */
const readerMissing =
  'This link could not be opened: the part of the app that reads links could not be loaded (check the connection, then reload the page).';

/**
 * Opens the link in the address as openFromAddress does, once the link reader has arrived: at once when it is there
 * (as on a hashchange after start-up), else after loading it (the app waits for it before its first frame). A reader
 * that cannot be loaded leaves the app as it is, with the banner saying why. Never rejects.
 */
export function openAddressLink(store: StoreApi<AppState>, page: AddressPage): Promise<AddressOutcome> {
  if (typeof page.hash !== 'string' || !looksLikeLink(page.hash)) return Promise.resolve('none');
  return withCode(linkCode, () => openFromAddress(store, page)).catch(() => {
    const state = store.getState();
    state.showLinkProblem({ problems: [readerMissing], raw: page.hash, shownInstead: state.model.title });
    return 'refused' as const;
  });
}

/** The window's address, whose fragment is dropped (history.replaceState) once the link in it is opened. */
export function windowAddress(win: Window): AddressPage {
  return {
    hash: win.location.hash,
    forgetHash: () => {
      try {
        const { pathname, search } = win.location;
        win.history.replaceState(win.history.state, '', `${pathname}${search}`);
      } catch {
        // A page that may not change its address keeps the link in it.
      }
    },
  };
}

/** Opens every link put in the address later (pasted in the address bar, or a link on the page); gives the remover. */
export function listenForLinks(store: StoreApi<AppState>, win: Window): () => void {
  const onHashChange = () => void openAddressLink(store, windowAddress(win));
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}
