import type { Model } from '../../src/engine';
import type { Delay, StorageAccess, StorageLike } from '../../src/persistence';
import { examplePreset, presets } from '../../src/presets';
import { createAppStore } from '../../src/store';
import { createImmediateScheduler } from '../../src/store/runs';

/** An in-memory Storage. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A storage whose writes fail as a full one does (QuotaExceededError). */
export class FullStorage extends MemoryStorage {
  writes = 0;
  override setItem(): void {
    this.writes += 1;
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** A storage where every call throws, as in a sandboxed iframe. */
export const blockedStorage: StorageLike = {
  getItem: () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
};

/** A delay whose tasks run only when the test says so. */
export function manualDelay(): { delay: Delay; pending: () => number; runAll: () => void } {
  const tasks = new Set<() => void>();
  return {
    delay: (task) => {
      tasks.add(task);
      return () => tasks.delete(task);
    },
    pending: () => tasks.size,
    runAll: () => {
      const now = [...tasks];
      tasks.clear();
      now.forEach((task) => task());
    },
  };
}

/** The deep preset: saved work that is not the Example. */
export const deep: Model = presets.find((preset) => preset.id === 'deep')?.model ?? examplePreset.model;

/** A store on the Example whose training runs synchronously. */
export const newStore = () => createAppStore(examplePreset.model, { scheduler: createImmediateScheduler() });

/** The storage access of a fake storage, as `browserStorage` gives the browser's. */
export const access =
  (storage: StorageLike): (() => StorageAccess) =>
  () => ({ ok: true, storage });
