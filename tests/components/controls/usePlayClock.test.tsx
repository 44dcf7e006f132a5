// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlayClock } from '../../../src/hooks/usePlayClock';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();
const last = () => state().timeline.steps.length - 1;

/** A component that only runs the clock. */
function Clock() {
  usePlayClock();
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('usePlayClock()', () => {
  it('does nothing while paused', () => {
    render(<Clock />);
    act(() => vi.advanceTimersByTime(10_000));
    expect(state().stepIndex).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('advances one step every 1000/speed ms while playing', () => {
    render(<Clock />);
    act(() => state().setSpeed(2));
    act(() => state().play());
    act(() => vi.advanceTimersByTime(499));
    expect(state().stepIndex).toBe(0);
    act(() => vi.advanceTimersByTime(1));
    expect(state().stepIndex).toBe(1);
    act(() => vi.advanceTimersByTime(1500));
    expect(state().stepIndex).toBe(4);
  });

  it('follows a change of speed', () => {
    render(<Clock />);
    act(() => state().play());
    act(() => state().setSpeed(8));
    act(() => vi.advanceTimersByTime(1000));
    expect(state().stepIndex).toBe(8);
  });

  it('stops at the last step and clears its timer', () => {
    render(<Clock />);
    act(() => state().seek(last() - 3));
    act(() => state().play());
    act(() => vi.advanceTimersByTime(60_000));
    expect(state().stepIndex).toBe(last());
    expect(state().playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops ticking when paused', () => {
    render(<Clock />);
    act(() => state().play());
    act(() => vi.advanceTimersByTime(1000));
    act(() => state().pause());
    act(() => vi.advanceTimersByTime(5000));
    expect(state().stepIndex).toBe(2);
  });
});
