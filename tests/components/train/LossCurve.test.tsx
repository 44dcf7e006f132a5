// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LossCurve } from '../../../src/components/train/LossCurve';
import { appStore } from '../../../src/store';
import { startRun } from '../../../src/training';
import { example } from './models';

const state = () => appStore.getState();

/** Puts in the store the curve of `epochs` epochs of the Example per sample (run apart, as the store would). */
function trainedCurve(epochs: number) {
  const run = startRun(example, { kind: 'epochs', mode: 'sample', epochs });
  while (run.advance(1000));
  const result = run.finish();
  act(() => appStore.setState({ model: result.after, curve: result.curve, lastRun: result }));
  return result.curve;
}

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('LossCurve', () => {
  it('invites to train while there is no curve', () => {
    render(<LossCurve />);
    expect(screen.getByTestId('loss-curve-empty')).toHaveTextContent('Train to draw the loss curve');
  });

  it('draws loss^avg and each sample’s loss with axes, decimated for 10,000 epochs', () => {
    trainedCurve(10_000);
    render(<LossCurve />);
    const plot = screen.getByTestId('loss-curve-plot');
    expect(plot).toHaveAttribute('data-points', '10001');
    // jsdom has no layout: the plot is drawn 480 pixels wide, at most 4 points per pixel and series.
    expect(Number(plot.getAttribute('data-drawn'))).toBeLessThanOrEqual(4 * 4 * 480);
    expect(screen.getByTestId('curve-avg').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(screen.getAllByTestId('curve-sample')).toHaveLength(3);
    expect(plot).toHaveTextContent('epoch');
    expect(plot).toHaveTextContent('10,000');
    expect(plot).toHaveAccessibleName(/^Loss curve over 10,000 epochs: loss average from 0\.1667 to /);
  });

  it('shows an epoch’s values with the arrow keys (End, then Left), and hides them when the focus leaves', () => {
    const curve = trainedCurve(100);
    render(<LossCurve />);
    const plot = screen.getByTestId('loss-curve-plot');
    fireEvent.keyDown(plot, { key: 'End' });
    expect(screen.getByTestId('curve-tooltip')).toHaveTextContent('epoch 100');
    fireEvent.keyDown(plot, { key: 'Home' });
    const tooltip = screen.getByTestId('curve-tooltip');
    expect(tooltip).toHaveTextContent('epoch 0');
    expect(tooltip).toHaveTextContent('sample 3: 0.5');
    expect(tooltip).toHaveTextContent(`= ${(curve.lossAvg[0] ?? 0).toPrecision(4)}`);
    expect(screen.getByTestId('curve-spoken')).toHaveTextContent(
      /^epoch 0: loss average 0\.1667; sample 1 0, sample 2 0, sample 3 0\.5$/,
    );
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(screen.getByTestId('curve-tooltip')).toHaveTextContent('epoch 2');
    expect(screen.getByTestId('curve-cursor')).toBeInTheDocument();
    fireEvent.blur(plot);
    expect(screen.queryByTestId('curve-tooltip')).toBeNull();
  });

  it('starts linear, turns to a log scale once loss^avg has fallen 100-fold, and then follows the checkbox', () => {
    trainedCurve(1);
    const { unmount } = render(<LossCurve />);
    expect(screen.getByTestId('curve-log')).not.toBeChecked();
    expect(screen.getByTestId('loss-curve-plot')).not.toHaveTextContent('loss (log)');
    unmount();
    trainedCurve(100);
    render(<LossCurve />);
    expect(screen.getByTestId('curve-log')).toBeChecked();
    expect(screen.getByTestId('loss-curve-plot')).toHaveTextContent('loss (log)');
    fireEvent.click(screen.getByTestId('curve-log'));
    expect(screen.getByTestId('loss-curve-plot')).not.toHaveTextContent('loss (log)');
  });

  it('says when the curve ends on an earlier model', () => {
    trainedCurve(10);
    act(() => state().edit({ kind: 'setLearningRate', value: '1e-8' }));
    render(<LossCurve />);
    expect(screen.getByTestId('loss-curve')).toHaveTextContent('the next run starts a new curve');
  });
});
