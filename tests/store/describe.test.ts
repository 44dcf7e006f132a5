import { afterEach, describe, expect, it, vi } from 'vitest';

/** A store, and the formulas after the first layer's steps, as a page that has not loaded them yet has them. */
async function freshStore() {
  vi.resetModules();
  const { createAppStore } = await import('../../src/store');
  const { backwardFormulas } = await import('../../src/formulas');
  const store = createAppStore();
  const steps = store.getState().timeline.steps;
  const firstLater = steps.findIndex((step) => step.kind !== 'forward' || step.k > 1);
  return { store, backwardFormulas, firstLater, last: steps.length - 1 };
}

afterEach(() => {
  vi.doUnmock('../../src/formulas/backward');
  vi.resetModules();
});

describe('moves and selections wait for the formulas that describe them', () => {
  it('moves within the first layer at once', async () => {
    const { store, backwardFormulas, firstLater } = await freshStore();
    expect(firstLater).toBeGreaterThan(1);
    store.getState().stepForward();
    expect(store.getState().stepIndex).toBe(1);
    store.getState().seek(firstLater - 1);
    expect(store.getState().stepIndex).toBe(firstLater - 1);
    expect(backwardFormulas.current()).toBeUndefined();
  });

  it('holds a move past the first layer, and the moves after it in order, until the formulas came', async () => {
    const { store, backwardFormulas, firstLater, last } = await freshStore();
    store.getState().seek(firstLater - 1);
    store.getState().stepForward();
    store.getState().stepForward();
    store.getState().stepBack();
    store.getState().seekFirst();
    store.getState().seekLast();
    expect(store.getState().stepIndex).toBe(firstLater - 1);
    await backwardFormulas.load();
    await vi.waitFor(() => expect(store.getState().stepIndex).toBe(last));
    store.getState().seek(firstLater);
    expect(store.getState().stepIndex).toBe(firstLater);
  });

  it("drops the play clock's ticks while a move waits, rather than jump when the formulas came", async () => {
    const { store, backwardFormulas, firstLater } = await freshStore();
    store.getState().seek(firstLater - 1);
    store.getState().play();
    for (let n = 0; n < 5; n++) store.getState().tick();
    expect(store.getState().stepIndex).toBe(firstLater - 1);
    await backwardFormulas.load();
    await vi.waitFor(() => expect(store.getState().stepIndex).toBe(firstLater));
    expect(store.getState().playing).toBe(true);
  });

  it('holds the selection of a neuron (its card derives its δ) until the formulas came', async () => {
    const { store, backwardFormulas } = await freshStore();
    store.getState().selectNeuron('N:1:0');
    expect(store.getState().selected).toBeNull();
    await backwardFormulas.load();
    await vi.waitFor(() => expect(store.getState().selected).toBe('N:1:0'));
    store.getState().selectNeuron(null);
    expect(store.getState().selected).toBeNull();
  });

  it('stays, saying so in a notice, when the formulas cannot be loaded, and tries again at the next move', async () => {
    vi.doMock('../../src/formulas/backward', () => {
      throw new Error('offline');
    });
    const { store, firstLater } = await freshStore();
    store.getState().seek(firstLater);
    await vi.waitFor(() =>
      expect(store.getState().notices.at(-1)).toMatchObject({
        level: 'error',
        text: expect.stringMatching(/^The formulas of the backward pass could not be loaded/) as string,
      }),
    );
    expect(store.getState().stepIndex).toBe(0);
    store.getState().stepForward();
    expect(store.getState().stepIndex).toBe(1);
  });
});

describe('chainRuleCard and narrate before the formulas after the forward pass came', () => {
  it('give a later step its title only and no narration, then its lines and words', async () => {
    vi.resetModules();
    const { chainRuleCard, narrate, backwardFormulas } = await import('../../src/formulas');
    const { createAppStore } = await import('../../src/store');
    const { model, iteration, timeline } = createAppStore().getState();
    const later = timeline.steps.find((step) => step.kind === 'delta');
    const forward = timeline.steps[0];
    if (!later || !forward) throw new Error('the Example has a δ step');
    expect(chainRuleCard(model, iteration, later).lines).toEqual([]);
    expect(chainRuleCard(model, iteration, later).title).not.toBe('');
    expect(narrate(model, iteration, later)).toBe('');
    expect(chainRuleCard(model, iteration, forward).lines.length).toBeGreaterThan(0);
    await backwardFormulas.load();
    expect(chainRuleCard(model, iteration, later).lines.length).toBeGreaterThan(0);
    expect(narrate(model, iteration, later)).toMatch(/^Backward, layer/);
  });
});
