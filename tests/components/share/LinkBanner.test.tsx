// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForLinks } from '../../../src/components/share/address';
import { LinkBanner, maxRawShown } from '../../../src/components/share/LinkBanner';
import { examplePreset, presets } from '../../../src/presets';
import { encodeLink } from '../../../src/share';
import { appStore } from '../../../src/store';
import { openFromAddress } from '../../../src/store/linkActions';

const linear = presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model;
const linearLink = encodeLink({
  model: linear,
  view: { selection: 1, step: 4, detail: 'detailed', selected: null },
});

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('openFromAddress(store, page)', () => {
  it('opens a good link over the work, undoably, and forgets the fragment', () => {
    appStore.getState().edit({ kind: 'setTitle', title: 'Saved work' });
    const saved = appStore.getState().model;
    const forgetHash = vi.fn();
    expect(openFromAddress(appStore, { hash: linearLink, forgetHash })).toBe('opened');
    expect(appStore.getState().model).toEqual(linear);
    expect(appStore.getState().stepIndex).toBe(4);
    expect(forgetHash).toHaveBeenCalledOnce();
    appStore.getState().undo();
    expect(appStore.getState().model).toBe(saved);
  });

  it('does nothing for an address without a link', () => {
    const before = appStore.getState();
    for (const hash of ['', '#', '#section-2', '#embed'])
      expect(openFromAddress(appStore, { hash })).toBe('none');
    expect(appStore.getState()).toBe(before);
  });

  it('keeps the work and shows the problem for a bad link, keeping the fragment', () => {
    const forgetHash = vi.fn();
    const model = appStore.getState().model;
    expect(openFromAddress(appStore, { hash: '#v1=garbage', forgetHash })).toBe('refused');
    expect(appStore.getState().model).toBe(model);
    expect(appStore.getState().linkProblem).toEqual({
      problems: [expect.stringMatching(/^This link is damaged/)],
      raw: '#v1=garbage',
      shownInstead: 'The Example',
    });
    expect(forgetHash).not.toHaveBeenCalled();
  });

  it('tells, in a notice, which settings of a link were replaced', () => {
    const link = encodeLink({
      model: linear,
      view: { selection: 1, step: 4, detail: 'detailed', selected: 'N:7:7' },
    });
    openFromAddress(appStore, { hash: link });
    expect(appStore.getState().notices.at(-1)?.text).toMatch(/^The link opened, with changes: .*N:7:7/);
  });

  it('opens the links put in the address later (hashchange)', () => {
    const stop = listenForLinks(appStore, window);
    window.location.hash = linearLink;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(appStore.getState().model).toEqual(linear);
    stop();
  });
});

describe('the banner of a link that could not be opened', () => {
  it('shows nothing while every link opened', () => {
    render(<LinkBanner />);
    expect(screen.queryByTestId('link-banner')).not.toBeInTheDocument();
  });

  it('says what is wrong, what is shown instead, and folds the details and the raw link', () => {
    render(<LinkBanner />);
    const raw = '#v1=N4Ig<script>alert(1)</script>';
    act(() =>
      appStore.getState().showLinkProblem({
        problems: [
          "This link's model has problems: layers[1].weights[0][2]: expected a number",
          'learningRate: bad',
        ],
        raw,
        shownInstead: 'Saved work',
      }),
    );
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('This link could not be opened.');
    expect(screen.getByTestId('link-problem')).toHaveTextContent(
      'layers[1].weights[0][2]: expected a number',
    );
    expect(banner).toHaveTextContent('The app shows “Saved work” instead.');
    const details = screen.getByTestId('link-details');
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('learningRate: bad');
    expect(screen.getByTestId<HTMLTextAreaElement>('link-raw-field').value).toBe(raw);
    expect(screen.getByTestId('link-raw-field')).toHaveAttribute('readonly');
    expect(document.querySelector('script')).toBeNull();
  });

  it('cuts a very long raw link and says how long it was', () => {
    render(<LinkBanner />);
    act(() =>
      appStore
        .getState()
        .showLinkProblem({ problems: ['x'], raw: `#v1=${'A'.repeat(100_000)}`, shownInstead: 'The Example' }),
    );
    const value = screen.getByTestId<HTMLTextAreaElement>('link-raw-field').value;
    expect(value.length).toBeLessThan(maxRawShown + 100);
    expect(value).toMatch(/cut: the link has 100,004 characters/);
  });

  it('goes away when dismissed', () => {
    render(<LinkBanner />);
    act(() => appStore.getState().showLinkProblem({ problems: ['x'], raw: '#v1=x', shownInstead: 'y' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByTestId('link-banner')).not.toBeInTheDocument();
    expect(appStore.getState().linkProblem).toBeNull();
  });
});
