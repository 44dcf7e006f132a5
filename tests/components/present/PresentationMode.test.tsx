// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { fullscreenRefused } from '../../../src/components/present/fullscreen';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();
const root = () => document.querySelector('.app');

/** Presses a key on an element (the page body by default), as the browser sends it. */
const press = (key: string, target: Element = document.body, options: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, bubbles: true, cancelable: true, ...options });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<App />);
});
afterEach(cleanup);

describe('presentation mode', () => {
  it('P enters it: the root takes the projector theme, and the toolbar shows only the presenter controls', () => {
    expect(root()).not.toHaveClass('presenting');
    press('p');
    expect(state().presenting).toBe(true);
    expect(root()).toHaveClass('presenting');
    expect(root()).toHaveAttribute('data-theme', 'projector');
    const controls = screen.getByRole('group', { name: 'Presentation' });
    expect(within(controls).getByRole('button', { name: 'Exit presentation' })).toBeInTheDocument();
    expect(screen.queryByTestId('present')).not.toBeInTheDocument();
  });

  it('the Present button enters it and Exit presentation leaves it', () => {
    fireEvent.click(screen.getByTestId('present'));
    expect(state().presenting).toBe(true);
    fireEvent.click(screen.getByTestId('exit-presentation'));
    expect(state().presenting).toBe(false);
    expect(root()).not.toHaveAttribute('data-theme');
  });

  it('Escape leaves it, but first closes the help when the help is open', () => {
    press('P');
    press('?');
    expect(screen.getByTestId('help')).toBeInTheDocument();
    press('Escape');
    expect(screen.queryByTestId('help')).not.toBeInTheDocument();
    expect(state().presenting).toBe(true);
    press('Escape');
    expect(state().presenting).toBe(false);
  });

  it('shows the step card whatever tab was chosen, and gives that tab back afterwards', async () => {
    fireEvent.click(screen.getByTestId('tab-values'));
    expect(screen.queryByTestId('chain-rule-card')).not.toBeInTheDocument();
    press('p');
    expect(screen.getByTestId('chain-rule-card')).toBeInTheDocument();
    press('Escape');
    // The Values tab comes in its own chunk.
    expect(await screen.findByTestId('values')).toBeInTheDocument();
  });

  it("+ and − size the labels (the root's --label-scale) only while presenting", () => {
    const before = state().labelScale;
    press('+');
    expect(state().labelScale).toBe(before);
    press('p');
    press('+');
    press('=');
    expect(state().labelScale).toBeCloseTo(before + 0.4, 10);
    expect((root() as HTMLElement).style.getPropertyValue('--label-scale')).toBe(String(state().labelScale));
    press('-');
    expect(state().labelScale).toBeCloseTo(before + 0.2, 10);
    expect(screen.getByTestId('label-scale')).toHaveTextContent(`${Math.round((before + 0.2) * 100)}%`);
  });

  it('S turns the spotlight on and off (a class on the root, a pressed button)', () => {
    press('p');
    press('s');
    expect(root()).toHaveClass('spotlight');
    expect(screen.getByTestId('spotlight')).toHaveAttribute('aria-pressed', 'true');
    press('S');
    expect(root()).not.toHaveClass('spotlight');
  });

  it('B blacks the screen out; the next key only brings the frame back (it does not step)', () => {
    press('b');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    press('p');
    press('b');
    expect(screen.getByTestId('blackout')).toBeInTheDocument();
    press('ArrowRight');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    expect(state().stepIndex).toBe(0);
    press('.');
    expect(screen.getByTestId('blackout')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('blackout'));
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
  });

  it('the clicker keys step while presenting: Page Down, →, Page Up, ←', () => {
    press('p');
    press('PageDown');
    press('ArrowRight');
    press('PageDown');
    press('PageUp');
    expect(state().stepIndex).toBe(2);
    press('ArrowLeft');
    expect(state().stepIndex).toBe(1);
  });

  it('shows a large caption: what the step computes and its formula line', async () => {
    press('p');
    act(() => state().seek(state().timeline.steps.findIndex((step) => step.id === 'e0:d:3:0:paths')));
    const caption = screen.getByTestId('presentation-caption');
    expect(caption).toHaveTextContent('Backward · δ³₁ · impact paths');
    // The plain text while KaTeX loads, then its MathML: either way the line of the paths.
    await waitFor(() => expect(caption.querySelector('.caption-math math')).not.toBeNull());
    expect(caption.querySelector('.caption-math')).toHaveTextContent(/impacts\s*L\s*1\s*3/);
    // Hidden from screen readers (the narration says the step); its line is the card's newest, in the same markup
    // (from the card's cache of typeset formulas).
    expect(caption).toHaveAttribute('aria-hidden', 'true');
    const card = screen.getByTestId('chain-rule-card');
    await waitFor(() => expect(card.querySelector('.katex')).not.toBeNull());
    const fresh = [...card.querySelectorAll('.card-line.is-fresh .card-math')].at(-1);
    expect(caption.querySelector('.caption-math')?.innerHTML).toBe(fresh?.innerHTML);
  });

  it('names in the caption what a continued line computes: "o²₁ = … = 0", not "= 0"', async () => {
    press('p');
    act(() => state().seek(state().timeline.steps.findIndex((step) => step.id === 'e0:o:2:0')));
    const caption = screen.getByTestId('presentation-caption');
    await waitFor(() => expect(caption.querySelector('.caption-math math')).not.toBeNull());
    // MathML writes o²₁ superscript last ("o12"), and "…" between two "=" as "⋯".
    const formula = caption.querySelector('.caption-math')?.textContent?.replace(/[\s\u200b]/g, '');
    expect(formula).toBe('o12=⋯=0');
  });

  it('F asks for full screen; when the browser refuses, a notice says what to do instead', () => {
    press('f');
    expect(state().notices.map((notice) => notice.text)).toContain(fullscreenRefused);
  });

  it('P typed in a text field is a letter, not a shortcut', () => {
    const field = document.createElement('input');
    document.body.append(field);
    press('p', field);
    expect(state().presenting).toBe(false);
    field.remove();
  });
});
