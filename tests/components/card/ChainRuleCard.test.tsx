// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChainRuleCard } from '../../../src/components/card/ChainRuleCard';
import { appStore } from '../../../src/store';

/** Walks sample `sample` of the Example to the step with the given id. */
function goTo(sample: number, id: string) {
  act(() => {
    appStore.getState().selectSample(sample);
    const index = appStore.getState().timeline.steps.findIndex((step) => step.id === id);
    if (index < 0) throw new Error(`no step ${id}`);
    appStore.getState().seek(index);
  });
}

/** The KaTeX output inside the card, once the lazy chunk has loaded. */
/** The typeset formulas, once KaTeX's chunk has come (its first import takes over a second on a busy machine). */
const findKatex = () =>
  screen.findAllByText(
    (_content, element) => element?.classList.contains('katex') ?? false,
    {},
    { timeout: 5000 },
  );

// Reset to the initial state of the app store itself: the actions of a state made by createAppStore() would update
// that other store, not appStore.
beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

// The lazily loaded KaTeX module resolves once per test file: this test must stay first.
describe('the chain-rule card while KaTeX loads', () => {
  it('shows the plain-text lines first, then the KaTeX lines', async () => {
    goTo(2, 'e0:d:3:0:sum');
    render(<ChainRuleCard />);
    const card = screen.getByTestId('chain-rule-card');
    expect(card).toHaveTextContent('o²₁ = 0 ≥ 0 ✓, so δ³₁ = δ⁴₁ = −1');
    expect(card.querySelector('.katex')).toBeNull();
    expect(await findKatex()).not.toHaveLength(0);
    expect(card.querySelector('.card-plain')).toBeNull();
  });
});

describe('the chain-rule card', () => {
  it('titles the step and lists the stages with the current one marked', async () => {
    goTo(2, 'e0:d:3:0:local');
    render(<ChainRuleCard />);
    await findKatex();
    expect(screen.getByRole('heading', { name: 'Learning flow δ³₁ through L³ (ReLU)' })).toBeInTheDocument();
    const stages = screen.getByRole('list', { name: 'Stages of the derivation' });
    expect(
      within(stages)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['goal', 'impact paths', 'impact formula', 'local derivative', 'chain-rule terms', 'sum']);
    expect(within(stages).getByText('local derivative').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('renders each chain-rule term as a focusable element with its term index', async () => {
    goTo(2, 'e0:d:3:0:sum');
    render(<ChainRuleCard />);
    await findKatex();
    const terms = screen.getAllByTestId('term');
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      expect(term).toHaveAttribute('data-term', '0');
      expect(term).toHaveAttribute('tabindex', '0');
    }
  });

  it('sets focusedTerm while a term is hovered or focused, and clears it after', async () => {
    goTo(2, 'e0:d:2:1:terms');
    render(<ChainRuleCard />);
    await findKatex();
    const term = screen.getAllByTestId('term').at(-1);
    if (!term) throw new Error('no term');
    fireEvent.mouseEnter(term);
    expect(appStore.getState().focusedTerm).toBe(0);
    fireEvent.mouseLeave(term);
    expect(appStore.getState().focusedTerm).toBeNull();
    fireEvent.focus(term);
    expect(appStore.getState().focusedTerm).toBe(0);
    fireEvent.blur(term);
    expect(appStore.getState().focusedTerm).toBeNull();
  });

  it('highlights every element of the term the store focuses (from the diagram too)', async () => {
    goTo(2, 'e0:d:2:1:sum');
    render(<ChainRuleCard />);
    await findKatex();
    act(() => appStore.getState().focusTerm(0));
    for (const term of screen.getAllByTestId('term')) expect(term).toHaveClass('is-focused');
    act(() => appStore.getState().focusTerm(null));
    for (const term of screen.getAllByTestId('term')) expect(term).not.toHaveClass('is-focused');
  });

  it('follows the stepper: stepping forward adds the next stage, stepping back restores the frame', async () => {
    goTo(2, 'e0:d:3:0:goal');
    render(<ChainRuleCard />);
    await findKatex();
    const lines = () => screen.getByTestId('chain-rule-card').querySelectorAll('.card-line').length;
    const before = lines();
    act(() => appStore.getState().stepForward());
    expect(lines()).toBe(before + 1);
    act(() => appStore.getState().stepBack());
    expect(lines()).toBe(before);
  });

  it('says so when the dataset is empty', () => {
    act(() => appStore.getState().loadModel({ ...appStore.getState().model, dataset: [] }));
    render(<ChainRuleCard />);
    expect(screen.getByTestId('chain-rule-card')).toHaveTextContent('There is no sample to walk');
  });

  it('never shows the model title in the card', async () => {
    const title = '<img src=x onerror=alert(1)> \\href{javascript:alert(1)}{x}';
    act(() => appStore.getState().loadModel({ ...appStore.getState().model, title }));
    goTo(2, 'e0:d:3:0:sum');
    render(<ChainRuleCard />);
    await findKatex();
    const card = screen.getByTestId('chain-rule-card');
    expect(card.innerHTML).not.toMatch(/onerror|javascript|<img|<a\s/);
  });
});
