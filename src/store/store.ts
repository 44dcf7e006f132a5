import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Model } from '../engine';
import { examplePreset } from '../presets';
import { createModelSlice, type ModelSlice } from './modelSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The whole app state: source state in three slices, plus the derived pass and timeline. */
export type AppState = ModelSlice & PlaybackSlice & ViewSlice;

/** A Zustand setter/getter pair, as every slice receives it. */
export type SliceCreator<T> = (set: StoreApi<AppState>['setState'], get: StoreApi<AppState>['getState']) => T;

/** A store opened on the given model (the Example by default), at step 0. */
export function createAppStore(model: Model = examplePreset.model): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => ({
    ...createModelSlice(model)(set, get),
    ...createPlaybackSlice(set, get),
    ...createViewSlice(set, get),
  }));
}
