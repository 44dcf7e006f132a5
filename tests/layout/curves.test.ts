import { linkHorizontal } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curve } from '../../src/layout/curves';

/** d3-shape's horizontal link printed with 1 decimal: what `curve` writes out by hand. */
const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>()
  .source((d) => d.source)
  .target((d) => d.target)
  .digits(1);

const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
const point = fc.record({ x: coordinate, y: coordinate });

describe('curve(from, to)', () => {
  it("draws d3-shape's linkHorizontal, character for character", () => {
    fc.assert(
      fc.property(point, point, (from, to) => {
        expect(curve(from, to)).toBe(link({ source: [from.x, from.y], target: [to.x, to.y] }));
      }),
    );
  });

  it('is a straight cubic between level points', () => {
    expect(curve({ x: 0, y: 10 }, { x: 100, y: 10 })).toBe('M0,10C50,10,50,10,100,10');
  });
});
