// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StepControls } from '../../../src/components/controls/StepControls';
import { useKeyboardShortcuts } from '../../../src/hooks/useKeyboardShortcuts';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();
const last = () => state().timeline.steps.length - 1;
const phase = () => state().timeline.steps[state().stepIndex]?.phase;

/** The shortcuts with the stepper bar, a select and a text field to type in. */
function Stepper() {
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((value) => !value), []);
  const close = useCallback(() => setOpen(false), []);
  useKeyboardShortcuts({ open, toggle, close });
  return (
    <>
      <StepControls />
      <select data-testid="select" defaultValue="a">
        <option value="a">a</option>
        <option value="b">b</option>
      </select>
      <input data-testid="text" />
      <div data-testid="editable" contentEditable suppressContentEditableWarning>
        text
      </div>
      <output data-testid="help-state">{open ? 'open' : 'closed'}</output>
    </>
  );
}

/** Presses a key on the given element (the page body by default); returns false if the default was prevented. */
const press = (key: string, target: Element = document.body, options: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, bubbles: true, cancelable: true, ...options });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<Stepper />);
});
afterEach(cleanup);

describe('useKeyboardShortcuts()', () => {
  it('→ and Page Down step forward', () => {
    press('ArrowRight');
    press('PageDown');
    expect(state().stepIndex).toBe(2);
  });

  it('← and Page Up step back', () => {
    act(() => state().seek(5));
    press('ArrowLeft');
    press('PageUp');
    expect(state().stepIndex).toBe(3);
  });

  it('Home and End go to the first and last steps', () => {
    press('End');
    expect(state().stepIndex).toBe(last());
    press('Home');
    expect(state().stepIndex).toBe(0);
  });

  it('Space toggles play without scrolling the page', () => {
    expect(press(' ')).toBe(false);
    expect(state().playing).toBe(true);
    press(' ');
    expect(state().playing).toBe(false);
  });

  it('] and [ go to the next and previous phase starts', () => {
    press(']');
    expect(phase()).toBe('loss');
    press(']');
    expect(phase()).toBe('backward');
    press('[');
    expect(phase()).toBe('loss');
  });

  it('D toggles the detail level and stays on the same δ', () => {
    act(() => state().seek(8));
    const subject = state().timeline.steps[8]?.id.replace(/:[a-z]+$/, '');
    press('d');
    expect(state().detail).toBe('compact');
    expect(state().timeline.steps[state().stepIndex]?.id).toBe(`${subject}:all`);
    press('d');
    expect(state().detail).toBe('detailed');
  });

  it('? toggles the help and Escape closes it', () => {
    press('?', document.body, { shiftKey: true });
    expect(screen.getByTestId('help-state')).toHaveTextContent('open');
    press('Escape');
    expect(screen.getByTestId('help-state')).toHaveTextContent('closed');
    press('?');
    press('?');
    expect(screen.getByTestId('help-state')).toHaveTextContent('closed');
  });

  it('leaves "?" to a text field (a title may ask a question), but opens the help from a button', () => {
    expect(press('?', screen.getByTestId('text'), { shiftKey: true })).toBe(true);
    press('?', screen.getByTestId('editable'), { shiftKey: true });
    expect(screen.getByTestId('help-state')).toHaveTextContent('closed');
    press('?', screen.getByRole('button', { name: 'Next step' }), { shiftKey: true });
    expect(screen.getByTestId('help-state')).toHaveTextContent('open');
  });

  it('after a click on a step button, Space plays rather than pressing the button again; by the keys it stays', () => {
    const next = screen.getByRole('button', { name: 'Next step' });
    next.focus();
    fireEvent.pointerDown(next);
    fireEvent.click(next);
    expect(state().stepIndex).toBe(1);
    expect(next).not.toHaveFocus();
    next.focus();
    fireEvent.keyDown(next, { key: 'Enter' });
    fireEvent.click(next);
    expect(state().stepIndex).toBe(2);
    expect(next).toHaveFocus();
  });

  it('ignores the stepping keys while the help is open', () => {
    press('?');
    press('ArrowRight');
    press(' ');
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(false);
  });

  it('leaves the keys to a focused <select>', () => {
    const select = screen.getByTestId('select');
    expect(press('ArrowRight', select)).toBe(true);
    press('ArrowDown', select);
    press(' ', select);
    press('End', select);
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(false);
  });

  it('leaves the keys to text fields and editable text', () => {
    press('ArrowRight', screen.getByTestId('text'));
    press('d', screen.getByTestId('text'));
    press('ArrowRight', screen.getByTestId('editable'));
    expect(state().stepIndex).toBe(0);
    expect(state().detail).toBe('detailed');
  });

  it('leaves Space to a focused button, but steps with the arrows there', () => {
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(press(' ', next)).toBe(true);
    expect(state().playing).toBe(false);
    press('ArrowRight', next);
    expect(state().stepIndex).toBe(1);
  });

  it('leaves the arrows to the focused scrubber, which seeks natively, but Space still plays', () => {
    const scrubber = screen.getByTestId('scrubber');
    press('ArrowRight', scrubber);
    press('End', scrubber);
    expect(state().stepIndex).toBe(0);
    expect(press(' ', scrubber)).toBe(false);
    expect(state().playing).toBe(true);
  });

  it("steps on a clicker's PageDown and PageUp on the focused scrubber, which would page backwards natively", () => {
    const scrubber = screen.getByTestId('scrubber');
    expect(press('PageDown', scrubber)).toBe(false);
    expect(press('PageDown', scrubber)).toBe(false);
    expect(state().stepIndex).toBe(2);
    expect(press('PageUp', scrubber)).toBe(false);
    expect(state().stepIndex).toBe(1);
  });

  it('leaves the arrows and Space to a focused radio button, but D still switches the detail', () => {
    render(<input type="radio" data-testid="radio" />);
    const radio = screen.getByTestId('radio');
    press('ArrowRight', radio);
    press(' ', radio);
    expect(state().stepIndex).toBe(0);
    expect(state().playing).toBe(false);
    press('d', radio);
    expect(state().detail).toBe('compact');
  });

  it('ignores keys pressed with Ctrl, Alt or Meta', () => {
    press('ArrowRight', document.body, { ctrlKey: true });
    press('ArrowRight', document.body, { altKey: true });
    press('End', document.body, { metaKey: true });
    expect(state().stepIndex).toBe(0);
  });

  it('stops listening once unmounted', () => {
    cleanup();
    press('ArrowRight');
    expect(state().stepIndex).toBe(0);
  });
});
