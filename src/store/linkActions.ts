/** The share slice's action that reads links (decompression and the model-file parser): loaded in a chunk of its own. */
import { decodeLink } from '../share/link';
import type { ShareSlice } from './shareSlice';
import type { SliceCreator } from './store';

/** Opening links, for one store. */
export const createLinkActions: SliceCreator<Pick<ShareSlice, 'openLink'>> = (_set, get) => ({
  openLink: (fragment) => {
    const result = decodeLink(fragment);
    if (result.ok) get().openShared(result.model, result.view);
    return result;
  },
});
