import { describable } from '../formulas/backwardCode';
import { nextPhaseIndex, previousPhaseIndex } from '../timeline';
import type { Describe } from './describe';
import { stepBounds } from './shareSlice';
import type { SliceCreator } from './store';

/** Steps per second when playing, from slow (a class following along) to fast. */
export const speeds = [0.5, 1, 2, 4, 8] as const;

/** Where the stepper is, and whether the clock is advancing it. */
export interface PlaybackSlice {
  /** Index of the current step in the timeline. */
  readonly stepIndex: number;
  readonly playing: boolean;
  /** Steps per second while playing. */
  readonly speed: number;
  readonly stepForward: () => void;
  readonly stepBack: () => void;
  /** Go to a step; out-of-range or non-integer indices are clamped. */
  readonly seek: (index: number) => void;
  readonly seekFirst: () => void;
  readonly seekLast: () => void;
  readonly nextPhase: () => void;
  readonly previousPhase: () => void;
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  readonly setSpeed: (speed: number) => void;
  /** The clock's tick: one step forward, pausing at the last step. */
  readonly tick: () => void;
}

/**
 * The playback slice: only an index and a clock; every frame comes from the timeline. Each move goes through
 * `describe` (see describe.ts), which holds it while the formulas of its step are on their way; so the target step and
 * the clock's state are read when the move is made.
 */
export const createPlaybackSlice =
  (describe: Describe): SliceCreator<PlaybackSlice> =>
  (set, get) => {
    // The first and last steps within reach: the whole timeline, or an embed's range of it.
    const first = () => stepBounds(get()).first;
    const last = () => stepBounds(get()).last;
    const clamp = (index: number) =>
      Number.isFinite(index) ? Math.min(last(), Math.max(first(), Math.trunc(index))) : get().stepIndex;
    /** Moves to a step; the focused chain-rule term belongs to the previous frame, so it is dropped. */
    const go = (index: () => number, playing: () => boolean) =>
      describe(
        () => set({ stepIndex: clamp(index()), focusedTerm: null, playing: playing() }),
        () => !describable(get().timeline.steps[clamp(index())]),
      );
    /** The clock's state after a step by hand: paused. */
    const paused = () => false;
    /** A change that shows no other step (it needs no formulas), kept in order with the moves. */
    const inTurn = (change: () => void) => describe(change, () => false);
    return {
      stepIndex: 0,
      playing: false,
      speed: 2,
      stepForward: () => go(() => get().stepIndex + 1, paused),
      stepBack: () => go(() => get().stepIndex - 1, paused),
      seek: (index) => go(() => index, paused),
      seekFirst: () => go(first, paused),
      seekLast: () => go(last, paused),
      nextPhase: () => go(() => nextPhaseIndex(get().timeline, get().stepIndex), paused),
      previousPhase: () => go(() => previousPhaseIndex(get().timeline, get().stepIndex), paused),
      // Playing from the last step starts over.
      play: () =>
        go(
          () => (get().stepIndex >= last() ? first() : get().stepIndex),
          () => last() > first(),
        ),
      pause: () => inTurn(() => set({ playing: false })),
      togglePlay: () => inTurn(() => (get().playing ? get().pause() : get().play())),
      setSpeed: (speed) => {
        if (Number.isFinite(speed) && speed > 0) set({ speed });
      },
      // A tick while a move waits for its formulas is dropped: the clock ticks again, rather than jump when they come.
      tick: () => {
        if (describe.waiting()) return;
        go(
          () => get().stepIndex + 1,
          () => get().playing && clamp(get().stepIndex + 1) < last(),
        );
      },
    };
  };
