import { describe, expect, it, vi } from 'vitest';
import type { Layer, Model } from '../../src/engine';
import { maxLayers, maxNeuronsPerLayer, maxSamples, maxTextBytes, maxTitleLength } from '../../src/format';
import { downloadModel, modelFileName, modelToFileBlob, readModelFile } from '../../src/persistence';
import { examplePreset, presets } from '../../src/presets';

describe('modelFileName(title)', () => {
  it('keeps letters and digits and turns the rest into dashes', () => {
    expect(modelFileName('The Example')).toBe('The-Example.json');
    expect(modelFileName('  Réseau: 3 → 1 / ReLU  ')).toBe('Reseau-3-1-ReLU.json');
    expect(modelFileName('../../etc/passwd')).toBe('etc-passwd.json');
  });

  it('gives "model.json" for an empty title and avoids names Windows refuses', () => {
    expect(modelFileName('')).toBe('model.json');
    expect(modelFileName('***')).toBe('model.json');
    expect(modelFileName('CON')).toBe('CON-model.json');
  });

  it('cuts long titles', () => {
    expect(modelFileName('a'.repeat(300)).length).toBeLessThanOrEqual(65);
  });
});

/** The largest model the app allows, every number at its widest and the title all escapes. */
function widestModel(): Model {
  const wide = -2.2250738585072014e-308;
  const row = () => new Array<number>(maxNeuronsPerLayer).fill(wide);
  const linear: Layer = {
    kind: 'linear',
    size: maxNeuronsPerLayer,
    weights: Array.from({ length: maxNeuronsPerLayer }, row),
    biases: row(),
  };
  return {
    title: '\ud800'.repeat(maxTitleLength),
    layers: [{ kind: 'input1d', size: maxNeuronsPerLayer }, ...new Array<Layer>(maxLayers - 1).fill(linear)],
    loss: 'halfSquaredError',
    dataset: Array.from({ length: maxSamples }, () => ({ x: row(), y: row() })),
    learningRate: -wide,
    batchSize: Number.MAX_SAFE_INTEGER,
  };
}

describe('readModelFile(file)', () => {
  it('reads back the largest model the app allows, saved with every number at its widest', async () => {
    const model = widestModel();
    const blob = modelToFileBlob(model);
    expect(blob.size).toBeGreaterThan(4_000_000);
    expect(blob.size).toBeLessThanOrEqual(maxTextBytes);
    expect(await readModelFile(blob)).toEqual({ ok: true, model });
  });

  it('reads back what modelToFileBlob wrote, for every preset', async () => {
    for (const preset of presets) {
      const result = await readModelFile(modelToFileBlob(preset.model));
      expect(result).toEqual({ ok: true, model: preset.model });
    }
  });

  it('gives the parser’s messages for a broken file', async () => {
    const result = await readModelFile(
      new Blob(['{"format": "neural-structure", "version": 1, "layers": 3}']),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('layers');
    const text = await readModelFile('not json');
    expect(text.ok ? '' : text.problems[0]?.message).toMatch(/^invalid JSON/);
  });

  it('refuses a file far too large without reading it', async () => {
    const huge = { size: 100_000_000, text: vi.fn() } as unknown as Blob;
    const result = await readModelFile(huge);
    expect(result.ok ? '' : result.problems[0]?.message).toBe(
      'the file is 97,657 KB; a model file is at most 4,603 KB',
    );
    expect(huge.text).not.toHaveBeenCalled();
  });
});

describe('downloadModel(model)', () => {
  it('clicks a link to the file named after the title, then lets the URL go', async () => {
    const link = { href: '', download: '', rel: '', click: vi.fn(), remove: vi.fn() };
    const body = { append: vi.fn() };
    const url = { createObjectURL: vi.fn(() => 'blob:1'), revokeObjectURL: vi.fn() };
    const document = { createElement: () => link, body } as unknown as Document;
    expect(downloadModel(examplePreset.model, { document, url })).toBe('The-Example.json');
    expect(link).toMatchObject({ href: 'blob:1', download: 'The-Example.json' });
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(url.revokeObjectURL).toHaveBeenCalledWith('blob:1');
  });
});
