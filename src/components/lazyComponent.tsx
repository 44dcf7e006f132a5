import { useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { appStore, lazyCode, loadFailedNotice, type LazyCode } from '../store';

/** A component whose code comes later, and the way to fetch that code ahead of use. */
export interface LazyComponent<P> {
  (props: P): ReactNode;
  /** Loads the component's code (and the store code it needs) ahead of use; never rejects. */
  readonly preload: () => Promise<void>;
  /** A hook: true once the code has come (a modal dialog makes the page behind it inert only then). */
  readonly useReady: () => boolean;
}

/**
 * A component whose code comes in a chunk of its own, with the store code it `needs` (e.g. the edits). Once that has
 * arrived (fetched ahead after the first frame, see lazyParts.ts) it is drawn at once, in the frame of the click or key
 * that asks for it; before, nothing is drawn until it arrives. When it cannot be loaded, a notice says so (naming
 * `what`, e.g. "the help") and the rest of the app works on.
 */
export function lazyComponent<P extends object>(
  what: string,
  importer: () => Promise<ComponentType<P>>,
  needs: readonly LazyCode<unknown>[] = [],
): LazyComponent<P> {
  const code = lazyCode(async () => {
    const [component] = await Promise.all([importer(), ...needs.map((need) => need.load())]);
    return component;
  });
  const Lazy = (props: P) => {
    const Loaded = useSyncExternalStore(code.subscribe, code.current);
    useEffect(() => {
      if (Loaded === undefined) code.load().catch(() => appStore.getState().notify(loadFailedNotice(what)));
    }, [Loaded]);
    return Loaded === undefined ? null : <Loaded {...props} />;
  };
  return Object.assign(Lazy, {
    preload: () =>
      code.load().then(
        () => undefined,
        () => undefined,
      ),
    useReady: () => useSyncExternalStore(code.subscribe, () => code.current() !== undefined),
  });
}
