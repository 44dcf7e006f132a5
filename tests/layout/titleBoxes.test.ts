import { describe, expect, it } from 'vitest';
import { layoutModel, overlaps, titleBoxes } from '../../src/layout';
import { examplePreset, presets } from '../../src/presets';

describe('the boxes of the column titles', () => {
  it('lie on the titles’ band, one per column, apart from each other at every label scale, with room between them', () => {
    for (const preset of [examplePreset, ...presets])
      for (const labelScale of [1, 1.6, 2]) {
        const layout = layoutModel(preset.model, labelScale);
        const boxes = titleBoxes(layout);
        expect(boxes).toHaveLength(layout.columns.length);
        boxes.forEach((box, k) => {
          expect(box.y - box.height / 2).toBeCloseTo(layout.titles.top);
          expect(box.height).toBeCloseTo(layout.titles.height);
          const next = boxes[k + 1];
          if (next) expect(overlaps(box, next), `${preset.id} at ${labelScale}, column ${k}`).toBe(false);
        });
      }
  });

  it('grow with the label scale, around their column’s centre but the first, which grows rightwards from its left', () => {
    const [normal, grown] = [1, 2].map((scale) => titleBoxes(layoutModel(examplePreset.model, scale)));
    normal?.forEach((box, k) => {
      const large = grown?.[k];
      if (!large) throw new Error(`no column ${k} at 200%`);
      expect(large.width).toBeGreaterThan(1.5 * box.width);
      if (k === 0) expect(large.x - large.width / 2).toBeCloseTo(box.x - box.width / 2);
      else expect(large.x).toBeCloseTo(box.x, 0);
    });
  });
});
