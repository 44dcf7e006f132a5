// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../../src/components/edit/Notices';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<Notices />);
});
afterEach(cleanup);

describe('Notices', () => {
  it('keeps an empty polite status region and an alert region ready', () => {
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('shows information and warnings politely, errors as alerts, in plain text', () => {
    act(() => {
      state().notify({ level: 'info', text: '<b>saved</b>' });
      state().notify({ level: 'error', text: 'storage failed' });
    });
    expect(within(screen.getByRole('status')).getByTestId('notice')).toHaveTextContent('<b>saved</b>');
    expect(document.querySelector('b')).toBeNull();
    expect(within(screen.getByRole('alert')).getByTestId('notice')).toHaveTextContent('storage failed');
  });

  it('dismisses a notice', () => {
    act(() => {
      state().notify({ level: 'warning', text: 'careful' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByTestId('notice')).toBeNull();
    expect(state().notices).toEqual([]);
  });

  it('offers Undo when the notice reports a change, and undoes it', () => {
    const before = state().model;
    act(() => {
      state().edit({ kind: 'setTitle', title: 'Changed' });
      state().notify({ level: 'warning', text: 'Training paused.', action: 'undo' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(state().model).toBe(before);
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
