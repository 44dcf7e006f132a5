// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Diagram } from '../../../src/components/diagram/Diagram';
import { layoutModel } from '../../../src/layout';
import { neighbour } from '../../../src/components/diagram/NeuronGrid';
import { useKeyboardShortcuts } from '../../../src/hooks/useKeyboardShortcuts';
import { appStore } from '../../../src/store';
import { bigModel } from '../../layout/models';

const state = () => appStore.getState();

/** The diagram with the stepper's global shortcuts, as in the app. */
function Page() {
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((value) => !value), []);
  const close = useCallback(() => setOpen(false), []);
  useKeyboardShortcuts({ open, toggle, close });
  return <Diagram />;
}

const neuron = (id: string): HTMLElement => {
  const found = screen.getAllByTestId('neuron').find((element) => element.dataset.id === id);
  if (!found) throw new Error(`no neuron ${id}`);
  return found;
};
const focused = () => (document.activeElement as HTMLElement | null)?.dataset.id;
const press = (key: string, options: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, {
    key,
    bubbles: true,
    cancelable: true,
    ...options,
  });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<Page />);
});
afterEach(cleanup);

describe('the neuron grid', () => {
  it('puts exactly one neuron in the tab order (a roving tabindex), the first one to begin with', () => {
    const tabbable = screen
      .getAllByTestId('neuron')
      .filter((element) => element.getAttribute('tabindex') === '0');
    expect(tabbable.map((element) => element.dataset.id)).toEqual(['N:0:0']);
    expect(neuron('N:0:0')).toHaveAttribute('role', 'button');
    expect(neuron('N:0:0')).toHaveAttribute('aria-pressed', 'false');
  });

  it('moves with the arrows: up and down a layer, left and right between layers, keeping the row', () => {
    act(() => neuron('N:0:0').focus());
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe('N:0:2');
    press('ArrowDown');
    expect(focused()).toBe('N:0:2');
    press('ArrowRight');
    expect(focused()).toBe('N:1:2');
    press('ArrowRight');
    expect(focused()).toBe('N:2:0');
    press('ArrowLeft');
    expect(focused()).toBe('N:1:1');
    // The neuron with the focus is the one in the tab order.
    expect(neuron('N:1:1')).toHaveAttribute('tabindex', '0');
    expect(neuron('N:0:0')).toHaveAttribute('tabindex', '-1');
  });

  it('Home and End go to the ends of the layer, with Ctrl to the ends of the diagram', () => {
    act(() => neuron('N:1:1').focus());
    press('End');
    expect(focused()).toBe('N:1:2');
    press('Home');
    expect(focused()).toBe('N:1:0');
    press('End', { ctrlKey: true });
    expect(focused()).toBe('N:3:0');
    press('Home', { ctrlKey: true });
    expect(focused()).toBe('N:0:0');
  });

  it('keeps its keys from the stepper: the arrows, Home and End do not step', () => {
    act(() => state().seek(3));
    act(() => neuron('N:0:0').focus());
    press('ArrowRight');
    press('ArrowLeft');
    press('End');
    press('ArrowUp');
    expect(state().stepIndex).toBe(3);
    // Keys the grid does not use still reach the stepper.
    press('PageDown');
    expect(state().stepIndex).toBe(4);
  });

  it('Enter selects the neuron and shows its card; Enter again or Escape unselects it', () => {
    act(() => neuron('N:1:1').focus());
    press('Enter');
    expect(state().selected).toBe('N:1:1');
    expect(neuron('N:1:1')).toHaveAttribute('aria-pressed', 'true');
    const card = screen.getByTestId('neuron-card');
    expect(card).toHaveTextContent('Neuron X²₂ of L¹ neurons');
    press('Enter');
    expect(state().selected).toBeNull();
    press(' ');
    expect(screen.getByTestId('neuron-card')).toBeInTheDocument();
    press('Escape');
    expect(screen.queryByTestId('neuron-card')).not.toBeInTheDocument();
  });

  it("the card shows o and δ once stored, and δ's impact terms from the chain-rule card", () => {
    act(() => state().selectSample(2));
    act(() => state().selectNeuron('N:2:0'));
    const card = screen.getByTestId('neuron-card');
    expect(card).toHaveTextContent('o²₁ = not computed yet');
    expect(card).toHaveTextContent('δ³₁ = not computed yet');
    act(() => state().seek(state().timeline.steps.findIndex((step) => step.id === 'e0:d:3:0:sum')));
    expect(card).toHaveTextContent('o²₁ = 0');
    expect(card).toHaveTextContent('δ³₁ = −1');
    // Through ReLU at o²₁ = 0 (≥ 0): the flow passes, δ³₁ = δ⁴₁.
    expect(card).toHaveTextContent('o²₁ = 0 ≥ 0 ✓, so δ³₁ = δ⁴₁ = −1');
  });

  it('the card of a neuron says there is no sample to compute its values from (an empty dataset)', () => {
    act(() => state().loadModel({ ...state().model, dataset: [] }));
    act(() => state().selectNeuron('N:0:0'));
    expect(screen.getByTestId('neuron-card')).toHaveTextContent('data₁ = no sample');
    expect(screen.getByTestId('neuron-card')).toHaveTextContent('δ¹₁ = no sample');
  });

  it("a click selects a neuron too; the card's close button unselects it and gives the focus back", async () => {
    fireEvent.click(neuron('N:3:0').querySelector('rect') as Element);
    expect(state().selected).toBe('N:3:0');
    // The card shows once placed beside its neuron (after a frame).
    await waitFor(() => expect(screen.getByTestId('neuron-card')).toBeVisible());
    fireEvent.click(screen.getByRole('button', { name: "Close the neuron's card" }));
    expect(state().selected).toBeNull();
    expect(focused()).toBe('N:3:0');
  });
});

describe('neighbour(layout, from, key, wholeDiagram)', () => {
  it('goes to the nearest neuron of the next layer, and nowhere past the edges', () => {
    const layout = layoutModel(bigModel());
    const first = layout.neurons[0];
    if (!first) throw new Error('no neuron');
    expect(neighbour(layout, first, 'ArrowUp', false)).toBeUndefined();
    expect(neighbour(layout, first, 'ArrowLeft', false)).toBeUndefined();
    const right = neighbour(layout, first, 'ArrowRight', false);
    expect(right?.k).toBe(1);
    const column = layout.neurons.filter((neuron) => neuron.k === 1);
    const nearest = Math.min(...column.map((neuron) => Math.abs(neuron.y - first.y)));
    expect(Math.abs((right?.y ?? NaN) - first.y)).toBe(nearest);
    expect(neighbour(layout, first, 'x', false)).toBeUndefined();
  });
});
