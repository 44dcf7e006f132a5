import type { Delay, StorageLike } from '../../src/persistence';

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
