// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrainPanel } from '../../../src/components/train/TrainPanel';
import { lossKey } from '../../../src/timeline';
import { appStore } from '../../../src/store';
import { expectAllClose } from '../../helpers/close';
import { diverging, example, w2 } from './models';

const state = () => appStore.getState();

/** Runs the timer-driven slices of the run in progress until it ends. */
function finishRun() {
  act(() => {
    for (let n = 0; n < 10_000 && state().training !== null; n++) vi.runOnlyPendingTimers();
  });
}

/** The text of one cell (by test id) of every results row of a kind: 'now', 'before' or 'after'. */
const cells = (when: string, testId: string) =>
  screen.getAllByTestId(`results-${when}`).map((row) => within(row).getByTestId(testId).textContent);

beforeEach(() => {
  // Only the timers: the run's slices still end on the real clock (performance.now).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  state().stopTraining();
  appStore.setState(appStore.getInitialState(), true);
  act(() => state().loadModel(example));
});
afterEach(() => {
  state().stopTraining();
  cleanup();
  vi.useRealTimers();
});

describe('TrainPanel before any run', () => {
  it('shows the series’ results table of the model now: ✓ yes, ✓ yes, ✗ no', () => {
    render(<TrainPanel />);
    expect(cells('now', 'cell-correct')).toEqual(['✓ yes', '✓ yes', '✗ no']);
    expect(cells('now', 'cell-o')).toEqual(['0', '1', '0']);
    expect(cells('now', 'cell-loss')).toEqual(['0', '0', '0.5']);
    expect(screen.getByTestId('results-score')).toHaveTextContent(/^Correct: 2 of 3\./);
    expect(screen.getByTestId('loss-curve-empty')).toBeInTheDocument();
  });
});

describe('TrainPanel training the Example', () => {
  it('1 epoch per sample reproduces the gradient-descent post: o3 = 0.43, 1, 1.3, all three correct', () => {
    render(<TrainPanel />);
    fireEvent.click(screen.getByTestId('train-epoch'));
    finishRun();
    expectAllClose(w2(state().model), [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4], 1e-14);
    expect(cells('before', 'cell-correct')).toEqual(['✓ yes', '✓ yes', '✗ no']);
    expect(cells('after', 'cell-o')).toEqual(['0.43', '1', '1.3']);
    expect(cells('after', 'cell-result')).toEqual(['0', '1', '1']);
    expect(cells('after', 'cell-correct')).toEqual(['✓ yes', '✓ yes', '✓ yes (was ✗)']);
    expect(screen.getByTestId('results-score')).toHaveTextContent(/^Correct: 2 of 3 before, 3 of 3 after\./);
    expect(screen.getByTestId('run-summary')).toHaveTextContent(
      'Last run: 1 epoch per sample, 3 iterations applied.',
    );
  });

  it('shows each weight before and after, with the change and its sign in a symbol and a word', () => {
    render(<TrainPanel />);
    fireEvent.click(screen.getByTestId('train-epoch'));
    finishRun();
    const rows = screen.getAllByTestId('weight-row');
    expect(rows.map((row) => row.dataset['name'])).toEqual(['w^{2,1}_1', 'w^{2,1}_2', 'w^{2,1}_3']);
    expectAllClose(
      rows.map((row) => Number(row.dataset['after'])),
      [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4],
      1e-14,
    );
    const changes = rows.map((row) => within(row).getByTestId('weight-change').textContent);
    expect(changes).toEqual(['=0', '▲+0.0002', '▲+0.0003']);
    expect(rows.map((row) => within(row).getByTestId('weight-after').textContent)).toEqual([
      '0.005',
      '−5.862×10⁻⁵',
      '0.0004724',
    ]);
  });

  it('1 epoch by batch reproduces the batch-learning post: o3 = 43/300, 1, 13/30 and input 3 still wrong', () => {
    render(<TrainPanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'By batch of 3' }));
    expect(state().trainingMode).toBe('batch');
    fireEvent.click(screen.getByTestId('train-epoch'));
    finishRun();
    expect(state().lastRun?.progress.iterations).toBe(1);
    expect(cells('after', 'cell-o')).toEqual([(43 / 300).toPrecision(4), '1', (13 / 30).toPrecision(4)]);
    expect(cells('after', 'cell-correct')).toEqual(['✓ yes', '✓ yes', '✗ no']);
  });

  it('1 iteration trains on the sample the stepper shows and gives its loss before and after', () => {
    act(() => state().selectSample(2));
    render(<TrainPanel />);
    expect(screen.getByTestId('train-iteration')).toHaveTextContent('sample 3');
    fireEvent.click(screen.getByTestId('train-iteration'));
    expect(screen.getByTestId('sample-loss')).toHaveTextContent('loss of sample 3: 0.5 before → 0.045 after');
    expectAllClose(w2(state().model), [1 / 200, -3 / 11600 + 2e-4, 1 / 5800 + 3e-4], 1e-14);
  });

  it('trains N epochs typed in the field, and refuses a number that is not a whole number from 1', () => {
    render(<TrainPanel />);
    const field = screen.getByTestId('train-epochs');
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('train-run'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'expected a whole number of epochs from 1 to 100,000',
    );
    fireEvent.change(field, { target: { value: '1,000' } });
    fireEvent.click(screen.getByTestId('train-run'));
    finishRun();
    expect(state().lastRun?.progress.epochs).toBe(1000);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('loss-curve-plot')).toHaveAttribute('data-points', '1001');
  });

  it('refuses typed epochs that are not a whole number from 1 to 100,000, saying what was typed, and marks the field', () => {
    render(<TrainPanel />);
    const field = screen.getByTestId('train-epochs');
    const typed: readonly (readonly [string, string])[] = [
      ['-1', '"-1"'],
      ['2.5', '"2.5"'],
      ['1e5', '"1e5"'],
      ['1e308', '"1e308"'],
      ['100001', '"100001"'],
      ['  ', 'nothing'],
    ];
    for (const [text, got] of typed) {
      fireEvent.change(field, { target: { value: text } });
      fireEvent.submit(field);
      expect(screen.getByRole('alert')).toHaveTextContent(
        `expected a whole number of epochs from 1 to 100,000, got ${got}`,
      );
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(screen.getByRole('alert').textContent ?? '');
    }
    fireEvent.change(field, { target: { value: '2' } });
    fireEvent.submit(field);
    finishRun();
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(state().lastRun?.progress.epochs).toBe(2);
  });

  it('shows the progress of a long run with Stop, which keeps what was done', () => {
    render(<TrainPanel />);
    fireEvent.change(screen.getByTestId('train-epochs'), { target: { value: '100000' } });
    fireEvent.click(screen.getByTestId('train-run'));
    act(() => vi.advanceTimersToNextTimer());
    const progress = screen.getByTestId('train-progress');
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('max', '100000');
    expect(within(progress).getByTestId('train-progress-epochs')).toHaveTextContent(
      /^Epoch [\d,]+ of 100,000$/,
    );
    expect(screen.getByTestId('train-epoch')).toBeDisabled();
    fireEvent.click(screen.getByTestId('train-stop'));
    expect(state().training).toBeNull();
    expect(screen.queryByTestId('train-progress')).toBeNull();
    expect(screen.getByTestId('run-summary')).toHaveTextContent(/stopped after [\d,]+ epochs/);
    expect(state().past.at(-1)?.label).toBe('train 100000 epochs per sample');
  });

  it('sets α from its field, and keeps it with a message when the text is not a number', () => {
    render(<TrainPanel />);
    const field = screen.getByTestId('learning-rate');
    fireEvent.change(field, { target: { value: 'fast' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(state().model.learningRate).toBe(1e-7);
    expect(screen.getByRole('alert')).toHaveTextContent(/^α: /);
    fireEvent.change(field, { target: { value: '1/1000' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(state().model.learningRate).toBe(0.001);
    expect(screen.getByTestId('learning-rate')).toHaveValue('0.001');
  });
});

describe('TrainPanel inspecting iterations', () => {
  it('lists the iterations of a short run; one click makes the stepper walk it, with a way back', () => {
    render(<TrainPanel />);
    fireEvent.click(screen.getByTestId('train-epoch'));
    finishRun();
    const buttons = screen.getAllByTestId('inspect-iteration');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '1 epoch 1 · sample 1',
      '2 epoch 1 · sample 2',
      '3 epoch 1 · sample 3',
    ]);
    expect(screen.getByText(/of the last run in the stepper/)).toHaveTextContent(
      'Walk any of the 3 iterations of the last run in the stepper: its forward and backward pass, then the update ŵ = w − α . δw with its numbers.',
    );
    fireEvent.click(buttons[2] as HTMLElement);
    expect(state().inspected?.index).toBe(2);
    expect(state().iteration.samples).toEqual([2]);
    expect(buttons[2]).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('inspect-banner')).toHaveTextContent(
      'The stepper shows iteration 3 of the last run (epoch 1 · sample 3)',
    );
    fireEvent.click(screen.getByTestId('stop-inspecting'));
    expect(state().inspected).toBeNull();
    expect(screen.queryByTestId('inspect-banner')).toBeNull();
  });

  it('inspects iteration n of a long run by its number (1-based), and says when there is no such iteration', () => {
    render(<TrainPanel />);
    fireEvent.change(screen.getByTestId('train-epochs'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('train-run'));
    finishRun();
    const field = screen.getByTestId('inspect-number');
    fireEvent.change(field, { target: { value: '61' } });
    fireEvent.click(screen.getByTestId('inspect-go'));
    expect(screen.getByRole('alert')).toHaveTextContent('expected a whole number from 1 to 60');
    fireEvent.change(screen.getByTestId('inspect-number'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('inspect-go'));
    expect(state().inspected?.index).toBe(4);
    expect(state().iteration.samples).toEqual([1]);
    fireEvent.click(screen.getByRole('button', { name: 'Next iteration' }));
    expect(state().inspected?.index).toBe(5);
  });
});

describe('TrainPanel when α is too large', () => {
  it('says which value became ∞ and when, shows it in the stepper and the diagram, and undo restores', () => {
    act(() => state().loadModel(diverging));
    render(<TrainPanel />);
    fireEvent.click(screen.getByTestId('train-run'));
    finishRun();
    const report = state().lastRun?.nonFinite;
    expect(report?.quantity).toBe('loss');
    const alert = screen.getByTestId('nonfinite-alert');
    expect(alert).toHaveTextContent(
      `The learning rate α = 10 is too large: loss became ∞ at epoch ${report?.epoch}, on sample ${(report?.sample ?? 0) + 1}.`,
    );
    expect(within(alert).getByTestId('nonfinite-name')).toHaveTextContent('loss');

    fireEvent.click(screen.getByTestId('nonfinite-show'));
    const element = state().inspected?.samples.indexOf(report?.sample ?? -1) ?? -1;
    expect(state().inspected?.index).toBe(report?.iteration);
    expect(state().stepIndex).toBe(state().timeline.storedAt.get(lossKey(element)));
    expect(state().timeline.steps[state().stepIndex]?.kind).toBe('loss');

    fireEvent.click(screen.getByTestId('nonfinite-undo'));
    expect(state().model).toEqual(diverging);
    expect(screen.queryByTestId('nonfinite-undo')).toBeNull();
    expect(screen.getByTestId('nonfinite-advice')).toHaveTextContent(
      'Undone: the weights are back to those before the run.',
    );
    expect(screen.getByTestId('run-summary')).toHaveTextContent('The model has changed since');
  });
});

describe('TrainPanel one iteration by batch', () => {
  it('trains on the batch in batch mode, moving the stepper to it: one update with δw^avg', () => {
    render(<TrainPanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'By batch of 3' }));
    expect(screen.getByTestId('train-iteration')).toHaveTextContent('the batch');
    fireEvent.click(screen.getByTestId('train-iteration'));
    expect(state().selection).toBe('batch');
    expectAllClose(w2(state().model), [1 / 200, -3 / 11600 + 2e-4 / 3, 1 / 5800 + 1e-4], 1e-14);
  });

  it('offers its one iteration to walk, whose update uses δw^avg', () => {
    render(<TrainPanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'By batch of 3' }));
    fireEvent.click(screen.getByTestId('train-iteration'));
    expect(screen.getByText(/of the last run in the stepper/)).toHaveTextContent(
      'Walk the iteration of the last run in the stepper: its forward and backward pass, then the update ŵ = w − α . δw^avg with its numbers.',
    );
  });
});
