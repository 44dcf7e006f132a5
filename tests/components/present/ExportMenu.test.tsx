// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Diagram } from '../../../src/components/diagram/Diagram';
import { ExportMenu } from '../../../src/components/present/ExportMenu';
import { parseModelText } from '../../../src/format';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();

/** What was downloaded: the blobs given to URL.createObjectURL, and the names of the links clicked. */
let blobs: Blob[] = [];
let names: string[] = [];

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  blobs = [];
  names = [];
  // jsdom has no object URLs and does not download: record what would be saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  render(
    <div className="app">
      <ExportMenu />
      <section className="diagram-pane">
        <Diagram />
      </section>
    </div>,
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Opens the menu and chooses an entry. */
function choose(format: string) {
  fireEvent.click(screen.getByTestId('export-menu'));
  fireEvent.click(screen.getByTestId(`export-${format}`));
}

describe('ExportMenu', () => {
  it('is a closed menu button that opens on four exports, and closes on Escape', () => {
    const button = screen.getByTestId('export-menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('export-svg')).toHaveTextContent('Image (SVG)');
    expect(screen.getByTestId('export-png')).toHaveTextContent('Image (PNG, 2×)');
    expect(screen.getByTestId('export-tex')).toHaveTextContent('Derivations (LaTeX)');
    expect(screen.getByTestId('export-json')).toHaveTextContent('Model (JSON)');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('downloads the LaTeX derivation of the current sample, named after the title', async () => {
    act(() => state().selectSample(2));
    choose('tex');
    await waitFor(() => expect(names).toEqual(['The-Example-derivation.tex']));
    const text = await blobs[0]?.text();
    expect(text).toContain('\\documentclass{article}');
    expect(text).toContain('sample 3 of the dataset');
  });

  it('downloads the model file, which parses back to the same model', async () => {
    choose('json');
    await waitFor(() => expect(names).toEqual(['The-Example.json']));
    const parsed = parseModelText((await blobs[0]?.text()) ?? '');
    expect(parsed.ok && parsed.model).toEqual(state().model);
  });

  it('downloads the frame as SVG: the diagram with the values stored so far, and the card', async () => {
    act(() => state().seek(state().timeline.steps.findIndex((step) => step.id === 'e0:loss')));
    choose('svg');
    await waitFor(() => expect(names).toEqual(['The-Example-step-6.svg']));
    const svg = (await blobs[0]?.text()) ?? '';
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const text = document.documentElement.textContent ?? '';
    // Sample 1: o³₁ = ReLU(o²₁) = 0 and δ⁴₁ = o³₁ − y = 0 (the series: nothing to learn); the loss is 0.
    expect(document.querySelector('[data-id="N:3:0"] .neuron-value')?.textContent).toBe('0, 0');
    expect(text).toContain('The loss and the first learning flow δ⁴');
    expect(document.querySelectorAll('[data-testid="neuron"]')).toHaveLength(8);
  });

  it('says why when an export fails (the browser cannot draw the PNG), and downloads nothing', async () => {
    // An image that fails to decode, as a browser's does when it cannot draw the frame.
    class BrokenImage {
      onerror: (() => void) | null = null;
      set src(_url: string) {
        queueMicrotask(() => this.onerror?.());
      }
    }
    vi.stubGlobal('Image', BrokenImage);
    choose('png');
    await waitFor(() => expect(state().notices).toHaveLength(1));
    expect(state().notices[0]?.level).toBe('error');
    expect(state().notices[0]?.text).toMatch(/^The export failed: .+\. Nothing was downloaded\.$/);
    expect(names).toEqual([]);
  });
});
