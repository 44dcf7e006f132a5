import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Model } from '../engine';
import { examplePreset } from '../presets/example';
import { describeGate } from './describe';
import { createEditSlice, type EditSlice } from './editSlice';
import { createHistorySlice, type HistorySlice } from './historySlice';
import { createModelSlice, type ModelSlice } from './modelSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createPresentSlice, type PresentSlice } from './presentSlice';
import { createShareSlice, keepInRange, type ShareSlice } from './shareSlice';
import { createTabSlice, type TabSlice } from './tabSlice';
import { createTrainingSlice, type TrainingOptions, type TrainingSlice } from './trainingSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The whole app state: source state in slices, plus the derived pass and timeline. */
export type AppState = ModelSlice &
  PlaybackSlice &
  ViewSlice &
  HistorySlice &
  EditSlice &
  TrainingSlice &
  NoticeSlice &
  ShareSlice &
  PresentSlice &
  TabSlice;

/** A Zustand setter/getter pair, as every slice receives it. */
export type SliceCreator<T> = (set: StoreApi<AppState>['setState'], get: StoreApi<AppState>['getState']) => T;

/** What a store is built with besides its model: the scheduler of long training runs (synchronous in tests). */
export type StoreOptions = TrainingOptions;

/** A store opened on the given model (the Example by default), at step 0. */
export function createAppStore(
  model: Model = examplePreset.model,
  options: StoreOptions = {},
): StoreApi<AppState> {
  return createStore<AppState>()((unranged, get) => {
    // Every change keeps the step index within the embed's range (see shareSlice).
    const set = keepInRange(unranged, get);
    // Moves and selections wait, in order, for the formulas that describe them (see describe.ts).
    const describe = describeGate((notice) => get().notify(notice));
    return {
      ...createModelSlice(model)(set, get),
      ...createPlaybackSlice(describe)(set, get),
      ...createViewSlice(describe)(set, get),
      ...createHistorySlice(set, get),
      ...createEditSlice(set, get),
      ...createTrainingSlice(options)(set, get),
      ...createNoticeSlice(set, get),
      ...createShareSlice(set, get),
      ...createPresentSlice(set, get),
      ...createTabSlice(set, get),
    };
  });
}
