import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { phaseMarkers } from '../../src/timeline';

type Store = ReturnType<typeof createAppStore>;

let store: Store;
const state = () => store.getState();
const last = () => state().timeline.steps.length - 1;

beforeEach(() => {
  store = createAppStore();
});

describe('stepForward and stepBack', () => {
  it('stepForward() moves one step and stops at the last step', () => {
    state().stepForward();
    expect(state().stepIndex).toBe(1);
    state().seekLast();
    state().stepForward();
    expect(state().stepIndex).toBe(last());
  });

  it('stepBack() moves one step back and stops at the first step', () => {
    state().seek(3);
    state().stepBack();
    expect(state().stepIndex).toBe(2);
    state().seekFirst();
    state().stepBack();
    expect(state().stepIndex).toBe(0);
  });

  it('stepping pauses the clock and drops the focused chain-rule term', () => {
    state().play();
    state().focusTerm(0);
    state().stepForward();
    expect(state().playing).toBe(false);
    expect(state().focusedTerm).toBeNull();
  });
});

describe('seek(index)', () => {
  it('goes to the given step', () => {
    state().seek(7);
    expect(state().stepIndex).toBe(7);
  });

  it('clamps indices outside the timeline', () => {
    state().seek(-5);
    expect(state().stepIndex).toBe(0);
    state().seek(10_000);
    expect(state().stepIndex).toBe(last());
  });

  it('truncates fractional indices', () => {
    state().seek(4.9);
    expect(state().stepIndex).toBe(4);
  });

  it('ignores indices that are not finite numbers (NaN, ±∞)', () => {
    state().seek(6);
    state().seek(Number.NaN);
    state().seek(Infinity);
    state().seek(-Infinity);
    expect(state().stepIndex).toBe(6);
  });
});

describe('nextPhase and previousPhase', () => {
  const starts = () => phaseMarkers(state().timeline).map((marker) => marker.index);

  it('nextPhase() lands on the start of each phase run in turn, then on the last step', () => {
    const visited: number[] = [];
    for (let n = 0; n < starts().length; n++) {
      state().nextPhase();
      visited.push(state().stepIndex);
    }
    expect(visited).toEqual([...starts().slice(1), last()]);
  });

  it('previousPhase() goes to the start of the current run, then of the previous one', () => {
    const [, loss, backward] = starts();
    state().seek((backward ?? 0) + 2);
    state().previousPhase();
    expect(state().stepIndex).toBe(backward);
    state().previousPhase();
    expect(state().stepIndex).toBe(loss);
    state().seekFirst();
    state().previousPhase();
    expect(state().stepIndex).toBe(0);
  });

  it('every phase start is a step whose phase differs from the step before it', () => {
    const { steps } = state().timeline;
    for (const index of starts().slice(1)) {
      expect(steps[index]?.phase).not.toBe(steps[index - 1]?.phase);
    }
  });
});

describe('play, pause and tick', () => {
  it('play() starts the clock and pause() stops it', () => {
    state().play();
    expect(state().playing).toBe(true);
    state().pause();
    expect(state().playing).toBe(false);
  });

  it('togglePlay() switches between playing and paused', () => {
    state().togglePlay();
    expect(state().playing).toBe(true);
    state().togglePlay();
    expect(state().playing).toBe(false);
  });

  it('play() at the last step starts over from the first', () => {
    state().seekLast();
    state().play();
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(true);
  });

  it('tick() advances one step while playing', () => {
    state().play();
    state().tick();
    expect(state().stepIndex).toBe(1);
    expect(state().playing).toBe(true);
  });

  it('tick() pauses on reaching the last step, and stays there', () => {
    state().seek(last() - 1);
    state().play();
    state().tick();
    expect(state().stepIndex).toBe(last());
    expect(state().playing).toBe(false);
    state().tick();
    expect(state().stepIndex).toBe(last());
  });

  it('setSpeed(speed) accepts positive speeds only', () => {
    state().setSpeed(4);
    expect(state().speed).toBe(4);
    state().setSpeed(0);
    state().setSpeed(-1);
    state().setSpeed(Number.NaN);
    expect(state().speed).toBe(4);
  });
});
