// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();
const press = (key: string, target: Element, options: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, bubbles: true, cancelable: true, ...options });
const setWeight = (value: string) =>
  act(() => {
    state().edit({ kind: 'setWeight', k: 2, j: 0, i: 2, value });
  });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<App />);
});
afterEach(cleanup);

describe('UndoRedo', () => {
  it('has nothing to undo or redo at first', () => {
    expect(screen.getByTestId('undo')).toBeDisabled();
    expect(screen.getByTestId('redo')).toBeDisabled();
  });

  it('names what it will undo and redo, and gives back the exact previous model', () => {
    const before = state().model;
    setWeight('1/2');
    const after = state().model;
    const undo = screen.getByTestId('undo');
    expect(undo).toHaveAccessibleName('Undo: set w^{2,1}_3');
    expect(undo).toHaveAttribute('title', 'Undo: set w²,¹₃ (Ctrl+Z or ⌘Z)');
    fireEvent.click(undo);
    expect(state().model).toBe(before);
    const redo = screen.getByTestId('redo');
    expect(redo).toHaveAccessibleName('Redo: set w^{2,1}_3');
    fireEvent.click(redo);
    expect(state().model).toBe(after);
  });

  it('undoes with Ctrl+Z and ⌘Z, redoes with Shift+Ctrl+Z and Ctrl+Y', () => {
    const before = state().model;
    setWeight('1/2');
    const after = state().model;
    press('z', document.body, { ctrlKey: true });
    expect(state().model).toBe(before);
    press('Z', document.body, { ctrlKey: true, shiftKey: true });
    expect(state().model).toBe(after);
    press('z', document.body, { metaKey: true });
    expect(state().model).toBe(before);
    press('y', document.body, { ctrlKey: true });
    expect(state().model).toBe(after);
  });

  it('leaves Ctrl+Z to a text field (the browser undoes the typing there)', async () => {
    setWeight('1/2');
    const after = state().model;
    fireEvent.click(screen.getByTestId('tab-edit'));
    // The Network tab comes in its own chunk.
    const title = await waitFor(() => {
      const field = document.querySelector<HTMLInputElement>('input[data-path="title"]');
      if (!field) throw new Error('no title field');
      return field;
    });
    title.focus();
    const handled = !press('z', title, { ctrlKey: true });
    expect(handled).toBe(false);
    expect(state().model).toBe(after);
  });

  it('undoes a training step as one step', () => {
    const before = state().model;
    act(() => {
      state().trainStep();
    });
    expect(screen.getByTestId('undo')).toHaveAccessibleName('Undo: train one iteration');
    fireEvent.click(screen.getByTestId('undo'));
    expect(state().model).toBe(before);
  });
});
