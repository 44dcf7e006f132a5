import { describe, expect, it } from 'vitest';
import { openEmbed } from '../../src/embed';
import { examplePreset, presets } from '../../src/presets';
import { encodeLink, type LinkView } from '../../src/share';

const linear = presets.find((preset) => preset.id === 'linear')?.model ?? examplePreset.model;
const view: LinkView = { selection: 1, step: 9, detail: 'compact', selected: 'N:1:0' };

describe('openEmbed(search, hash)', () => {
  it('opens the Example at its first step when the address has nothing', () => {
    expect(openEmbed('', '')).toMatchObject({
      model: examplePreset.model,
      view: { selection: 0, step: 0, detail: 'detailed', selected: null },
      notes: [],
      linkProblems: [],
    });
  });

  it("opens the link's model and view", () => {
    const start = openEmbed('?embed', encodeLink({ model: linear, view }));
    expect(start).toMatchObject({ model: linear, view, notes: [], linkProblems: [] });
  });

  it("puts the address's options over the link's view", () => {
    const start = openEmbed('?sample=batch&detail=detailed&step=2', encodeLink({ model: linear, view }));
    expect(start.view).toEqual({ selection: 'batch', step: 2, detail: 'detailed', selected: 'N:1:0' });
  });

  it('opens a preset, at "from" when no step is given', () => {
    const start = openEmbed('?preset=linear&from=4', '');
    expect(start.model).toBe(linear);
    expect(start.view.step).toBe(4);
  });

  it('ignores the preset when there is a link, and a sample the model does not have, with notes', () => {
    const start = openEmbed('?preset=example&sample=40', encodeLink({ model: linear, view }));
    expect(start.model).toEqual(linear);
    expect(start.view.selection).toBe(1);
    expect(start.notes).toEqual([
      'The option "preset=example" is ignored: the link holds the model.',
      `The option "sample=40" names no sample (the model has ${linear.dataset.length}; the first is sample=0): it is ignored.`,
    ]);
  });

  it('falls back on the preset, with the problems for a banner, when the link is damaged', () => {
    const start = openEmbed('?preset=linear', '#v1=AAAA');
    expect(start.model).toBe(linear);
    expect(start.linkProblems).toEqual(['This link is damaged: it could not be decompressed.']);
  });
});
