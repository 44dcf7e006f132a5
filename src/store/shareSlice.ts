import type { StoreApi } from 'zustand/vanilla';
import type { StepRange } from '../embed';
import type { Model } from '../engine';
import { backwardFormulas } from '../formulas/backwardCode';
import { isIndex } from '../share/checks';
import type { LinkResult } from '../share/link';
import type { LinkView } from '../share/view';
import { lazyCode } from '../lazy/code';
import { lazyActions, stillLoading } from './lazyCode';
import type { AppState, SliceCreator } from './store';

/** A link that could not be opened: the sentences saying why, its raw text, and the model shown instead. */
export interface LinkProblem {
  /** The first sentence says what is wrong; the others are details. */
  readonly problems: readonly string[];
  /** The fragment as it was given, for a bug report. */
  readonly raw: string;
  /** The title of the model the app kept showing (plain text). */
  readonly shownInstead: string;
}

/** Links and embeds: opening a shared state, the step range an embed allows, and a link that failed. */
export interface ShareSlice {
  /** The steps a reader may reach (an embed's `from`/`to`, 0-based, both included), or null for every step. */
  readonly range: StepRange | null;
  /** The link that could not be opened, shown in a banner until dismissed, or null. */
  readonly linkProblem: LinkProblem | null;
  /** Limits every navigation to the range (fitted to the timeline), or lifts the limit with null; a bad range is ignored. */
  readonly setRange: (range: StepRange | null) => void;
  /** Opens a shared model on the link's frame (sample, detail, step, selected neuron) as one undoable step. */
  readonly openShared: (model: Model, view: LinkView, label?: string) => void;
  /** Reads a link's fragment and opens it; a link that cannot be read changes nothing and says why. */
  readonly openLink: (fragment: string) => LinkResult;
  /** Shows (or with null, hides) the banner of a link that could not be opened. */
  readonly showLinkProblem: (problem: LinkProblem | null) => void;
}

/** The first and last steps a reader may reach: the range fitted to the timeline, or the whole timeline. */
export function stepBounds(state: Pick<AppState, 'range' | 'timeline'>): { first: number; last: number } {
  const end = Math.max(0, state.timeline.steps.length - 1);
  if (state.range === null) return { first: 0, last: end };
  return { first: Math.min(state.range.from, end), last: Math.min(state.range.to, end) };
}

/** True for a range of whole step numbers with from ≤ to. */
const isRange = (range: unknown): range is StepRange =>
  typeof range === 'object' &&
  range !== null &&
  isIndex((range as StepRange).from) &&
  isIndex((range as StepRange).to) &&
  (range as StepRange).from <= (range as StepRange).to;

/**
 * A setter that keeps the step index within the range after every change, so that every way of moving
 * (a step, a seek, a new sample, another detail level, a new model) stays within the embed's steps.
 */
export function keepInRange(
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
): StoreApi<AppState>['setState'] {
  const ranged = (partial: Parameters<StoreApi<AppState>['setState']>[0], replace?: boolean) => {
    const changes = typeof partial === 'function' ? partial(get()) : partial;
    const next = { ...get(), ...changes };
    if (next.range !== null) {
      const { first, last } = stepBounds(next);
      const stepIndex = Math.min(last, Math.max(first, next.stepIndex));
      if (stepIndex !== next.stepIndex) {
        set(replace === true ? { ...next, stepIndex } : { ...changes, stepIndex }, replace as false);
        return;
      }
    }
    set(replace === true ? next : changes, replace as false);
  };
  return ranged as StoreApi<AppState>['setState'];
}

/**
 * The code of `openLink` (the link reader: decompression and the model-file parser), loaded before a link is read,
 * with the formulas of the steps after the forward pass, which the frame of a link may show (see describe.ts).
 */
export const linkCode = lazyCode(() =>
  Promise.all([import('./linkActions'), backwardFormulas.load()]).then(([actions]) => actions),
);

/** The share slice. */
export const createShareSlice: SliceCreator<ShareSlice> = (set, get) => {
  const links = lazyActions(linkCode, (code) => code.createLinkActions(set, get));
  return {
    range: null,
    linkProblem: null,
    setRange: (range) => {
      if (range !== null && !isRange(range)) return;
      set({ range: range === null ? null : { from: range.from, to: range.to } });
    },
    openShared: (model, view, label) => {
      const code = links();
      if (code) code.openShared(model, view, label);
      else
        get().notify({
          level: 'warning',
          text: `The shared state cannot be opened yet: ${stillLoading(linkCode, 'the link reader', get().notify)}.`,
          key: 'link',
        });
    },
    openLink: (fragment) =>
      links()?.openLink(fragment) ?? {
        ok: false,
        problems: [
          `This link cannot be opened yet: ${stillLoading(linkCode, 'the link reader', get().notify)}.`,
        ],
        raw: fragment,
      },
    showLinkProblem: (problem) => set({ linkProblem: problem }),
  };
};
