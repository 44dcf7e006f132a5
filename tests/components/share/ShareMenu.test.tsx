// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareMenu } from '../../../src/components/share/ShareMenu';
import { panelOffset } from '../../../src/components/controls/placement';
import { openEmbed } from '../../../src/embed';
import { presets } from '../../../src/presets';
import { decodeLink } from '../../../src/share';
import { appStore } from '../../../src/store';

/** Replaces navigator.clipboard for one test (jsdom has none). */
function setClipboard(clipboard: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

/** Opens the Share panel. */
function openPanel() {
  fireEvent.click(screen.getByTestId('share-button'));
  return screen.getByRole('dialog', { name: 'Share this step' });
}

const linkField = () => screen.getByTestId<HTMLInputElement>('copy-link-field');
const codeField = () => screen.getByTestId<HTMLTextAreaElement>('copy-embed-field');

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  window.history.replaceState(null, '', '/app/index.html');
});
afterEach(() => {
  cleanup();
  setClipboard(undefined);
});

describe('the Share menu', () => {
  it('is a closed button at first, and opens a panel named "Share this step"', () => {
    render(<ShareMenu />);
    const button = screen.getByTestId('share-button');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
    openPanel();
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('gives a link to this page whose fragment reopens exactly this frame', () => {
    const state = appStore.getState();
    state.selectSample(2);
    state.setDetail('compact');
    state.seek(6);
    state.selectNeuron('N:2:0');
    render(<ShareMenu />);
    openPanel();
    const url = new URL(linkField().value);
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:3000/app/index.html');
    expect(decodeLink(url.hash)).toEqual({
      ok: true,
      model: appStore.getState().model,
      view: { selection: 2, step: 6, detail: 'compact', selected: 'N:2:0' },
      notes: [],
    });
    expect(screen.getByTestId('share-panel')).toHaveTextContent('step 7 of 17, on sample 3, one step per δ');
  });

  it('follows the step while it is open', () => {
    render(<ShareMenu />);
    openPanel();
    act(() => appStore.getState().seek(11));
    const link = decodeLink(new URL(linkField().value).hash);
    expect(link.ok && link.view.step).toBe(11);
  });

  it('copies the link with the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard({ writeText });
    render(<ShareMenu />);
    openPanel();
    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-link'));
    });
    expect(writeText).toHaveBeenCalledWith(linkField().value);
    expect(screen.getByTestId('copy-link')).toHaveTextContent('Copied ✓');
  });

  it('without a clipboard, selects the link in its field and says to copy it by hand', async () => {
    setClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    render(<ShareMenu />);
    openPanel();
    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-link'));
    });
    expect(linkField()).toHaveFocus();
    expect(linkField().selectionStart).toBe(0);
    expect(linkField().selectionEnd).toBe(linkField().value.length);
    expect(screen.getByText(/did not allow copying/)).toBeInTheDocument();
  });

  it('gives the embed code: a titled, lazy, sandboxed iframe on embed.html with this frame in its fragment', () => {
    render(<ShareMenu />);
    openPanel();
    const code = codeField().value;
    const src = /src="([^"]*)"/.exec(code)?.[1] ?? '';
    expect(src.startsWith('http://localhost:3000/app/embed.html#v1=')).toBe(true);
    expect(code).toContain('title="Backpropagation step by step: The Example"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(code).toMatch(/width="\d+"/);
    expect(code).toMatch(/height="\d+"/);
    const start = openEmbed('', new URL(src).hash);
    expect(start.linkProblems).toEqual([]);
    expect(start.model).toEqual(appStore.getState().model);
  });

  it('puts the chosen controls and theme in the embed address', () => {
    render(<ShareMenu />);
    openPanel();
    fireEvent.change(screen.getByTestId('embed-controls'), { target: { value: 'none' } });
    fireEvent.change(screen.getByTestId('embed-theme'), { target: { value: 'projector' } });
    const src = /src="([^"]*)"/.exec(codeField().value)?.[1] ?? '';
    const url = new URL(src.replaceAll('&amp;', '&'));
    expect(url.searchParams.get('controls')).toBe('none');
    expect(url.searchParams.get('theme')).toBe('projector');
    expect(screen.getByTestId('embed-preview')).toHaveAttribute('href', url.href);
  });

  it('escapes a title with quotes and markup in the embed code', () => {
    const model = presets[0]?.model;
    if (!model) throw new Error('no preset');
    appStore.getState().loadModel({ ...model, title: 'A "quoted" <b>title</b> & more' });
    render(<ShareMenu />);
    openPanel();
    expect(codeField().value).toContain(
      'title="Backpropagation step by step: A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"',
    );
  });

  it('closes with Escape (giving the focus back to its button) and with a click outside', () => {
    render(
      <div>
        <ShareMenu />
        <p>outside</p>
      </div>,
    );
    openPanel();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
    expect(screen.getByTestId('share-button')).toHaveFocus();
    openPanel();
    fireEvent.pointerDown(screen.getByText('outside'));
    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
  });
});

describe('panelOffset(button, windowWidth, maxWidth)', () => {
  /** The panel's left and right edges on screen for a button whose left edge is at `left`. */
  const edges = (left: number, windowWidth: number, maxWidth: number) => {
    const start = left + panelOffset({ left }, windowWidth, maxWidth);
    return [start, start + Math.min(maxWidth, windowWidth - 24)];
  };

  it('starts the panel under the button when it fits there', () => {
    expect(panelOffset({ left: 300 }, 1280, 544)).toBe(0);
  });

  it('keeps the panel 12 px inside the window wherever the button is', () => {
    for (const windowWidth of [320, 390, 800, 1280])
      for (const left of [0, 5, 100, windowWidth / 2, windowWidth - 60, windowWidth - 1]) {
        const [start = 0, end = 0] = edges(left, windowWidth, 544);
        expect(start).toBeGreaterThanOrEqual(12 - 0.5);
        expect(end).toBeLessThanOrEqual(windowWidth - 12 + 0.5);
      }
  });
});
