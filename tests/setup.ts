// Before each test file: the code the app loads lazily, as the app has it by the time a person uses it (the formulas
// after the forward pass, the store's edits, training runs and link reader; in the DOM tests also the dialogs, menus
// and panels, and d3-zoom's chunk, which the diagram loads once drawn). tests/store/lazy.test.ts,
// tests/store/describe.test.ts and tests/components/lazyComponent.test.tsx cover what happens before it arrives.
import { backwardFormulas } from '../src/formulas';
import { editingCode, linkCode, trainingCode } from '../src/store';

await Promise.all([backwardFormulas.load(), editingCode.load(), trainingCode.load(), linkCode.load()]);
if (typeof document !== 'undefined') {
  const { DataPanel, EditPanel, preloadOpeners, TrainPanel, ValuesTable } =
    await import('../src/components/lazyParts');
  const panels = [EditPanel, DataPanel, TrainPanel, ValuesTable];
  await Promise.all([
    preloadOpeners(),
    ...panels.map((panel) => panel.preload()),
    // Else a test that ends before it has come leaves its import running after the test's environment is gone.
    import('../src/components/diagram/zoomBehaviour'),
  ]);
}
