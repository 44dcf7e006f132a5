import type { Model, TrainingMode } from '../engine';
import { formatProblem, parseModelValue, toModelFile, type ModelFile } from '../format';
import type { SessionView } from '../store';

/** The keys unreadable saved work is set aside under (never deleted), the first free one being used. */
export const asideKeys = [1, 2, 3, 4, 5].map((n) => `neural-structure/state.unreadable.${n}`);

/** The name in every saved state. */
export const savedStateApp = 'neural-structure';

/** The version of the saved state this app writes. */
export const savedStateVersion = 1;

/** The view saved with the work (restored as it was, or the default for anything unreadable). */
export interface SavedView extends SessionView {
  readonly seed: number;
  readonly trainingMode: TrainingMode;
}

/** The saved state, version 1: the model as a model file, and the view. */
export interface SavedStateV1 {
  readonly app: typeof savedStateApp;
  readonly version: 1;
  readonly savedModel: ModelFile;
  readonly view: SavedView;
}

/** A saved state as a plain JSON object of some version. */
export type SavedObject = Readonly<Record<string, unknown>>;

/** Turns a saved state of version v into one of version v + 1. */
export type Migration = (state: SavedObject) => SavedObject;

/** migrations[v] upgrades a state of version v to v + 1 (none yet: version 1 is the first). */
export const migrations: Readonly<Record<number, Migration>> = {};

/** What reading saved work gives: the model and view, or why it cannot be used. */
export type DecodedState =
  | { readonly ok: true; readonly model: Model; readonly view: SavedView }
  | { readonly ok: false; readonly reason: string };

/** The saved state of a model and view, as the JSON text stored. */
export function encodeSavedState(model: Model, view: SavedView): string {
  const state: SavedStateV1 = {
    app: savedStateApp,
    version: savedStateVersion,
    savedModel: toModelFile(model),
    view: {
      selection: view.selection,
      detail: view.detail,
      stepIndex: view.stepIndex,
      seed: view.seed,
      trainingMode: view.trainingMode,
    },
  };
  return JSON.stringify(state);
}

/** True for a plain object. */
const isObject = (value: unknown): value is SavedObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Upgrades a saved state to the current version with the migrations table, or says why it cannot. */
export function migrate(
  state: SavedObject,
  table: Readonly<Record<number, Migration>> = migrations,
): { ok: true; state: SavedObject } | { ok: false; reason: string } {
  let current = state;
  for (let steps = 0; steps < 100; steps += 1) {
    const version = current.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      return { ok: false, reason: 'it has no valid version number' };
    if (version === savedStateVersion) return { ok: true, state: current };
    if (version > savedStateVersion)
      return { ok: false, reason: `it was saved by a newer version of the app (version ${version})` };
    const migration = table[version];
    if (migration === undefined)
      return { ok: false, reason: `there is no way to upgrade version ${version}` };
    current = migration(current);
  }
  return { ok: false, reason: 'its upgrade did not finish' };
}

/** The view as saved, each unreadable field replaced by its default. */
function readView(value: unknown): SavedView {
  const view = isObject(value) ? value : {};
  const { selection, detail, stepIndex, seed, trainingMode } = view;
  return {
    selection:
      selection === 'batch' ||
      (typeof selection === 'number' && Number.isInteger(selection) && selection >= 0)
        ? selection
        : 0,
    detail: detail === 'compact' ? 'compact' : 'detailed',
    stepIndex: typeof stepIndex === 'number' && Number.isInteger(stepIndex) && stepIndex >= 0 ? stepIndex : 0,
    seed: typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff ? seed : 1,
    trainingMode: trainingMode === 'batch' ? 'batch' : 'sample',
  };
}

/** Reads saved work from its text: the model (checked by the model-file parser) and the view. Never throws. */
export function decodeSavedState(
  text: string,
  table: Readonly<Record<number, Migration>> = migrations,
): DecodedState {
  try {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'it is not valid JSON' };
    }
    if (!isObject(value) || value.app !== savedStateApp)
      return { ok: false, reason: 'it is not saved work of this app' };
    const migrated = migrate(value, table);
    if (!migrated.ok) return migrated;
    const parsed = parseModelValue(migrated.state.savedModel);
    if (!parsed.ok) {
      const shown = parsed.problems.slice(0, 2).map(formatProblem).join('; ');
      return { ok: false, reason: `its model is invalid (${shown})` };
    }
    return { ok: true, model: parsed.model, view: readView(migrated.state.view) };
  } catch {
    return { ok: false, reason: 'it could not be read' };
  }
}
