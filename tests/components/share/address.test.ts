import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAddressLink } from '../../../src/components/share/address';
import { presets } from '../../../src/presets';
import { encodeLink } from '../../../src/share';
import { createAppStore } from '../../../src/store';

const linear = presets.find((preset) => preset.id === 'linear')?.model;
if (!linear) throw new Error('no linear preset');
const link = encodeLink({
  model: linear,
  view: { selection: 0, step: 3, detail: 'detailed', selected: null },
});

afterEach(() => {
  vi.doUnmock('../../../src/store/linkActions');
  vi.resetModules();
});

describe('openAddressLink(store, page)', () => {
  it('opens the link within the call when the link reader is there', async () => {
    const store = createAppStore();
    const opened = openAddressLink(store, { hash: link });
    expect(store.getState()).toMatchObject({ model: linear, stepIndex: 3 });
    await expect(opened).resolves.toBe('opened');
  });

  it('does nothing for an address without a link', async () => {
    const store = createAppStore();
    await expect(openAddressLink(store, { hash: '#section-2' })).resolves.toBe('none');
    expect(store.getState().past).toEqual([]);
  });

  it('keeps the app as it is and says why in the banner when the link reader cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('../../../src/store/linkActions', () => {
      throw new Error('offline');
    });
    const address = await import('../../../src/components/share/address');
    const { createAppStore: freshStore } = await import('../../../src/store');
    const store = freshStore();
    const forgetHash = vi.fn();
    await expect(address.openAddressLink(store, { hash: link, forgetHash })).resolves.toBe('refused');
    expect(store.getState().model.title).toBe('The Example');
    expect(store.getState().linkProblem).toEqual({
      problems: [
        expect.stringMatching(/^This link could not be opened: the part of the app that reads links/),
      ],
      raw: link,
      shownInstead: 'The Example',
    });
    expect(forgetHash).not.toHaveBeenCalled();
  });
});
