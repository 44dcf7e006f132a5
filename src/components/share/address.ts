import type { StoreApi } from 'zustand/vanilla';
import { looksLikeLink } from '../../share/checks';
import { linkCode, withCode, type AddressOutcome, type AddressPage, type AppState } from '../../store';

/** Why a link was not opened when the code that reads links could not be loaded. */
const readerMissing =
  'This link could not be opened: the part of the app that reads links could not be loaded (check the connection, then reload the page).';

/**
 * Opens the link in the address's fragment ("#v1=…") as one undoable step over what the app shows, once the link
 * reader has arrived: at once when it is there (as on a hashchange after start-up), else after loading it (the app
 * waits for it before its first frame). A link that cannot be read, or a reader that cannot be loaded, leaves the app
 * as it is, with a banner saying why. Never rejects.
 */
export function openAddressLink(store: StoreApi<AppState>, page: AddressPage): Promise<AddressOutcome> {
  if (typeof page.hash !== 'string' || !looksLikeLink(page.hash)) return Promise.resolve('none');
  return withCode(linkCode, (code) => code.openFromAddress(store, page)).catch(() => {
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
