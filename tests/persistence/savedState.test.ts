import { describe, expect, it } from 'vitest';
import {
  decodeSavedState,
  encodeSavedState,
  loadSavedState,
  migrate,
  savedStateKey,
  type Migration,
  type SavedView,
} from '../../src/persistence';
import { toModelFile } from '../../src/format';
import { examplePreset, presets } from '../../src/presets';
import { blockedStorage, MemoryStorage } from './fakes';

const view: SavedView = {
  selection: 'batch',
  detail: 'compact',
  stepIndex: 12,
  seed: 7,
  trainingMode: 'batch',
};

describe('the saved state, version 1', () => {
  it('is { app, version: 1, savedModel: <model file>, view }', () => {
    const saved = JSON.parse(encodeSavedState(examplePreset.model, view)) as unknown;
    expect(saved).toEqual({
      app: 'neural-structure',
      version: 1,
      savedModel: JSON.parse(JSON.stringify(toModelFile(examplePreset.model))),
      view,
    });
  });

  it('round trips every preset and its view', () => {
    for (const preset of presets) {
      const decoded = decodeSavedState(encodeSavedState(preset.model, view));
      expect(decoded).toEqual({ ok: true, model: preset.model, view });
    }
  });

  it('reads unreadable view fields as their defaults', () => {
    const text = JSON.stringify({
      app: 'neural-structure',
      version: 1,
      savedModel: toModelFile(examplePreset.model),
      view: { selection: -1, detail: 'huge', stepIndex: 'x', seed: 1.5 },
    });
    const decoded = decodeSavedState(text);
    expect(decoded.ok && decoded.view).toEqual({
      selection: 0,
      detail: 'detailed',
      stepIndex: 0,
      seed: 1,
      trainingMode: 'sample',
    });
  });

  it('says why corrupt JSON, another app’s data, a newer version or an invalid model cannot be read', () => {
    const reason = (text: string) => {
      const decoded = decodeSavedState(text);
      return decoded.ok ? '' : decoded.reason;
    };
    expect(reason('{"app": "neural-str')).toBe('it is not valid JSON');
    expect(reason('{"app": "other"}')).toBe('it is not saved work of this app');
    expect(reason('{"app": "neural-structure", "version": 9}')).toContain('newer version');
    const broken = {
      app: 'neural-structure',
      version: 1,
      savedModel: { format: 'neural-structure', version: 1 },
    };
    expect(reason(JSON.stringify(broken))).toMatch(/^its model is invalid \(/);
  });
});

describe('migrate(state, table)', () => {
  it('upgrades an older version step by step with the migrations table', () => {
    const fromZero: Migration = (old) => ({
      app: old.app,
      version: 1,
      savedModel: old.model,
      view: { selection: 0, detail: 'detailed', stepIndex: 0, seed: 1, trainingMode: 'sample' },
    });
    const old = { app: 'neural-structure', version: 0, model: toModelFile(examplePreset.model) };
    const decoded = decodeSavedState(JSON.stringify(old), { 0: fromZero });
    expect(decoded.ok && decoded.model).toEqual(examplePreset.model);
  });

  it('refuses a version it has no migration for', () => {
    expect(migrate({ version: 0 }, {})).toEqual({
      ok: false,
      reason: 'there is no way to upgrade version 0',
    });
    expect(migrate({ version: 'one' })).toEqual({ ok: false, reason: 'it has no valid version number' });
    expect(migrate({ version: 2 }).ok).toBe(false);
  });
});

describe('loadSavedState(storage)', () => {
  it('finds nothing in an empty storage', () => {
    expect(loadSavedState(new MemoryStorage())).toEqual({ kind: 'empty' });
  });

  it('restores a v1 state', () => {
    const storage = new MemoryStorage();
    storage.setItem(savedStateKey, encodeSavedState(examplePreset.model, view));
    expect(loadSavedState(storage)).toEqual({ kind: 'restored', model: examplePreset.model, view });
  });

  it('sets corrupt saved work aside under another key, without deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(savedStateKey, 'not json {');
    const outcome = loadSavedState(storage);
    expect(outcome).toEqual({
      kind: 'unreadable',
      reason: 'it is not valid JSON',
      keptAs: 'neural-structure/state.unreadable.1',
    });
    expect(storage.getItem('neural-structure/state.unreadable.1')).toBe('not json {');
    expect(storage.getItem(savedStateKey)).toBe('not json {');
    // A second unreadable state does not overwrite the first one set aside.
    storage.setItem(savedStateKey, 'also broken');
    expect(loadSavedState(storage)).toMatchObject({ keptAs: 'neural-structure/state.unreadable.2' });
  });

  it('reports a storage that throws as unavailable', () => {
    expect(loadSavedState(blockedStorage)).toEqual({
      kind: 'unavailable',
      reason: 'the browser does not allow storage here (private mode or an embedded page)',
    });
  });
});
