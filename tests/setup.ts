// Before the tests of each file: the code the app loads lazily (the store's edits, training runs and link reader), as
// the app has it by the time a person uses it. Loaded in a hook rather than at import, so that a test file's vi.mock
// applies to it too. tests/store/lazy.test.ts covers what happens before the code arrives.
import { beforeAll } from 'vitest';

beforeAll(async () => {
  const { editingCode, linkCode, trainingCode } = await import('../src/store');
  await Promise.all([editingCode.load(), trainingCode.load(), linkCode.load()]);
});
