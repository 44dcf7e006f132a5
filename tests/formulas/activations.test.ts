import { describe, expect, it } from 'vitest';
import { narrate } from '../../src/formulas';
import { ownChoice } from '../../src/formulas/delta';
import { presets } from '../../src/presets';
import { frame, framesOf } from './helpers';

const deep = presets.find((preset) => preset.id === 'deep')?.model;
if (!deep) throw new Error('the deep preset is missing');
/** x = (0, 1): o^2_2 = −0.9 < 0, so ReLU blocks δ^3_2. */
const detailed = framesOf(deep, 1, 'detailed');

describe('activations other than the Example ReLU', () => {
  it('shows ReLU blocking the learning flow when o^{k-1}_i < 0', () => {
    const { card, iteration, step } = frame(detailed, 'e0:d:3:1:sum');
    const sum = card.lines.find((line) => line.role === 'sum');
    expect(sum?.text).toBe('o²₂ = −0.9 < 0, so δ³₂ = δ⁴₂ . 0 = 0');
    expect(card.lines.at(-1)?.kind).toBe('note');
    expect(narrate(deep, iteration, step)).toBe(
      'Backward, layer 3: o^2_2 = −0.9 is < 0, so ReLU blocks the learning flow: δ^3_2 = 0.',
    );
  });

  it("marks the Logistic derivative as the app's own choice and evaluates it at o^k_i", () => {
    const { card } = frame(detailed, 'e0:d:5:0:local');
    const local = card.lines.filter((line) => line.role === 'local');
    expect(local[0]?.text).toBe('∂L⁵₁/∂X⁵₁ = Logistic(X⁵₁) . (1 − Logistic(X⁵₁))');
    expect(local[1]?.text).toMatch(
      /^∂L⁵₁\/∂X⁵₁\(o⁴₁\) = o⁵₁ \. \(1 − o⁵₁\) = 0\.\d+ \* \(1 − 0\.\d+\) = 0\.\d+$/,
    );
    expect(card.lines.some((line) => line.kind === 'note' && line.text === ownChoice)).toBe(true);
  });

  it('writes the Logistic forward pass with its formula', () => {
    const { card } = frame(detailed, 'e0:o:5:0');
    expect(card.lines[0]?.text).toBe('Logistic(X⁵₁) = 1/(1 + e^(−X⁵₁))');
    expect(card.lines[2]?.continues).toBe(true);
  });

  it('writes the bias gradient δb^k_j = δ^{k+1}_j . 1', () => {
    const { card } = frame(detailed, 'e0:db:4:1:sum');
    expect(card.lines.at(-1)?.text).toMatch(/^δb⁴₂ = δ⁵₂ \. 1 = -?−?[\d.]+$/);
  });
});
