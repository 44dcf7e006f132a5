// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render } from '@testing-library/react';
import katex from 'katex';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import KatexLines from '../../../src/components/card/KatexLines';
import { backwardFormulas, chainRuleCard } from '../../../src/formulas';
import { appStore } from '../../../src/store';
import { nextPhaseIndex } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

/** The idle callbacks asked for and not yet run or cancelled. */
let idle = new Map<number, IdleRequestCallback>();

/** Runs the idle callbacks asked for (and those they ask for), each with ample time. */
function runIdle() {
  for (let rounds = 0; idle.size > 0 && rounds < 10_000; rounds++) {
    const pending = [...idle.values()];
    idle = new Map();
    for (const callback of pending) callback({ didTimeout: false, timeRemaining: () => 50 });
  }
}

/** The card of step `index` drawn by KatexLines, with the store on that step. */
function show(index: number) {
  act(() => appStore.getState().seek(index));
  const { model, iteration, timeline } = appStore.getState();
  const step = timeline.steps[index];
  if (!step) throw new Error(`no step ${index}`);
  return render(<KatexLines card={chainRuleCard(model, iteration, step)} />);
}

beforeAll(async () => {
  await backwardFormulas.load();
});
beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  let id = 0;
  idle = new Map();
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    idle.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('KatexLines typesets the next steps while the browser is idle', () => {
  it('sets the formulas of the steps ahead, so that stepping there typesets nothing', () => {
    const typeset = vi.spyOn(katex, 'renderToString');
    // Without idle time, a new δ's first step is typeset when it is shown.
    const steps = appStore.getState().timeline.steps;
    const goal = (k: number) => steps.findIndex((step) => step.id === `e0:d:${k}:0:goal`);
    show(goal(3) - 1).unmount();
    typeset.mockClear();
    show(goal(3)).unmount();
    expect(typeset).toHaveBeenCalled();

    // With idle time after a step, the steps after it are set in advance.
    show(goal(2) - 1);
    typeset.mockClear();
    runIdle();
    expect(typeset).toHaveBeenCalled();
    typeset.mockClear();
    cleanup();
    for (let index = goal(2); index < goal(2) + 10; index++) show(index).unmount();
    expect(typeset).not.toHaveBeenCalled();
  });

  it('sets the first steps of the next phases too, beyond the steps ahead, so that ] finds them set', () => {
    act(() => appStore.getState().loadModel(bigModel(16, 4)));
    const { timeline } = appStore.getState();
    // From the start, ] goes on to the Loss step and then the backward pass, far beyond the next 60 steps.
    const backward = nextPhaseIndex(timeline, nextPhaseIndex(timeline, 0));
    expect(backward).toBeGreaterThan(60);
    show(0);
    runIdle();
    cleanup();
    const typeset = vi.spyOn(katex, 'renderToString');
    for (let index = backward; index < backward + 6; index++) show(index).unmount();
    expect(typeset).not.toHaveBeenCalled();
  });

  it('cancels what it has not done when the step changes', () => {
    show(3);
    expect(idle.size).toBe(1);
    act(() => appStore.getState().seek(4));
    // The old request is cancelled and one for the new step is made.
    expect(idle.size).toBe(1);
  });
});
