// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Diagram } from '../../../src/components/diagram/Diagram';
import { appStore } from '../../../src/store';
import type { Step } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

const state = () => appStore.getState();

/** Goes to the step with this id (fails the test when there is none). */
function seek(id: string): void {
  const index = state().timeline.steps.findIndex((step: Step) => step.id === id);
  if (index < 0) throw new Error(`no step ${id}`);
  act(() => state().seek(index));
}

/** The neuron box N:k:j. */
const neuron = (id: string): HTMLElement => {
  const found = screen.getAllByTestId('neuron').find((element) => element.dataset.id === id);
  if (!found) throw new Error(`no neuron ${id}`);
  return found;
};

/** The text of a box: "o, δ". */
const valueOf = (id: string): string => neuron(id).querySelector('.neuron-value')?.textContent ?? '';

const impactPaths = () => screen.queryAllByTestId('impact-path');

/** The labels of the impact paths, in the paths' order (drawn over every red line, in a group of their own). */
const pathLabels = () => [...document.querySelectorAll('.impact-labels > .impact-label')];

/** The edges the step draws over their layer, as "id role" (see EmphasisSheet). */
const emphasised = (): string[] =>
  screen
    .queryAllByTestId('edge-emphasis')
    .map((edge) => `${edge.dataset.id} ${[...edge.classList].find((name) => name.startsWith('is-'))}`);

/** The sheet of the edges of L^k (see EdgeSheet). */
const edgeSheet = (k: number): Element | null =>
  document.querySelector(`.edges[data-k="${k}"]`)?.closest('svg') ?? null;

beforeEach(() => {
  // The initial state's actions are bound to appStore itself (a fresh store's would write to that other store).
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('Diagram', () => {
  it('draws every column, neuron, edge and the Loss box of the Example', () => {
    render(<Diagram />);
    expect(screen.getAllByTestId('neuron')).toHaveLength(3 + 3 + 1 + 1);
    expect(screen.getAllByTestId('edge').map((edge) => edge.dataset.id)).toEqual([
      'E:1:0:0',
      'E:1:1:1',
      'E:1:2:2',
      'E:2:0:0',
      'E:2:0:1',
      'E:2:0:2',
      'E:3:0:0',
    ]);
    expect(screen.getByTestId('loss')).toHaveAttribute('data-id', 'LOSS');
    const titles = screen.getAllByTestId('column-title').map((title) => title.textContent);
    expect(titles[0]).toContain('Developer');
    expect(titles[1]).toContain('L1 neurons');
    expect(titles[2]).toContain('L2 neuron');
  });

  it('shows "—" for the values not stored yet, and the data from the start', () => {
    render(<Diagram />);
    expect(state().stepIndex).toBe(0);
    expect(valueOf('N:0:1')).toBe('2000, —');
    expect(valueOf('N:1:0')).toBe('100, —');
    expect(valueOf('N:1:1')).toBe('—, —');
    expect(valueOf('N:3:0')).toBe('—, —');
    expect(neuron('N:1:0')).toHaveAttribute('data-state', 'active');
    expect(neuron('N:2:0')).toHaveAttribute('data-state', 'pending');
    expect(neuron('N:0:0')).toHaveAttribute('data-state', 'done');
    expect(screen.getByTestId('loss')).toHaveAttribute('data-state', 'pending');
  });

  it('shows "—" for the data and y^truth without a sample (an empty dataset)', () => {
    act(() => state().loadModel({ ...state().model, dataset: [] }));
    render(<Diagram />);
    expect(valueOf('N:0:0')).toBe('—, —');
    expect(neuron('N:0:0')).toHaveAttribute('data-state', 'pending');
    const loss = screen.getByTestId('loss');
    expect(loss.querySelector('.loss-line')?.textContent).toMatch(/= —$/);
    expect(loss).toHaveAttribute('aria-label', 'Loss: y^{truth} = no sample, loss = not computed yet');
  });

  it('highlights the edges into the neuron a forward step computes', () => {
    render(<Diagram />);
    seek('e0:o:2:0');
    expect(emphasised()).toEqual([
      'E:2:0:0 is-highlighted',
      'E:2:0:1 is-highlighted',
      'E:2:0:2 is-highlighted',
    ]);
    // Every edge of L^2 goes into o^2_1: nothing of the drawing steps back.
    [1, 2, 3].forEach((k) => expect(edgeSheet(k)).toHaveClass('is-normal'));
    expect(neuron('N:2:0')).toHaveAttribute('data-state', 'active');
    expect(valueOf('N:2:0')).toBe('0, —');
  });

  it('dims the rest of a wider layer as a whole under the edges a forward step uses', () => {
    act(() => state().loadModel(bigModel(4, 2)));
    render(<Diagram />);
    seek('e0:o:2:1');
    expect(emphasised()).toEqual([
      'E:2:1:0 is-highlighted',
      'E:2:1:1 is-highlighted',
      'E:2:1:2 is-highlighted',
      'E:2:1:3 is-highlighted',
    ]);
    expect(edgeSheet(2)).toHaveClass('is-dimmed');
    expect(edgeSheet(1)).toHaveClass('is-normal');
    expect(edgeSheet(3)).toHaveClass('is-normal');
    // The labels of the weights in use are drawn with them, above every edge.
    expect(document.querySelectorAll('.active-edge-labels .edge-label')).toHaveLength(4);
  });

  it('draws an update’s weight labels over its emphasised layer, where the layer shows them all', () => {
    render(<Diagram />);
    seek('update:2');
    const labels = [...document.querySelectorAll('.active-edge-labels .edge-label')];
    expect(labels.map((label) => label.textContent)).toEqual(['w2,11', 'w2,12', 'w2,13']);
    // 8 × 16 shows a wide layer's labels only for the neuron in use: an update of one draws none over it.
    cleanup();
    act(() => state().loadModel(bigModel()));
    render(<Diagram />);
    seek('update:4');
    expect(emphasised().length).toBe(256);
    expect(document.querySelectorAll('.active-edge-labels .edge-label')).toHaveLength(0);
  });

  it('draws the first learning flow from the Loss at the loss step', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    seek('e0:loss');
    expect(screen.getAllByTestId('loss-path')).toHaveLength(1);
    expect(screen.getByTestId('loss')).toHaveAttribute('data-state', 'active');
    expect(screen.getByTestId('loss')).toHaveTextContent('loss = 0.5');
    expect(screen.getByTestId('loss')).toHaveTextContent('ytruth = 1');
    expect(valueOf('N:3:0')).toBe('0, −1');
  });

  it('asks "?" at the goal of δ^3, then draws exactly one red impact path', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    seek('e0:d:3:0:goal');
    expect(impactPaths()).toHaveLength(0);
    expect(screen.getByTestId('question-arrow')).toHaveTextContent('?');
    expect(neuron('N:2:0')).toHaveAttribute('data-state', 'active');
    seek('e0:d:3:0:paths');
    expect(impactPaths()).toHaveLength(1);
    const [path] = impactPaths();
    expect(path).toHaveAttribute('data-term', '0');
    expect(path).toHaveAttribute('data-id', 'P:e0:d:3:0:0');
    expect(path).toHaveAttribute('aria-label', 'impact path from o^3_1: δ^4_1 . ReLU′(o^2_1)');
    expect(screen.queryByTestId('question-arrow')).toBeNull();
  });

  it('shows δ^3 in its box only from the sum stage, and stepping back hides it again', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    seek('e0:d:3:0:terms');
    expect(valueOf('N:2:0')).toBe('0, —');
    act(() => state().stepForward());
    expect(state().timeline.steps[state().stepIndex]?.id).toBe('e0:d:3:0:sum');
    expect(valueOf('N:2:0')).toBe('0, −1');
    act(() => state().stepBack());
    expect(valueOf('N:2:0')).toBe('0, —');
    expect(impactPaths()).toHaveLength(1);
  });

  it('draws one path per output for δ^2 of a Linear layer, labelled with the weights', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    seek('e0:d:2:1:terms');
    expect(impactPaths()).toHaveLength(1);
    expect(pathLabels()[0]).toHaveTextContent('w2,12');
    expect(pathLabels()[0]).toHaveTextContent('0.0002586');
    expect(neuron('N:1:1')).toHaveClass('is-active');
    expect(neuron('N:2:0')).toHaveClass('is-involved');
    expect(neuron('N:0:0')).toHaveClass('is-dimmed');
  });

  it('runs the single path of δw^{k,j}_i over its edge', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    seek('e0:dw:2:0:1:sum');
    expect(impactPaths()).toHaveLength(1);
    expect(pathLabels()[0]).toHaveTextContent('δw2,12');
    expect(pathLabels()[0]).toHaveTextContent('−2000');
    expect(emphasised()).toEqual(['E:2:0:1 is-active']);
    [1, 2, 3].forEach((k) => expect(edgeSheet(k)).toHaveClass('is-dimmed'));
  });

  it('links a path to its chain-rule term: hovering or focusing it sets focusedTerm', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    seek('e0:d:3:0:paths');
    const [path] = impactPaths();
    if (!path) throw new Error('no path');
    fireEvent.pointerEnter(path);
    expect(state().focusedTerm).toBe(0);
    fireEvent.pointerLeave(path);
    expect(state().focusedTerm).toBeNull();
    act(() => path.focus());
    expect(state().focusedTerm).toBe(0);
    expect(path).toHaveClass('is-focused');
    act(() => path.blur());
    expect(state().focusedTerm).toBeNull();
  });

  it('highlights the focused term’s path and fades the others', () => {
    act(() => state().loadModel(bigModel(4, 2)));
    render(<Diagram />);
    seek('e0:d:2:1:paths');
    expect(impactPaths()).toHaveLength(4);
    act(() => state().focusTerm(2));
    const classes = impactPaths().map((path) => [path.dataset.term, path.classList.contains('is-focused')]);
    expect(classes).toEqual([
      ['0', false],
      ['1', false],
      ['2', true],
      ['3', false],
    ]);
    expect(impactPaths()[0]).toHaveClass('is-faded');
    expect(pathLabels().map((label) => label.classList.contains('is-focused'))).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(pathLabels()[0]).toHaveClass('is-faded');
  });

  it('draws every label of the paths over every red line, so that no later line crosses an earlier label', () => {
    act(() => state().loadModel(bigModel(4, 2)));
    render(<Diagram />);
    seek('e0:d:2:1:terms');
    const lines = impactPaths();
    const labels = pathLabels();
    expect(labels).toHaveLength(lines.length);
    for (const label of labels)
      for (const line of lines)
        expect(line.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('draws δb^k_j’s path to the bias pill', () => {
    act(() => state().loadModel(bigModel(4, 2)));
    render(<Diagram />);
    seek('e0:db:2:3:terms');
    expect(impactPaths()).toHaveLength(1);
    expect(pathLabels()[0]).toHaveTextContent('δb24');
    const bias = screen.getAllByTestId('bias').find((element) => element.dataset.id === 'B:2:3');
    expect(bias).toHaveClass('is-active');
  });

  it('highlights every edge of the layer an update step changes', () => {
    render(<Diagram />);
    seek('update:2');
    expect(emphasised()).toEqual([
      'E:2:0:0 is-highlighted',
      'E:2:0:1 is-highlighted',
      'E:2:0:2 is-highlighted',
    ]);
    expect(edgeSheet(2)).toHaveClass('is-normal');
  });

  it('traces the edges a δ’s impact paths follow over the dimmed drawing', () => {
    act(() => state().loadModel(bigModel(4, 2)));
    render(<Diagram />);
    seek('e0:d:2:1:paths');
    expect(emphasised()).toEqual([
      'E:2:0:1 is-traced',
      'E:2:1:1 is-traced',
      'E:2:2:1 is-traced',
      'E:2:3:1 is-traced',
    ]);
    expect(edgeSheet(2)).toHaveClass('is-dimmed');
    expect(document.querySelector('.neuron-sheet:has([data-id="N:0:0"])')).toHaveClass('is-dimmed');
    expect(document.querySelector('.neuron-sheet:has([data-id="N:1:1"])')).not.toHaveClass('is-dimmed');
  });

  it('shows a weight, its δw and its update (before → after) when the pointer is on its edge', () => {
    act(() => state().selectSample(2));
    render(<Diagram />);
    const edge = () => screen.getAllByTestId('edge').find((element) => element.dataset.id === 'E:2:0:1');
    seek('e0:o:2:0');
    fireEvent.pointerEnter(edge() as Element);
    expect(screen.getByTestId('edge-tooltip')).toHaveTextContent('w2,12 = −0.0002586');
    expect(screen.getByTestId('edge-tooltip')).not.toHaveTextContent('δw');
    seek('update:2');
    expect(screen.getByTestId('edge-tooltip')).toHaveTextContent('δw2,12 = −2000');
    expect(screen.getByTestId('edge-tooltip')).toHaveTextContent('update: −0.0002586 → ŵ2,12 = −5.862×10⁻⁵');
    fireEvent.pointerLeave(edge() as Element);
    expect(screen.queryByTestId('edge-tooltip')).toBeNull();
  });

  it('shows, in a batch, the element’s δw with its element and, at the update, the δw^avg that it uses', () => {
    act(() => state().selectSample('batch'));
    render(<Diagram />);
    const edge = screen.getAllByTestId('edge').find((element) => element.dataset.id === 'E:2:0:1');
    seek('update:2');
    fireEvent.pointerEnter(edge as Element);
    // Spec 3.8: element 3 (x = (0, 2000, 3000), y = 1) gives δw^{2,1,3}_2 = 1/3 . (0 − 1) . 2000; the others 0.
    expect(screen.getByTestId('edge-tooltip')).toHaveTextContent('δw2,1,32 = −666.7');
    expect(screen.getByTestId('edge-tooltip')).toHaveTextContent('δw2,1,avg2 = −666.7');
    // ŵ = −0.000258621 − 10⁻⁷ * (−666.667) = −0.000191954.
    expect(screen.getByTestId('edge-tooltip')).toHaveTextContent('update: −0.0002586 → ŵ2,12 = −0.000192');
  });

  it('writes the batch element after the layer in every per-element symbol, and in none for a single sample', () => {
    render(<Diagram />);
    const variable = () => neuron('N:2:0').querySelector('.neuron-variable')?.textContent;
    const symbols = () => [...document.querySelectorAll('.column-symbols')].map((line) => line.textContent);
    const lossLines = () =>
      [...document.querySelectorAll('.loss-title, .loss-line')].map((line) => line.textContent);
    expect(variable()).toBe('X31');
    expect(symbols()).toEqual(['data, δ1', 'o1, δ2', 'o2, δ3', 'o3, δ4']);
    expect(lossLines()).toEqual(['Loss(X4, Ytruth)', 'ytruth = 0', 'loss = —']);
    expect(screen.getByTestId('loss')).toHaveAccessibleName('Loss: y^{truth} = 0, loss = not computed yet');
    act(() => state().selectSample('batch'));
    seek('e1:d:3:0:goal');
    // The second element of the batch: X^{3,2}_1, o^{2,2}, δ^{3,2}, Loss(X^{4,2}, Y^{truth,2}), loss^2; layers stay.
    expect(variable()).toBe('X3,21');
    expect(neuron('N:2:0')).toHaveAccessibleName(/^o\^\{2,2\}_1 = .*, δ\^\{3,2\}_1 = /);
    expect(symbols()).toEqual(['data, δ1,2', 'o1,2, δ2,2', 'o2,2, δ3,2', 'o3,2, δ4,2']);
    expect(lossLines()[0]).toBe('Loss(X4,2, Ytruth,2)');
    expect(lossLines()[1]).toMatch(/^ytruth,2 = /);
    expect(lossLines()[2]).toMatch(/^loss2 = /);
    expect(screen.getByTestId('loss')).toHaveAccessibleName(/^Loss: y\^\{truth,2\} = 1, loss\^2 = /);
    expect([...document.querySelectorAll('.column-title')].map((title) => title.textContent)).toEqual([
      'Developer',
      'L1 neurons',
      'L2 neuron',
      'L3 neuron',
    ]);
  });

  it('gives a neuron a tooltip with its symbols in Unicode scripts, and a weight none besides its own tooltip', () => {
    render(<Diagram />);
    seek('e0:o:1:1');
    expect(neuron('N:1:1').querySelector('title')?.textContent).toBe('o¹₂ = 2000, δ²₂ = not computed yet');
    expect(document.querySelector('[data-testid="edge"] title')).toBeNull();
  });

  it('shows the loss^avg of the batch in the Loss box at the update of a batch, not one element’s loss', () => {
    render(<Diagram />);
    act(() => state().selectSample('batch'));
    seek('update:2');
    const lossLines = () =>
      [...document.querySelectorAll('.loss-title, .loss-line')].map((line) => line.textContent);
    // Spec 3.8: the losses of the three elements are 0, 0 and ½ (o³ = 0 against y = 1): loss^avg = 1/6.
    expect(lossLines()).toEqual(['Loss(X4, Ytruth)', 'a batch of 3', 'lossavg = 0.1667']);
    expect(screen.getByTestId('loss')).toHaveAccessibleName(/^Loss: a batch of 3, loss\^\{avg\} = 0\.1666/);
    // The boxes stay on the last element, as at the step before the update (they went back to element 1).
    const variable = neuron('N:2:0').querySelector('.neuron-variable')?.textContent;
    expect(variable).toBe('X3,31');
    act(() => state().stepBack());
    expect(neuron('N:2:0').querySelector('.neuron-variable')?.textContent).toBe(variable);
    seek('e2:loss');
    expect(lossLines()[2]).toBe('loss3 = 0.5');
  });

  it('draws a network of 8 layers of 16 neurons, labelling only the edges in use', () => {
    act(() => state().loadModel(bigModel()));
    render(<Diagram />);
    expect(screen.getAllByTestId('neuron')).toHaveLength(9 * 16);
    expect(screen.getAllByTestId('edge')).toHaveLength(16 + 4 * 256 + 3 * 16);
    seek('e0:o:2:5');
    const labels = document.querySelectorAll('.active-edge-labels .edge-label');
    expect(labels).toHaveLength(16);
  });

  it('draws every neuron of a model opened while it is shown, and of the one opened again after it', () => {
    const example = state().model;
    render(<Diagram />);
    act(() => state().loadModel(bigModel()));
    expect(screen.getAllByTestId('neuron')).toHaveLength(9 * 16);
    seek('e0:o:1:15');
    expect(valueOf('N:1:15')).not.toContain('—,');
    act(() => state().loadModel(example));
    expect(screen.getAllByTestId('neuron')).toHaveLength(3 + 3 + 1 + 1);
    seek('e0:o:1:2');
    expect(valueOf('N:1:2')).toBe('100, —');
  });

  it('zooms with its buttons and resets the view', async () => {
    render(<Diagram />);
    const reset = screen.getByRole('button', { name: 'Reset view' });
    const follow = screen.getByRole('button', { name: 'Follow step' });
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    expect(reset).toBeDisabled();
    expect(follow).toHaveAttribute('aria-pressed', 'true');
    // d3-zoom comes in its own chunk after the first frame: the buttons wait for it.
    await waitFor(() => expect(zoomIn).toBeEnabled());
    fireEvent.click(zoomIn);
    const group = document.querySelector<SVGGElement>('.diagram-viewport');
    expect(group?.style.transform).toContain('scale(1.4)');
    expect(reset).toBeEnabled();
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(reset);
    expect(group?.style.transform).toBe('translate(0px, 0px) scale(1)');
  });

  it('zooms out no further than the whole network, in no further than 4 times, and says so with its buttons', async () => {
    render(<Diagram />);
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    await waitFor(() => expect(zoomIn).toBeEnabled());
    // The whole network is as far out as the view goes: "−" has nothing to do there.
    expect(zoomOut).toBeDisabled();
    fireEvent.click(zoomIn);
    expect(zoomOut).toBeEnabled();
    for (let click = 0; click < 5; click++) fireEvent.click(zoomOut);
    const group = document.querySelector<SVGGElement>('.diagram-viewport');
    expect(group?.style.transform).toBe('translate(0px, 0px) scale(1)');
    expect(zoomOut).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reset view' })).toBeDisabled();
    // 1.4⁵ > 4: the fifth click reaches the closest view, and "+" then has nothing to do.
    for (let click = 0; click < 5; click++) fireEvent.click(zoomIn);
    expect(group?.style.transform).toContain('scale(4)');
    expect(zoomIn).toBeDisabled();
  });
});
