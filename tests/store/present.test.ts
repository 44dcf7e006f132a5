import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, defaultLabelScale, labelScales } from '../../src/store';

let store = createAppStore();
const state = () => store.getState();

beforeEach(() => {
  store = createAppStore();
});

describe('presentation slice', () => {
  it('starts out of presentation mode, without spotlight or blackout', () => {
    expect(state()).toMatchObject({ presenting: false, spotlight: false, blackout: false });
    expect(state().labelScale).toBe(defaultLabelScale);
  });

  it('setPresenting(true) enters presentation mode; togglePresenting() leaves it', () => {
    state().setPresenting(true);
    expect(state().presenting).toBe(true);
    state().togglePresenting();
    expect(state().presenting).toBe(false);
  });

  it('leaving presentation mode ends a blackout but keeps the label size and the spotlight for next time', () => {
    state().setPresenting(true);
    state().scaleLabels(1);
    state().toggleSpotlight();
    state().setBlackout(true);
    state().setPresenting(false);
    expect(state()).toMatchObject({ presenting: false, blackout: false, spotlight: true });
    expect(state().labelScale).toBe(1.4);
  });

  it('blacks the screen out only while presenting', () => {
    state().setBlackout(true);
    expect(state().blackout).toBe(false);
    state().setPresenting(true);
    state().setBlackout(true);
    expect(state().blackout).toBe(true);
    state().setBlackout(false);
    expect(state().blackout).toBe(false);
  });

  it('scaleLabels(±1) moves one size along the scale and stops at its ends', () => {
    const sizes: number[] = [];
    for (let n = 0; n < labelScales.length + 2; n++) {
      state().scaleLabels(1);
      sizes.push(state().labelScale);
    }
    expect(sizes.slice(0, 4)).toEqual([1.4, 1.6, 1.8, 2]);
    expect(sizes.at(-1)).toBe(labelScales.at(-1));
    for (let n = 0; n < labelScales.length + 2; n++) state().scaleLabels(-1);
    expect(state().labelScale).toBe(labelScales[0]);
  });

  it('does not change the step, the model or the selection', () => {
    state().seek(7);
    const { model, stepIndex, selection } = state();
    state().setPresenting(true);
    state().scaleLabels(1);
    state().toggleSpotlight();
    expect(state()).toMatchObject({ model, stepIndex, selection });
  });
});
