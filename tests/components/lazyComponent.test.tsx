// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../src/components/lazyComponent';
import { appStore, lazyCode } from '../../src/store';

/** A component to load later. */
function Greeting({ name }: { readonly name: string }) {
  return <p data-testid="greeting">Hello {name}</p>;
}

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('lazyComponent(what, importer, needs)', () => {
  it('draws nothing until its code and the store code it needs have come, then the component with its props', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const importer = vi.fn(
      () =>
        new Promise<typeof Greeting>((resolve) => {
          arrive = resolve;
        }),
    );
    const needed = lazyCode(() => Promise.resolve('store code'));
    const Lazy = lazyComponent('the greeting', importer, [needed]);
    render(<Lazy name="Ada" />);
    expect(screen.queryByTestId('greeting')).toBeNull();
    expect(importer).toHaveBeenCalledOnce();
    await act(async () => arrive(Greeting));
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hello Ada');
    expect(needed.current()).toBe('store code');
  });

  it('draws at once, in the same render, once preloaded', async () => {
    const Lazy = lazyComponent('the greeting', () => Promise.resolve(Greeting));
    await Lazy.preload();
    render(<Lazy name="Grace" />);
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hello Grace');
  });

  it('says in a notice when its code cannot be loaded, draws nothing, and tries again when next drawn', async () => {
    const importer = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Greeting);
    const Lazy = lazyComponent('the greeting', importer);
    // Fetching ahead fails silently: the part is not needed yet.
    await expect(Lazy.preload()).resolves.toBeUndefined();
    expect(appStore.getState().notices).toEqual([]);
    render(<Lazy name="Ada" />);
    await vi.waitFor(() =>
      expect(appStore.getState().notices.at(-1)).toMatchObject({
        level: 'error',
        text: expect.stringMatching(/^The greeting could not be loaded: check the connection/) as string,
      }),
    );
    expect(screen.queryByTestId('greeting')).toBeNull();
    cleanup();
    render(<Lazy name="Ada" />);
    expect(await screen.findByTestId('greeting')).toHaveTextContent('Hello Ada');
  });
});
