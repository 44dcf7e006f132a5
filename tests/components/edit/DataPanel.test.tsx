// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataPanel } from '../../../src/components/edit/DataPanel';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();
const field = (path: string): HTMLInputElement => {
  const found = document.querySelector<HTMLInputElement>(`input[data-path="${path}"]`);
  if (!found) throw new Error(`no field ${path}`);
  return found;
};
function type(path: string, text: string): void {
  const input = field(path);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}
const rows = () => screen.getAllByTestId('sample-row');

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('DataPanel', () => {
  it('shows every sample of the Example as x₁ x₂ x₃ and y^truth₁, the first one being walked', () => {
    render(<DataPanel />);
    expect(rows()).toHaveLength(3);
    const values = rows().map((row) =>
      [...row.querySelectorAll('input')].map((input) => (input as HTMLInputElement).value),
    );
    expect(values).toEqual([
      ['100', '2000', '100', '0'],
      ['200', '0', '0', '1'],
      ['0', '2000', '3000', '1'],
    ]);
    expect(screen.getByRole('button', { name: 'Step through sample 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(rows()[0]).toHaveAttribute('aria-current', 'true');
  });

  it('steps through another sample, or the batch', () => {
    render(<DataPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Step through sample 3' }));
    expect(state().selection).toBe(2);
    expect(rows()[2]).toHaveAttribute('aria-current', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Step through the batch' }));
    expect(state().selection).toBe('batch');
    expect(screen.getByRole('button', { name: 'Stepping through the batch' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('edits a value: a fraction is accepted', () => {
    render(<DataPanel />);
    type('dataset[1].x[2]', '1/4');
    expect(state().model.dataset[1]?.x).toEqual([200, 0, 0.25]);
    expect(state().past.at(-1)?.label).toBe('set x_3 of sample 2');
  });

  it('refuses a value that is not a number, under the table, keeping the text and the model', () => {
    render(<DataPanel />);
    const before = state().model;
    type('dataset[0].y[0]', 'yes');
    expect(state().model).toBe(before);
    expect(field('dataset[0].y[0]')).toHaveValue('yes');
    expect(screen.getByTestId('field-problem')).toHaveTextContent(
      /y\s*truth\s*1 of sample 1: expected a finite number/,
    );
  });

  it('adds a sample of zeros at the end, and removes one', () => {
    render(<DataPanel />);
    fireEvent.click(screen.getByRole('button', { name: '+ Add a sample' }));
    expect(state().model.dataset.at(-1)).toEqual({ x: [0, 0, 0], y: [0] });
    expect(rows()).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Remove sample 1' }));
    expect(state().model.dataset.map((sample) => sample.x[0])).toEqual([200, 0, 0]);
    expect(
      within(rows()[0] as HTMLElement).getByRole('button', { name: 'Step through sample 1' }),
    ).toBeEnabled();
  });

  it('says when the dataset is empty', () => {
    render(<DataPanel />);
    for (let n = 0; n < 3; n++) fireEvent.click(screen.getByRole('button', { name: 'Remove sample 1' }));
    expect(state().model.dataset).toEqual([]);
    expect(screen.getByText(/No sample yet/)).toBeInTheDocument();
  });
});
