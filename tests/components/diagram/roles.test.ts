import { describe, expect, it } from 'vitest';
import { arrowsOf } from '../../../src/components/diagram/arrows';
import { pathLabelBox } from '../../../src/components/diagram/pathLabels';
import {
  fitScale,
  stickyShift,
  readableScale,
  visibleRegion,
  wholeView,
  type ViewTransform,
} from '../../../src/components/diagram/camera';
import { focusOf, followView } from '../../../src/components/diagram/follow';
import { edgeRole, explains, lossRole, neuronRole } from '../../../src/components/diagram/roles';
import { trainIteration } from '../../../src/engine';
import { layoutModel, sizes } from '../../../src/layout';
import { examplePreset, presets } from '../../../src/presets';
import { buildTimeline, type Step } from '../../../src/timeline';
import { bigModel } from '../../layout/models';

/** The Example on sample 3 (x = (0, 2000, 3000), y = 1), where δ^3 = −1. */
const iteration = trainIteration(examplePreset.model, [2]);
const timeline = buildTimeline(iteration, 'detailed');
const pass = iteration.passes[0];
const layout = layoutModel(examplePreset.model);

/** The step with this id. */
function step(id: string, steps: readonly Step[] = timeline.steps): Step {
  const found = steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe('roles', () => {
  it('makes the neuron a forward step computes active, and leaves the rest alone', () => {
    const forward = step('e0:o:2:0');
    expect(neuronRole(forward, pass, 2, 0)).toBe('active');
    expect(neuronRole(forward, pass, 1, 0)).toBe('normal');
    expect(edgeRole(forward, pass, 2, 0, 1)).toBe('highlighted');
    expect(explains(forward)).toBe(false);
  });

  it('dims everything a δ does not involve while it is explained', () => {
    const paths = step('e0:d:2:1:paths');
    expect(explains(paths)).toBe(true);
    expect(neuronRole(paths, pass, 1, 1)).toBe('active');
    expect(neuronRole(paths, pass, 2, 0)).toBe('involved');
    expect(neuronRole(paths, pass, 1, 0)).toBe('dimmed');
    expect(edgeRole(paths, pass, 2, 0, 1)).toBe('traced');
    expect(edgeRole(paths, pass, 2, 0, 0)).toBe('dimmed');
    expect(lossRole(paths)).toBe('dimmed');
  });

  it('involves no output at the goal, before the paths are found', () => {
    const goal = step('e0:d:2:1:goal');
    expect(neuronRole(goal, pass, 2, 0)).toBe('dimmed');
    expect(edgeRole(goal, pass, 2, 0, 1)).toBe('dimmed');
  });

  it('makes the weight of a δw step the active edge', () => {
    const dw = step('e0:dw:2:0:2:terms');
    expect(edgeRole(dw, pass, 2, 0, 2)).toBe('active');
    expect(neuronRole(dw, pass, 1, 2)).toBe('involved');
    expect(neuronRole(dw, pass, 2, 0)).toBe('involved');
  });
});

describe('arrowsOf', () => {
  it('asks "?" at the goal and draws one impact path per chain-rule term afterwards', () => {
    expect(arrowsOf(step('e0:d:3:0:goal'), pass, layout).map((arrow) => arrow.kind)).toEqual(['question']);
    const paths = arrowsOf(step('e0:d:3:0:paths'), pass, layout);
    expect(paths.map((arrow) => [arrow.id, arrow.kind, arrow.term])).toEqual([['P:e0:d:3:0:0', 'impact', 0]]);
    expect(paths[0]?.product).toBeNull();
  });

  it('shows the terms’ values from the terms stage: δ^4 . ReLU′(o^2) = −1', () => {
    const [path] = arrowsOf(step('e0:d:3:0:terms'), pass, layout);
    expect(path?.product).toBe(-1);
    expect(path?.symbol).toBeNull();
  });

  it('labels a Linear path with its weight', () => {
    const [path] = arrowsOf(step('e0:d:2:1:paths'), pass, layout);
    expect(path?.symbol).toBe('w^{2,1}_{2}');
    expect(path?.description).toBe('impact path from o^2_1: δ^3_1 . w^{2,1}_2');
  });

  it('draws the Loss’s first learning flow to every output at the loss step', () => {
    const linear = presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model;
    const linearIteration = trainIteration(linear, [0]);
    const lossStep = step('e0:loss', buildTimeline(linearIteration, 'detailed').steps);
    const arrows = arrowsOf(lossStep, linearIteration.passes[0], layoutModel(linear));
    expect(arrows.map((arrow) => [arrow.kind, arrow.symbol])).toEqual([
      ['loss', 'δ^{3}_{1}'],
      ['loss', 'δ^{3}_{2}'],
    ]);
  });

  it('draws nothing red on forward and update steps', () => {
    expect(arrowsOf(step('e0:o:1:0'), pass, layout)).toEqual([]);
    expect(arrowsOf(step('update:2'), pass, layout)).toEqual([]);
  });

  it('labels a batch element’s arrows with the element after the layer, as the card does; weights are shared', () => {
    const batch = trainIteration(examplePreset.model, [0, 1, 2]);
    const steps = buildTimeline(batch, 'detailed').steps;
    const second = batch.passes[1];
    const symbols = (id: string) => arrowsOf(step(id, steps), second, layout, 2).map((arrow) => arrow.symbol);
    expect(symbols('e1:d:3:0:goal')).toEqual(['δ^{3,2}_{1} ?']);
    expect(symbols('e1:loss')).toEqual(['δ^{4,2}_{1}']);
    expect(symbols('e1:d:2:1:paths')).toEqual(['w^{2,1}_{2}']);
    expect(symbols('e1:dw:2:0:1:terms')).toEqual(['δw^{2,1,2}_{2}']);
    const goal = arrowsOf(step('e1:d:2:0:goal', steps), second, layout, 2)[0];
    expect(goal?.description).toBe('δ^{2,2}_1 = ∂Loss/∂X^{2,2}_1: which paths lead to the Loss?');
    // A single sample has no element index.
    expect(arrowsOf(step('e0:d:3:0:goal'), pass, layout).map((arrow) => arrow.symbol)).toEqual([
      'δ^{3}_{1} ?',
    ]);
  });
});

describe('the camera', () => {
  const big = layoutModel(bigModel());
  const bigTimeline = buildTimeline(trainIteration(bigModel(), [0]), 'compact');
  const viewport = { width: 840, height: 620 };

  it('keeps the whole Example in view: it is readable whole', () => {
    expect(fitScale(layout.bounds, viewport)).toBeGreaterThan(readableScale);
    expect(followView(layout.bounds, viewport, focusOf(step('e0:d:2:1:paths'), layout))).toEqual(wholeView);
  });

  it('zooms the Example in a short frame (a small embed) to a readable size, the subject and a row around it in view', () => {
    const short = { width: 400, height: 180 };
    expect(fitScale(layout.bounds, short)).toBeLessThan(readableScale);
    const focus = focusOf(step('e0:d:2:0:paths'), layout);
    if (!focus) throw new Error('no focus');
    const view = followView(layout.bounds, short, focus);
    expect(fitScale(layout.bounds, short) * view.k).toBeGreaterThanOrEqual(readableScale);
    const region = visibleRegion(layout.bounds, short, view);
    expect(focus.y - sizes.pitch).toBeGreaterThanOrEqual(region.top - 1e-6);
    expect(focus.y + sizes.pitch).toBeLessThanOrEqual(region.top + region.height + 1e-6);
    expect(focus.x - focus.width / 2).toBeGreaterThanOrEqual(region.left - 1e-6);
    expect(focus.x + focus.width / 2).toBeLessThanOrEqual(region.left + region.width + 1e-6);
  });

  it('frames, at the Loss step, the Loss with its arrows’ labels on its right and the last output', () => {
    for (const model of [examplePreset.model, bigModel()]) {
      const drawing = layoutModel(model);
      const walk = trainIteration(model, [0]);
      const loss = step('e0:loss', buildTimeline(walk, 'detailed').steps);
      const focus = focusOf(loss, drawing);
      if (!focus) throw new Error('no focus');
      const labels = arrowsOf(loss, walk.passes[0], drawing).map((arrow) => pathLabelBox(arrow));
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels)
        expect(label.x + label.width / 2).toBeLessThanOrEqual(focus.x + focus.width / 2);
      // The last output in view, with a row above it.
      const last = drawing.neurons.at(-1);
      if (!last) throw new Error('no neuron');
      expect(focus.y - focus.height / 2).toBeLessThanOrEqual(last.y - sizes.pitch);
    }
  });

  it('shows at the Loss step, in a short frame, every output and the Loss box under the stuck titles, or the Loss box and the outputs above it that fit', () => {
    // An embed 800px wide whose drawing is 215px high, as at 800 × 600 with the card under it.
    const short = { width: 800, height: 215 };
    const activation = presets.find((preset) => preset.id === 'activation')?.model;
    if (!activation) throw new Error('no Activation preset');
    for (const [model, all] of [
      [activation, true],
      [bigModel(), false],
    ] as const) {
      const drawing = layoutModel(model);
      const loss = step('e0:loss', buildTimeline(trainIteration(model, [0]), 'detailed').steps);
      const view = followView(drawing.bounds, short, focusOf(loss, drawing), null, drawing.titles);
      // Readable (8 × 16 is as large as d3-zoom's 4× lets it be).
      if (all) expect(fitScale(drawing.bounds, short) * view.k).toBeGreaterThanOrEqual(readableScale);
      else expect(view.k).toBe(4);
      const region = visibleRegion(drawing.bounds, short, view);
      const shift = stickyShift(drawing.bounds, short, view, drawing.titles.top);
      // What the titles leave of the view, and its bottom.
      const free = shift > 0 ? region.top + drawing.titles.height : region.top;
      const bottom = region.top + region.height;
      const { loss: box } = drawing;
      expect(box.y + box.height / 2).toBeLessThanOrEqual(bottom);
      const outputs = drawing.neurons.filter((neuron) => neuron.k === drawing.n);
      const shown = outputs.filter(
        (output) => output.y - output.height / 2 >= free && output.y + output.height / 2 <= bottom,
      );
      if (all) expect(shown.map((output) => output.id)).toEqual(outputs.map((output) => output.id));
      else {
        // The outputs shown are the last ones, over the Loss box.
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.at(-1)).toBe(outputs.at(-1));
      }
    }
  });

  it('zooms a network of 8 × 16 onto the current step, inside the drawing', () => {
    const focus = focusOf(step('e0:d:6:9:all', bigTimeline.steps), big);
    expect(focus).not.toBeNull();
    const view = followView(big.bounds, viewport, focus);
    expect(view.k).toBeGreaterThan(1);
    // The focus centre lands inside the visible viewBox region.
    const fit = fitScale(big.bounds, viewport);
    const centreX = (focus?.x ?? NaN) * view.k + view.x;
    const visibleLeft = big.bounds.x + big.bounds.width / 2 - viewport.width / fit / 2;
    expect(centreX).toBeGreaterThan(visibleLeft);
    expect(centreX).toBeLessThan(visibleLeft + viewport.width / fit);
  });

  /** The views of following the steps in order, each from the previous one (or each afresh, with `afresh`). */
  function followSteps(steps: readonly Step[], afresh = false): ViewTransform[] {
    const views: ViewTransform[] = [];
    for (const each of steps) {
      const from = afresh ? null : (views.at(-1) ?? null);
      views.push(followView(big.bounds, viewport, focusOf(each, big), from));
    }
    return views;
  }
  const forwardSteps = bigTimeline.steps.filter((each) => each.kind === 'forward');
  const moves = (views: readonly ViewTransform[]) =>
    views.filter((view, n) => n > 0 && JSON.stringify(view) !== JSON.stringify(views[n - 1])).length;

  it('keeps the computed neuron and a row on each side of it on screen at every forward step', () => {
    const views = followSteps(forwardSteps);
    forwardSteps.forEach((each, n) => {
      const focus = focusOf(each, big);
      const view = views[n];
      if (!focus || !view) throw new Error('no focus');
      const region = visibleRegion(big.bounds, viewport, view);
      expect(focus.y - sizes.pitch).toBeGreaterThanOrEqual(region.top - 1e-6);
      expect(focus.y + sizes.pitch).toBeLessThanOrEqual(region.top + region.height + 1e-6);
    });
  });

  it('moves the view only when the step nears its edge, not at every step down a column', () => {
    const kept = moves(followSteps(forwardSteps));
    const recentred = moves(followSteps(forwardSteps, true));
    expect(recentred).toBeGreaterThan(forwardSteps.length / 2);
    expect(kept).toBeLessThan(recentred / 2);
  });

  it('does not keep a view at another zoom: it frames the step again', () => {
    const twentieth = forwardSteps[20];
    if (!twentieth) throw new Error('a short forward pass');
    const focus = focusOf(twentieth, big);
    const framed = followView(big.bounds, viewport, focus);
    const zoomedOut = { ...framed, k: framed.k / 2 };
    expect(followView(big.bounds, viewport, focus, zoomedOut)).toEqual(framed);
  });

  it('keeps the column titles at the top of a view further down the drawing, and in place otherwise', () => {
    const top = big.titles.top;
    expect(stickyShift(layout.bounds, viewport, wholeView, layout.titles.top)).toBe(0);
    expect(stickyShift(big.bounds, viewport, wholeView, top)).toBe(0);
    expect(stickyShift(big.bounds, null, { k: 3, x: 0, y: -900 }, top)).toBe(0);
    let stuck = 0;
    for (const view of followSteps(forwardSteps)) {
      const shift = stickyShift(big.bounds, viewport, view, top);
      const region = visibleRegion(big.bounds, viewport, view);
      // Moved, the titles' band starts at the top of the view; else it is in view where it is drawn.
      if (shift > 0) {
        stuck++;
        expect(top + shift).toBeCloseTo(region.top, 2);
      } else expect(top).toBeGreaterThanOrEqual(region.top - 1e-3);
    }
    // Down the columns of 16 neurons, most views are below the titles.
    expect(stuck).toBeGreaterThan(forwardSteps.length / 2);
  });

  it.each([
    [1, viewport],
    [2, viewport],
    [1.6, { width: 1000, height: 330 }],
    [2, { width: 1000, height: 330 }],
  ])(
    'frames the boxes a step is about, and the row above, below the stuck titles: labels at %s times, in %o',
    (labelScale, viewport) => {
      const presented = layoutModel(bigModel(), labelScale);
      const band = presented.titles;
      const walk = trainIteration(bigModel(), [0]);
      let from: ViewTransform | null = null;
      let stuck = 0;
      for (const each of buildTimeline(walk, 'compact').steps) {
        const view = followView(presented.bounds, viewport, focusOf(each, presented), from, band);
        from = view;
        const region = visibleRegion(presented.bounds, viewport, view);
        const shift = stickyShift(presented.bounds, viewport, view, band.top);
        if (shift > 0) stuck++;
        // What the band leaves of the view: below it when it sticks at the top.
        const free = shift > 0 ? band.top + shift + band.height : region.top;
        const subjects = presented.neurons.filter(
          (neuron) => neuronRole(each, walk.passes[0], neuron.k, neuron.j) === 'active',
        );
        // Each box in view, and the centre of the row above it when there is one (a row on each side, as above).
        for (const neuron of subjects) {
          const above = neuron.j > 0 ? neuron.y - sizes.pitch : neuron.y - neuron.height / 2;
          expect(above, `${each.id}: ${neuron.id}`).toBeGreaterThanOrEqual(free - 1e-3);
          expect(neuron.y + neuron.height / 2).toBeLessThanOrEqual(region.top + region.height + 1e-3);
        }
      }
      expect(stuck).toBeGreaterThan(10);
    },
  );
});
