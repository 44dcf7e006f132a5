/**
 * The card, the caption and the narration describe the step shown, and a selected neuron's card derives its δ: the
 * formulas of the steps after the first layer's come in a chunk of their own, after the first frame (a fresh start
 * shows the first layer's first step). A change that would show such a step, or select a neuron, before they have
 * come waits for them, and the changes asked for meanwhile follow it in order: no frame shows a step its formulas
 * cannot describe. In practice only a key pressed in the first moments of a fresh start waits, for a few
 * milliseconds. The changes that open a frame on any step (saved work, a link, an embed) load the formulas first;
 * model changes that keep another step are made again by the card once the formulas come.
 */
import { backwardFormulas, describable } from '../formulas/backwardCode';
import { loadFailedNotice } from './lazyCode';
import type { Notice } from './noticeSlice';
import { selectStep } from './selectors';
import type { AppState } from './store';

/** Runs `change` now, or once the backward formulas have come when `needs()` says it needs them (and they have not). */
export interface Describe {
  (change: () => void, needs: () => boolean): void;
  /** True while a change waits for the formulas (the play clock's ticks are then dropped, not piled up). */
  readonly waiting: () => boolean;
}

/** A store's gate (see above); `notify` tells when the formulas cannot be loaded (the change is then dropped). */
export function describeGate(notify: (notice: Omit<Notice, 'id'>) => unknown): Describe {
  /** The changes waiting for the formulas, in order, or null when none waits. */
  let waiting: (() => void)[] | null = null;
  const describe = (change: () => void, needs: () => boolean): void => {
    if (waiting !== null) {
      waiting.push(() => describe(change, needs));
      return;
    }
    if (!needs()) {
      change();
      return;
    }
    waiting = [() => describe(change, needs)];
    backwardFormulas.load().then(
      () => {
        const queue = waiting ?? [];
        waiting = null;
        for (const next of queue) next();
      },
      () => {
        waiting = null;
        notify(loadFailedNotice('the formulas of the backward pass'));
      },
    );
  };
  return Object.assign(describe, { waiting: () => waiting !== null });
}

/** True when the frame of `state` can be described with the code there: its step, and its selected neuron's card. */
export const selectDescribable = (state: AppState): boolean =>
  describable(selectStep(state)) && (state.selected === null || backwardFormulas.current() !== undefined);
