import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyCode, withCode } from '../../src/lazy/code';
import { lazyActions } from '../../src/store/lazyCode';

/** A dynamic import that resolves (or rejects) when told to. */
function deferredImport<M>() {
  const calls: { resolve: (module: M) => void; reject: (error: Error) => void }[] = [];
  const importer = vi.fn(
    () =>
      new Promise<M>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { importer, calls };
}

/** The store module as a page that has loaded none of its lazy code sees it (the setup loads it for the others). */
async function freshStore() {
  vi.resetModules();
  return import('../../src/store');
}

afterEach(() => {
  vi.doUnmock('../../src/store/editActions');
  vi.resetModules();
});

describe('lazyCode(importer)', () => {
  it('loads once however many callers ask, and gives the module from then on', async () => {
    const { importer, calls } = deferredImport<{ name: string }>();
    const code = lazyCode(importer);
    const heard = vi.fn();
    code.subscribe(heard);
    const first = code.load();
    const second = code.load();
    expect(importer).toHaveBeenCalledOnce();
    expect(code.current()).toBeUndefined();
    calls[0]?.resolve({ name: 'module' });
    await expect(first).resolves.toEqual({ name: 'module' });
    await expect(second).resolves.toBe(await first);
    expect(code.current()).toBe(await first);
    expect(heard).toHaveBeenCalledOnce();
  });

  it('tries again after a chunk that could not be loaded', async () => {
    const { importer, calls } = deferredImport<string>();
    const code = lazyCode(importer);
    const failed = code.load();
    calls[0]?.reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    const retried = code.load();
    calls[1]?.resolve('back');
    await expect(retried).resolves.toBe('back');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('withCode(code, task)', () => {
  it('runs the task within the call when the module is there', async () => {
    const code = lazyCode(() => Promise.resolve({ value: 1 }));
    await code.load();
    let seen = 0;
    const done = withCode(code, ({ value }) => (seen = value));
    expect(seen).toBe(1);
    await expect(done).resolves.toBe(1);
  });

  it('loads the module first otherwise, and rejects when it cannot', async () => {
    await expect(
      withCode(
        lazyCode(() => Promise.resolve(2)),
        (n) => n * 2,
      ),
    ).resolves.toBe(4);
    const missing = lazyCode<number>(() => Promise.reject(new Error('offline')));
    await expect(withCode(missing, (n) => n)).rejects.toThrow('offline');
  });
});

describe('lazyActions(code, make)', () => {
  it('makes the actions once, the first time they are asked for after the code arrived', async () => {
    const code = lazyCode(() => Promise.resolve({ make: (n: number) => ({ n }) }));
    const make = vi.fn((module: { make: (n: number) => { n: number } }) => module.make(7));
    const actions = lazyActions(code, make);
    expect(actions()).toBeUndefined();
    await code.load();
    expect(actions()).toEqual({ n: 7 });
    expect(actions()).toBe(actions());
    expect(make).toHaveBeenCalledOnce();
  });
});

describe('a store whose lazy code has not arrived', () => {
  it('refuses an edit, loads the editor, then edits as before (the store made earlier included)', async () => {
    const { createAppStore, editingCode } = await freshStore();
    const store = createAppStore();
    expect(editingCode.current()).toBeUndefined();
    expect(store.getState().edit({ kind: 'setTitle', title: 'Mine' })).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the editor is still loading: try again in a moment' }],
    });
    expect(store.getState().openModelText('{}').ok).toBe(false);
    expect(store.getState().model.title).toBe('The Example');
    await editingCode.load();
    expect(store.getState().edit({ kind: 'setTitle', title: 'Mine' })).toEqual({ ok: true });
    expect(store.getState()).toMatchObject({ model: { title: 'Mine' }, canUndo: true });
  });

  it('refuses a run, has no iteration to inspect and nothing to stop, then trains once its code came', async () => {
    const { createAppStore, trainingCode } = await freshStore();
    const { createImmediateScheduler } = await import('../../src/store/runs');
    const store = createAppStore(undefined, { scheduler: createImmediateScheduler(), chunk: 1 });
    const before = store.getState().model;
    expect(store.getState().train(2).ok).toBe(false);
    expect(store.getState().trainStep().ok).toBe(false);
    expect(store.getState().inspectIteration(0)).toBe(false);
    store.getState().stopTraining();
    expect(store.getState()).toMatchObject({ model: before, training: null, lastRun: null });
    await trainingCode.load();
    expect(store.getState().train(2)).toEqual({ ok: true });
    expect(store.getState().model).not.toBe(before);
    expect(store.getState().past.at(-1)?.label).toBe('train 2 epochs per sample');
  });

  it('refuses a link with a sentence for its banner, then opens it once the reader came', async () => {
    const { createAppStore, linkCode } = await freshStore();
    const { encodeLink } = await import('../../src/share');
    const { presets } = await import('../../src/presets');
    const deep = presets.find((preset) => preset.id === 'deep')?.model;
    if (!deep) throw new Error('no deep preset');
    const link = encodeLink({
      model: deep,
      view: { selection: 0, step: 2, detail: 'detailed', selected: null },
    });
    const store = createAppStore();
    expect(store.getState().openLink(link)).toEqual({
      ok: false,
      problems: ['This link cannot be opened yet: the link reader is still loading: try again in a moment.'],
      raw: link,
    });
    await linkCode.load();
    expect(store.getState().openLink(link).ok).toBe(true);
    expect(store.getState()).toMatchObject({ model: deep, stepIndex: 2 });
  });

  it('keeps the model of a shared state it cannot open yet, says so, then opens it once the reader came', async () => {
    const { createAppStore, linkCode } = await freshStore();
    const { presets } = await import('../../src/presets');
    const deep = presets.find((preset) => preset.id === 'deep')?.model;
    if (!deep) throw new Error('no deep preset');
    const store = createAppStore();
    const before = store.getState().model;
    const view = { selection: 0, step: 2, detail: 'detailed', selected: null } as const;
    store.getState().openShared(deep, view);
    expect(store.getState().model).toBe(before);
    expect(store.getState().notices.at(-1)?.text).toBe(
      'The shared state cannot be opened yet: the link reader is still loading: try again in a moment.',
    );
    await linkCode.load();
    store.getState().openShared(deep, view);
    expect(store.getState()).toMatchObject({ model: deep, stepIndex: 2 });
  });

  it('says in a notice when that code cannot be loaded, and the app goes on', async () => {
    vi.doMock('../../src/store/editActions', () => {
      throw new Error('offline');
    });
    const { createAppStore } = await freshStore();
    const store = createAppStore();
    store.getState().edit({ kind: 'setTitle', title: 'Mine' });
    await vi.waitFor(() =>
      expect(store.getState().notices.at(-1)).toMatchObject({
        level: 'error',
        text: expect.stringMatching(/^The editor could not be loaded: check the connection/) as string,
      }),
    );
    store.getState().stepForward();
    expect(store.getState().stepIndex).toBe(1);
  });
});
