// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValuesTable } from '../../../src/components/values/ValuesTable';
import { appStore } from '../../../src/store';
import type { Step } from '../../../src/timeline';

const state = () => appStore.getState();

/** Goes to the step with this id. */
function seek(id: string): void {
  const index = state().timeline.steps.findIndex((step: Step) => step.id === id);
  if (index < 0) throw new Error(`no step ${id}`);
  act(() => state().seek(index));
}

/** The text of a table's row (by data-id), cells joined by " | " (the layer heads the first row of its group). */
function rowText(table: HTMLElement, id: string): string {
  const row = table.querySelector(`tr[data-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' | ');
}

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  // Sample 3 of the Example: x = (0, 2000, 3000), y = 1 (the series' backward pass).
  act(() => state().selectSample(2));
  render(<ValuesTable />);
});
afterEach(cleanup);

describe('ValuesTable', () => {
  it('is a real table of every neuron box, with a caption and column headers', () => {
    const table = screen.getByTestId('values-neurons');
    expect(table.tagName).toBe('TABLE');
    expect(
      within(table).getByText(/^Outputs o and learning flows δ of sample 3, at step 1 of 58$/),
    ).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Layer', 'Neuron', 'Variable', 'Output o', 'Learning flow δ']);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3 + 3 + 1 + 1);
    // One row group per column of the diagram, headed by its layer.
    expect([...table.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent)).toEqual([
      'Developer',
      'L¹ (Input 1D)',
      'L² (Linear)',
      'L³ (ReLU)',
    ]);
  });

  it('shows a value only once the step that stores it is reached ("—" before), the data from the start', () => {
    const table = screen.getByTestId('values-neurons');
    expect(rowText(table, 'N:0:1')).toBe('2 | X¹₂ | data₂ = 2000 | δ¹₂ = —not computed yet');
    expect(rowText(table, 'N:2:0')).toBe(
      'L² (Linear) | 1 | X³₁ | o²₁ = —not computed yet | δ³₁ = —not computed yet',
    );
    seek('e0:o:2:0');
    expect(rowText(table, 'N:2:0')).toBe('L² (Linear) | 1 | X³₁ | o²₁ = 0 | δ³₁ = —not computed yet');
    seek('e0:d:3:0:sum');
    expect(rowText(table, 'N:2:0')).toBe('L² (Linear) | 1 | X³₁ | o²₁ = 0 | δ³₁ = −1');
  });

  it('outlines the value the current step computes, and only that one', () => {
    seek('e0:d:3:0:terms');
    let current = document.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('δ³₁ = —');
    expect(current[0]?.closest('tr')).toHaveAttribute('data-id', 'N:2:0');
    seek('e0:dw:2:0:2:sum');
    current = document.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.closest('tr')).toHaveAttribute('data-id', 'W:2:0:2');
    expect(current[0]).toHaveTextContent('δw²,¹₃ = −3000');
  });

  it('lists each weight with its value and, once computed, its gradient δw = δ³ . o¹', () => {
    const table = screen.getByTestId('values-weights');
    expect(within(table).getByText('Weights and their gradients δw of sample 3')).toBeInTheDocument();
    expect(rowText(table, 'W:2:0:1')).toBe('1, 2 | w²,¹₂ = −0.0002586 | δw²,¹₂ = —not computed yet');
    seek('e0:dw:2:0:1:sum');
    // δw^{2,1}_2 = δ³₁ . o¹₂ = (−1) · 2000.
    expect(rowText(table, 'W:2:0:1')).toBe('1, 2 | w²,¹₂ = −0.0002586 | δw²,¹₂ = −2000');
  });

  it('has no bias table for a model without biases', () => {
    expect(screen.queryByTestId('values-biases')).not.toBeInTheDocument();
  });

  it("follows the batch: each element's values, named as the element of the batch", () => {
    act(() => state().selectSample('batch'));
    seek('e1:loss');
    expect(screen.getByTestId('values-neurons').querySelector('caption')).toHaveTextContent(
      'element 2 of the batch (sample 2)',
    );
    // Element 2 is x = (200, 0, 0): its data, with the element as a superscript.
    expect(rowText(screen.getByTestId('values-neurons'), 'N:0:0')).toBe(
      'Developer | 1 | X¹,²₁ | data²₁ = 200 | δ¹,²₁ = —not computed yet',
    );
  });
});
