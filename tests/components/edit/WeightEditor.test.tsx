// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Diagram } from '../../../src/components/diagram/Diagram';
import { WeightEditing } from '../../../src/components/edit/weightEditing';
import type { LinearLayer } from '../../../src/engine';
import { presets } from '../../../src/presets';
import { appStore } from '../../../src/store';
import { expectClose } from '../../helpers/close';

const state = () => appStore.getState();
const byId = (testId: string, id: string): HTMLElement => {
  const found = screen.getAllByTestId(testId).find((element) => element.dataset.id === id);
  if (!found) throw new Error(`no ${testId} ${id}`);
  return found;
};
const linearAt = (k: number): LinearLayer => {
  const layer = state().model.layers[k - 1];
  if (layer?.kind !== 'linear') throw new Error(`L${k} is not Linear`);
  return layer;
};
const editor = () => screen.getByTestId('weight-editor');
const input = () => within(editor()).getByRole<HTMLInputElement>('textbox');
const typeIn = (text: string) => fireEvent.change(input(), { target: { value: text } });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(
    <WeightEditing>
      <Diagram />
    </WeightEditing>,
  );
});
afterEach(cleanup);

describe('the inline weight editor', () => {
  it('leaves the edges read-only outside the app (an embed)', () => {
    cleanup();
    render(<Diagram />);
    expect(screen.getAllByTestId('edge').filter((edge) => edge.getAttribute('role') === 'button')).toEqual(
      [],
    );
    fireEvent.click(byId('edge', 'E:2:0:0'));
    expect(screen.queryByTestId('weight-editor')).toBeNull();
  });

  it('makes every Linear edge a focusable button, and the others not', () => {
    const edges = screen.getAllByTestId('edge');
    const editable = edges
      .filter((edge) => edge.getAttribute('role') === 'button')
      .map((edge) => edge.dataset.id);
    expect(editable).toEqual(['E:2:0:0', 'E:2:0:1', 'E:2:0:2']);
    expect(byId('edge', 'E:2:0:0')).toHaveAttribute('tabindex', '0');
    expect(byId('edge', 'E:2:0:0')).toHaveAccessibleName('w^{2,1}_1 = 0.005: press Enter to edit');
  });

  it('opens on Enter with the whole value selected, and Enter applies a fraction', () => {
    const edge = byId('edge', 'E:2:0:0');
    edge.focus();
    fireEvent.keyDown(edge, { key: 'Enter' });
    expect(input()).toHaveValue('0.005');
    expect(input()).toHaveFocus();
    expect([input().selectionStart, input().selectionEnd]).toEqual([0, '0.005'.length]);
    expect(input()).toHaveAccessibleName('Value of w^{2,1}_1');
    expect(edge).toHaveClass('is-editing');
    typeIn('-3000/11600000');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(screen.queryByTestId('weight-editor')).toBeNull();
    expectClose(linearAt(2).weights[0]?.[0], -3000 / 11600000);
    expect(byId('edge', 'E:2:0:0')).toHaveFocus();
    expect(byId('edge', 'E:2:0:0')).toHaveClass('sign-negative');
  });

  it('cancels on Escape: the model and its history are unchanged', () => {
    const before = state().model;
    fireEvent.click(byId('edge', 'E:2:0:1'));
    typeIn('42');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(screen.queryByTestId('weight-editor')).toBeNull();
    expect(state().model).toBe(before);
    expect(state().past).toEqual([]);
  });

  it('applies the value when the focus leaves it', () => {
    fireEvent.click(byId('edge', 'E:2:0:2'));
    typeIn('2.5');
    fireEvent.blur(editor(), { relatedTarget: document.body });
    expect(linearAt(2).weights[0]?.[2]).toBe(2.5);
    expect(screen.queryByTestId('weight-editor')).toBeNull();
  });

  it('stays open on a refused value with the parser message; the edge is marked until it is fixed', () => {
    const before = state().model;
    fireEvent.click(byId('edge', 'E:2:0:2'));
    typeIn('abc');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(state().model).toBe(before);
    expect(within(editor()).getByRole('alert')).toHaveTextContent('expected a finite number, got "abc"');
    expect(input()).toHaveValue('abc');
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    // Leaving it closes it; the text and the mark stay until the value is fixed.
    fireEvent.blur(editor(), { relatedTarget: document.body });
    expect(screen.queryByTestId('weight-editor')).toBeNull();
    expect(byId('edge', 'E:2:0:2')).toHaveClass('has-problem');
    fireEvent.click(byId('edge', 'E:2:0:2'));
    expect(input()).toHaveValue('abc');
    typeIn('1/4');
    fireEvent.click(within(editor()).getByRole('button', { name: 'Apply' }));
    expect(linearAt(2).weights[0]?.[2]).toBe(0.25);
    expect(byId('edge', 'E:2:0:2')).not.toHaveClass('has-problem');
  });

  it('edits a bias from its pill', () => {
    const linear = presets.find((preset) => preset.id === 'linear');
    if (!linear) throw new Error('no Linear preset');
    act(() => state().loadModel(linear.model));
    const pill = byId('bias', 'B:2:1');
    expect(pill).toHaveAccessibleName('bias b^2_2 = −1: press Enter to edit');
    fireEvent.keyDown(pill, { key: ' ' });
    expect(input()).toHaveValue('-1');
    typeIn('3/2');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(linearAt(2).biases).toEqual([0.5, 1.5]);
    expect(state().past.at(-1)?.label).toBe('set b^2_2');
  });
});
