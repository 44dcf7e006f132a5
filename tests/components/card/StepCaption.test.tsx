// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StepCaption } from '../../../src/components/card/StepCaption';
import { appStore } from '../../../src/store';

// Reset to the initial state of the app store itself: the actions of a state made by createAppStore() would update
// that other store, not appStore.
beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('the step caption', () => {
  it('says what the current step computes, and follows the stepper', () => {
    render(<StepCaption />);
    expect(screen.getByTestId('step-caption')).toHaveTextContent('Forward · layer 1 (Input 1D) · o¹₁');
    act(() => {
      appStore.getState().selectSample(2);
      appStore.getState().seek(7);
    });
    expect(screen.getByTestId('step-caption')).toHaveTextContent('Backward · δ³₁ · impact paths');
  });

  it('narrates the step in words and numbers in a polite live region', () => {
    render(<StepCaption />);
    act(() => {
      appStore.getState().selectSample(2);
      appStore.getState().seek(11);
    });
    const narration = screen.getByTestId('narration');
    expect(narration).toHaveAttribute('aria-live', 'polite');
    expect(narration).toHaveTextContent(
      'Backward, layer 3: δ^3_1 equals δ^4_1 because o^2_1 = 0 is ≥ 0, so δ^3_1 = −1.',
    );
  });
});
