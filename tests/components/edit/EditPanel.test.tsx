// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditPanel } from '../../../src/components/edit/EditPanel';
import type { LinearLayer } from '../../../src/engine';
import { presets } from '../../../src/presets';
import { appStore } from '../../../src/store';
import { expectClose } from '../../helpers/close';

const state = () => appStore.getState();
const field = (path: string): HTMLInputElement => {
  const found = document.querySelector<HTMLInputElement>(`input[data-path="${path}"]`);
  if (!found) throw new Error(`no field ${path}`);
  return found;
};
/** Types a text into a field and presses Enter. */
function type(path: string, text: string): void {
  const input = field(path);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}
const layerCards = () => screen.getAllByTestId('layer');
const linearAt = (k: number): LinearLayer => {
  const layer = state().model.layers[k - 1];
  if (layer?.kind !== 'linear') throw new Error(`L${k} is not Linear`);
  return layer;
};
const loadPreset = (id: string) => {
  const preset = presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  state().loadModel(preset.model);
};

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('EditPanel: layers', () => {
  it('lists the Example as Input 1D (3) → Linear (1) → Activation (ReLU), L¹ without tools', () => {
    render(<EditPanel />);
    const cards = layerCards();
    expect(cards.map((card) => card.querySelector('.layer-kind')?.textContent)).toEqual([
      'Input 1D',
      'Linear',
      'Activation',
    ]);
    expect(field('layers[0].size')).toHaveValue('3');
    expect(field('layers[1].size')).toHaveValue('1');
    expect(within(cards[2] as HTMLElement).getByRole('combobox')).toHaveValue('relu');
    expect(within(cards[0] as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('resizes L¹ with its field: the Linear layer gets a 4th weight and every sample a 4th component', () => {
    render(<EditPanel />);
    type('layers[0].size', '4');
    expect(state().model.layers[0]?.size).toBe(4);
    expect(linearAt(2).weights[0]).toHaveLength(4);
    expect(state().model.dataset.every((sample) => sample.x.length === 4)).toBe(true);
    expect(screen.getAllByTestId('layer')).toHaveLength(3);
  });

  it('refuses a size of 0 next to the field, keeps what was typed and the model', () => {
    render(<EditPanel />);
    const before = state().model;
    type('layers[1].size', '0');
    expect(state().model).toBe(before);
    expect(field('layers[1].size')).toHaveValue('0');
    expect(field('layers[1].size')).toHaveAttribute('aria-invalid', 'true');
    const problem = screen.getByRole('alert');
    expect(problem).toHaveTextContent('expected a whole number of neurons from 1 to 64');
    expect(field('layers[1].size')).toHaveAccessibleDescription(problem.textContent ?? '');
  });

  it('puts the model value back on Escape and forgets the problem', () => {
    render(<EditPanel />);
    type('layers[1].size', 'two');
    fireEvent.keyDown(field('layers[1].size'), { key: 'Escape' });
    expect(field('layers[1].size')).toHaveValue('1');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(state().fieldProblems).toEqual({});
  });

  it('keeps the refused text when the panel is closed and opened again', () => {
    const { unmount } = render(<EditPanel />);
    type('layers[1].weights[0][2]', '1/0');
    unmount();
    render(<EditPanel />);
    expect(field('layers[1].weights[0][2]')).toHaveValue('1/0');
    expect(field('layers[1].weights[0][2]')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('field-problem')).toHaveTextContent(/w\s*2,1\s*3\s*: expected a finite number/);
  });

  it('explains inline why the only layer after L¹ cannot be removed, and keeps the model', () => {
    loadPreset('input');
    render(<EditPanel />);
    const before = state().model;
    fireEvent.click(screen.getByRole('button', { name: 'Remove L2' }));
    expect(state().model).toBe(before);
    expect(screen.getByRole('alert')).toHaveTextContent('a network needs at least 2 layers');
  });

  it('removes a layer: without its ReLU the Example ends on its Linear layer', () => {
    render(<EditPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove L3' }));
    expect(state().model.layers.map((layer) => layer.kind)).toEqual(['input1d', 'linear']);
    expect(state().past.at(-1)?.label).toBe('remove layer L^3');
  });

  it('moves a layer: the ReLU before the Linear layer keeps the 3 inputs and the weights', () => {
    render(<EditPanel />);
    const weights = linearAt(2).weights;
    fireEvent.click(screen.getByRole('button', { name: 'Move L3 up' }));
    expect(state().model.layers.map((layer) => layer.kind)).toEqual(['input1d', 'activation', 'linear']);
    expect(state().model.layers[1]?.size).toBe(3);
    expect(linearAt(3).weights).toEqual(weights);
    expect(screen.getByRole('button', { name: 'Move L2 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move L3 down' })).toBeDisabled();
  });

  it('changes the activation function', () => {
    render(<EditPanel />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation function of L3' }), {
      target: { value: 'logistic' },
    });
    expect(state().model.layers[2]).toEqual({ kind: 'activation', size: 1, activation: 'logistic' });
  });

  it('gives a Linear layer biases at 0, and takes them away', () => {
    render(<EditPanel />);
    const card = layerCards()[1] as HTMLElement;
    fireEvent.click(within(card).getByRole('checkbox'));
    expect(linearAt(2).biases).toEqual([0]);
    expect(field('layers[1].biases[0]')).toHaveValue('0');
    fireEvent.click(within(card).getByRole('checkbox'));
    expect(linearAt(2).biases).toBeUndefined();
  });

  it('adds a Linear layer with 2 neurons and biases at the end, seeded weights in the Xavier/Glorot range', () => {
    render(<EditPanel />);
    const form = screen.getByRole('form', { name: 'Add a layer' });
    fireEvent.change(within(form).getByLabelText('Size of the new layer'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add layer' }));
    const added = linearAt(4);
    expect(added.size).toBe(2);
    expect(added.biases).toEqual([0, 0]);
    // 1 input, 2 outputs: |w| ≤ √(6 / 3), rounded to 2 decimals.
    for (const w of added.weights.flat()) {
      expect(Math.abs(w)).toBeLessThanOrEqual(Math.sqrt(2));
      expectClose(w * 100, Math.round(w * 100));
    }
    expect(state().model.dataset.every((sample) => sample.y.length === 2)).toBe(true);
  });

  it('adds an Activation layer at a chosen place', () => {
    render(<EditPanel />);
    const form = screen.getByRole('form', { name: 'Add a layer' });
    fireEvent.change(within(form).getByLabelText('Kind of the new layer'), {
      target: { value: 'activation' },
    });
    fireEvent.change(within(form).getByLabelText('Activation function of the new layer'), {
      target: { value: 'tanh' },
    });
    const place = within(form).getByLabelText('Place of the new layer');
    expect([...place.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'L2, before the current L2',
      'L3, before the current L3',
      'L4, at the end',
    ]);
    fireEvent.change(place, { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add layer' }));
    expect(state().model.layers[1]).toEqual({ kind: 'activation', size: 3, activation: 'tanh' });
    expect(state().model.layers).toHaveLength(4);
  });

  it('refuses a new layer size that is not a number, in the form', () => {
    render(<EditPanel />);
    const form = screen.getByRole('form', { name: 'Add a layer' });
    const size = within(form).getByLabelText('Size of the new layer');
    fireEvent.change(size, { target: { value: 'many' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add layer' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'expected a whole number of neurons from 1 to 64',
    );
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(state().model.layers).toHaveLength(3);
  });
});

describe('EditPanel: weights, seed, α, batch size and title', () => {
  it('accepts a fraction for a weight', () => {
    render(<EditPanel />);
    type('layers[1].weights[0][0]', '-3000/11600000');
    expectClose(linearAt(2).weights[0]?.[0], -3000 / 11600000);
    expect(state().past.at(-1)?.label).toBe('set w^{2,1}_1');
  });

  it('shows a long weight shortened, and whole while it has the focus', () => {
    render(<EditPanel />);
    const input = field('layers[1].weights[0][1]');
    expect(input).toHaveValue('−0.0002586');
    expect(input).toHaveAttribute('title', String(-3000 / 11600000));
    fireEvent.focus(input);
    expect(input).toHaveValue(String(-3000 / 11600000));
  });

  it('re-draws every weight from the seed: another seed other weights, the same seed the same ones', () => {
    render(<EditPanel />);
    const seed = screen.getByTestId('seed');
    fireEvent.change(seed, { target: { value: '7' } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    expect(state().seed).toBe(7);
    const redraw = screen.getByRole('button', { name: 'Re-draw all weights' });
    fireEvent.click(redraw);
    const first = linearAt(2).weights;
    fireEvent.click(redraw);
    expect(linearAt(2).weights).toEqual(first);
    fireEvent.change(seed, { target: { value: '8' } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    fireEvent.click(redraw);
    expect(linearAt(2).weights).not.toEqual(first);
  });

  it('refuses a seed that is not a whole number', () => {
    render(<EditPanel />);
    const seed = screen.getByTestId('seed');
    fireEvent.change(seed, { target: { value: '-1' } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    expect(screen.getByRole('alert')).toHaveTextContent('expected a whole number from 0 to 4,294,967,295');
    expect(state().seed).toBe(1);
    expect(seed).toHaveValue('-1');
  });

  it('sets α, the batch size and the title (as plain text)', () => {
    render(<EditPanel />);
    type('learningRate', '1/20');
    type('batchSize', '2');
    type('title', '<b>Mine</b>');
    expect(state().model.learningRate).toBe(0.05);
    expect(state().model.batchSize).toBe(2);
    expect(state().model.title).toBe('<b>Mine</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('refuses a negative α with the parser message', () => {
    render(<EditPanel />);
    type('learningRate', '-1');
    expect(state().model.learningRate).toBe(1e-7);
    expect(screen.getByRole('alert')).toHaveTextContent('expected a positive number');
  });
});
