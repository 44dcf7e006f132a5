/**
 * Code that comes in a chunk of its own, loaded the first time it is needed (or ahead, after the first frame): the
 * store's heavy actions (edits, training runs, links), the formulas after the forward pass, the view's dialogs and
 * panels. Pure: no React, store or DOM.
 */

/** A module loaded at most once (again after a failure), and what arrived so far. */
export interface LazyCode<M> {
  /** The module once it has arrived, else undefined. */
  readonly current: () => M | undefined;
  /** Loads the module (one request however many callers) and gives it; rejects when its chunk cannot be loaded. */
  readonly load: () => Promise<M>;
  /** Calls `listener` when the module has arrived; gives the function that stops listening. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** The LazyCode of a dynamic import, e.g. `lazyCode(() => import('./editActions'))`. */
export function lazyCode<M>(importer: () => Promise<M>): LazyCode<M> {
  let module: M | undefined;
  let pending: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => module,
    load: () => {
      if (module !== undefined) return Promise.resolve(module);
      pending ??= importer().then(
        (loaded) => {
          module = loaded;
          for (const listener of [...listeners]) listener();
          return loaded;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Runs `task` with the module: at once when it has arrived (within the same event, as a download or a link read at
 * once must be), else once it has; rejects when the module cannot be loaded or the task throws.
 */
export async function withCode<M, T>(code: LazyCode<M>, task: (module: M) => T): Promise<Awaited<T>> {
  // Nothing is awaited before the task when the module is there: the task runs within this call.
  const module = code.current() ?? (await code.load());
  return await task(module);
}
