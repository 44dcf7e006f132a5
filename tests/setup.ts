// Before the tests of each file: the code the app loads lazily, as the app has it by the time a person uses it (the
// store's edits, training runs and link reader; in the DOM tests also the dialogs, menus and panels). Loaded in a hook
// rather than at import, so that a test file's vi.mock applies to it too. tests/store/lazy.test.ts and
// tests/components/lazyComponent.test.tsx cover what happens before the code arrives.
import { beforeAll } from 'vitest';

beforeAll(async () => {
  const { editingCode, linkCode, trainingCode } = await import('../src/store');
  await Promise.all([editingCode.load(), trainingCode.load(), linkCode.load()]);
  if (typeof document === 'undefined') return;
  const { DataPanel, EditPanel, preloadOpeners, TrainPanel, ValuesTable } =
    await import('../src/components/lazyParts');
  const panels = [EditPanel, DataPanel, TrainPanel, ValuesTable];
  await Promise.all([preloadOpeners(), ...panels.map((panel) => panel.preload())]);
});
