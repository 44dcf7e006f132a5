import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine';

describe('activations', () => {
  it('ReLU passes 0 forward and lets the learning flow through at 0 (the series’ "≥ 0")', () => {
    expect(activations.relu.forward(0)).toBe(0);
    expect(activations.relu.derivative(0, 0)).toBe(1);
    expect(activations.relu.forward(-3)).toBe(0);
    expect(activations.relu.derivative(-1e-300, 0)).toBe(0);
    expect(activations.relu.forward(2.5)).toBe(2.5);
  });

  it('ReLU never shows −0', () => {
    expect(Object.is(activations.relu.forward(-0), 0)).toBe(true);
  });

  it('leaky ReLU multiplies by 0.01 below 0 and passes at 0', () => {
    expect(activations.leakyRelu.forward(-2)).toBeCloseTo(-0.02, 15);
    expect(activations.leakyRelu.derivative(-2, -0.02)).toBe(0.01);
    expect(activations.leakyRelu.derivative(0, 0)).toBe(1);
  });

  it('logistic is stable for large |x| and its derivative is f(1 − f)', () => {
    expect(activations.logistic.forward(-1000)).toBe(0);
    expect(activations.logistic.forward(1000)).toBe(1);
    expect(activations.logistic.forward(-745)).toBeGreaterThan(0);
    expect(activations.logistic.forward(0)).toBe(0.5);
    expect(activations.logistic.derivative(0, 0.5)).toBe(0.25);
    for (const x of [-800, -50, 50, 800]) expect(Number.isFinite(activations.logistic.forward(x))).toBe(true);
  });

  it('Heaviside is 1 from 0 on and blocks the learning flow everywhere', () => {
    expect(activations.heaviside.forward(0)).toBe(1);
    expect(activations.heaviside.forward(-0.1)).toBe(0);
    expect(activations.heaviside.derivative(0, 1)).toBe(0);
  });

  it('marks the derivatives the series does not derive as the app’s own choice', () => {
    expect(activations.relu.derivativeFromSeries).toBe(true);
    expect(activations.leakyRelu.derivativeFromSeries).toBe(true);
    expect(activations.logistic.derivativeFromSeries).toBe(false);
    expect(activations.heaviside.derivativeFromSeries).toBe(false);
  });

  it('tanh and identity have their standard derivatives', () => {
    expect(activations.tanh.derivative(0.5, Math.tanh(0.5))).toBeCloseTo(1 - Math.tanh(0.5) ** 2, 15);
    expect(activations.identity.forward(-4)).toBe(-4);
    expect(activations.identity.derivative(-4, -4)).toBe(1);
  });
});
