/**
 * Code that comes in a chunk of its own, loaded the first time it is needed (or ahead, after the first frame): the
 * store's heavy actions (edits, training runs, links), and the view's menus, dialogs and panels.
 */
import type { Notice } from './noticeSlice';

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

/**
 * A store's own instance of actions whose code is lazy: made by `make` (with the store's set and get, so that it may
 * keep private state, as a running training does) the first time it is asked for after the code has arrived, and
 * undefined before. A slice's action calls through it, so the action never changes (`getInitialState()` keeps it).
 */
export function lazyActions<M, A>(code: LazyCode<M>, make: (module: M) => A): () => A | undefined {
  let actions: A | undefined;
  return () => {
    if (actions === undefined) {
      const module = code.current();
      if (module !== undefined) actions = make(module);
    }
    return actions;
  };
}

/** The notice shown when a part of the app (named in plain words, e.g. "the help") could not be loaded. */
export function loadFailedNotice(what: string): Omit<Notice, 'id'> {
  return {
    level: 'error',
    text: `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded: check the connection, then reload the page. The rest of the app still works.`,
    key: `load:${what}`,
  };
}

/**
 * What an action whose code has not arrived yet says (the UI loads that code before it offers the action, so this
 * is rare): the code is requested, and a notice tells if it cannot be loaded.
 */
export function stillLoading(
  code: LazyCode<unknown>,
  what: string,
  notify: (notice: Omit<Notice, 'id'>) => unknown,
): string {
  code.load().catch(() => notify(loadFailedNotice(what)));
  return `${what} is still loading: try again in a moment`;
}
