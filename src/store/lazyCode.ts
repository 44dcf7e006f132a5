/** What the store does with lazily loaded code: its own instance of lazy actions, and the notices about loading. */
import type { LazyCode } from '../lazy/code';
import type { Notice } from './noticeSlice';

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
