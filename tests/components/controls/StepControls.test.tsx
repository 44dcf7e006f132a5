// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StepControls } from '../../../src/components/controls/StepControls';
import type { Model } from '../../../src/engine';
import { examplePreset } from '../../../src/presets';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();
const last = () => state().timeline.steps.length - 1;
const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  // The initial state's actions are bound to appStore itself (a fresh store's would write to that store).
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('StepControls', () => {
  it('shows the step counter as "Step i / n", 1-based', () => {
    render(<StepControls />);
    expect(screen.getByTestId('step-counter')).toHaveTextContent(`Step 1 / ${last() + 1}`);
    act(() => state().seek(11));
    expect(screen.getByTestId('step-counter')).toHaveTextContent(`Step 12 / ${last() + 1}`);
  });

  it('Next step and Previous step move one step', () => {
    render(<StepControls />);
    fireEvent.click(button('Next step'));
    fireEvent.click(button('Next step'));
    expect(state().stepIndex).toBe(2);
    fireEvent.click(button('Previous step'));
    expect(state().stepIndex).toBe(1);
  });

  it('Last step and First step jump to the ends', () => {
    render(<StepControls />);
    fireEvent.click(button('Last step'));
    expect(state().stepIndex).toBe(last());
    fireEvent.click(button('First step'));
    expect(state().stepIndex).toBe(0);
  });

  it('Next phase and Previous phase jump between phase starts', () => {
    render(<StepControls />);
    fireEvent.click(button('Next phase'));
    expect(state().timeline.steps[state().stepIndex]?.phase).toBe('loss');
    fireEvent.click(button('Next phase'));
    expect(state().timeline.steps[state().stepIndex]?.phase).toBe('backward');
    fireEvent.click(button('Previous phase'));
    expect(state().timeline.steps[state().stepIndex]?.phase).toBe('loss');
  });

  it('disables the buttons that lead past either end', () => {
    render(<StepControls />);
    for (const name of ['First step', 'Previous phase', 'Previous step']) expect(button(name)).toBeDisabled();
    for (const name of ['Next step', 'Next phase', 'Last step']) expect(button(name)).toBeEnabled();
    act(() => state().seekLast());
    for (const name of ['First step', 'Previous phase', 'Previous step']) expect(button(name)).toBeEnabled();
    for (const name of ['Next step', 'Next phase', 'Last step']) expect(button(name)).toBeDisabled();
    expect(button('Play from the start')).toBeEnabled();
  });

  it('names its buttons with their shortcuts in the tooltip', () => {
    render(<StepControls />);
    expect(button('Next step')).toHaveAttribute('title', 'Next step (→ or Page Down)');
    expect(button('Next step')).toHaveAttribute('aria-keyshortcuts', 'ArrowRight PageDown');
    expect(button('Play')).toHaveAttribute('aria-keyshortcuts', 'Space');
  });

  it('Play starts the clock and becomes Pause', () => {
    render(<StepControls />);
    fireEvent.click(button('Play'));
    expect(state().playing).toBe(true);
    fireEvent.click(button('Pause'));
    expect(state().playing).toBe(false);
  });

  it('the speed picker sets the steps per second', () => {
    render(<StepControls />);
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '4' } });
    expect(state().speed).toBe(4);
  });
});

describe('Scrubber', () => {
  it('is a range over the whole timeline that follows the step index', () => {
    render(<StepControls />);
    const scrubber = screen.getByRole('slider', { name: 'Step' });
    expect(scrubber).toHaveAttribute('max', String(last()));
    act(() => state().seek(6));
    expect(scrubber).toHaveValue('6');
    expect(scrubber.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^Step 7 of ${last() + 1}: .*δ³₁.*goal`),
    );
  });

  it('seeks the step it is moved to', () => {
    render(<StepControls />);
    fireEvent.change(screen.getByTestId('scrubber'), { target: { value: '10' } });
    expect(state().stepIndex).toBe(10);
  });

  it('has one clickable marker per phase run that jumps to its start', () => {
    render(<StepControls />);
    const markers = screen.getAllByRole('button', { name: /^Go to the start of/ });
    expect(markers.map((marker) => marker.dataset['phase'])).toEqual([
      'forward',
      'loss',
      'backward',
      'weights',
      'backward',
      'update',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Go to the start of Weights/ }));
    expect(state().timeline.steps[state().stepIndex]?.kind).toBe('dw');
    expect(state().timeline.steps[state().stepIndex - 1]?.kind).toBe('delta');
  });

  it('repeats the markers for every element of a batch', () => {
    act(() => state().selectSample('batch'));
    render(<StepControls />);
    const forward = screen.getAllByRole('button', { name: /^Go to the start of Forward/ });
    expect(forward.map((marker) => marker.getAttribute('aria-label'))).toEqual([
      'Go to the start of Forward, element 1 of 3 (step 1)',
      expect.stringMatching(/^Go to the start of Forward, element 2 of 3/),
      expect.stringMatching(/^Go to the start of Forward, element 3 of 3/),
    ]);
    expect(within(forward[1] as HTMLElement).getByText('Forward x²', { exact: false })).toBeInTheDocument();
    // The update is the whole batch's: its marker names no element.
    expect(screen.getByRole('button', { name: /^Go to the start of Update/ })).toHaveAccessibleName(
      /^Go to the start of Update \(step \d+\)$/,
    );
  });
});

describe('an empty timeline', () => {
  const empty: Model = { ...examplePreset.model, dataset: [] };

  it('disables every control and asks for a sample', () => {
    act(() => state().loadModel(empty));
    render(<StepControls />);
    expect(screen.getByRole('status')).toHaveTextContent(/no data sample yet/);
    for (const control of screen.getAllByRole('button')) expect(control).toBeDisabled();
    expect(screen.getByTestId('scrubber')).toBeDisabled();
    expect(screen.getByTestId('speed')).toBeDisabled();
    expect(screen.getByTestId('step-counter')).toHaveTextContent('Step 0 / 0');
  });
});
