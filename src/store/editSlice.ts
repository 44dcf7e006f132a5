import { applyEdit, describeEdit, editPath, isSeed, isStructural, maxSeed, type Edit } from '../editing';
import { parseModelText, type Problem } from '../format';
import type { AppState, SliceCreator } from './store';

/** The outcome of an action that may be refused: done, or the problems (with their field paths) that prevented it. */
export type EditResult =
  { readonly ok: true } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Editing the model; each edit is checked by the model-file parser and is one undoable step. */
export interface EditSlice {
  /** The seed new weights are drawn from (Xavier/Glorot uniform, see editing/initializer.ts). */
  readonly seed: number;
  /** The problems of failed edits, by field path (e.g. `layers[1].weights[0][2]`), shown next to their field. */
  readonly fieldProblems: Readonly<Record<string, string>>;
  /** Applies an edit; on failure the model stays and the problems are returned and kept by path. */
  readonly edit: (edit: Edit) => EditResult;
  /** Sets the seed of the initialiser (a whole number from 0 to 2^32 − 1); the weights change only when re-drawn. */
  readonly setSeed: (seed: number) => EditResult;
  /** Forgets the problem shown at a field (when the user leaves or resets it). */
  readonly clearFieldProblem: (path: string) => void;
  /** Opens a model file's text: loaded as one undoable step, or the parser's problems while the model stays. */
  readonly openModelText: (text: string, label?: string) => EditResult;
}

/** The problems by path, several at one path joined in one message. */
function byPath(problems: readonly Problem[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { path, message } of problems)
    found[path] = path in found ? `${found[path]}; ${message}` : message;
  return found;
}

/** The edit slice; new weights come from the seed, 1 by default. */
export const createEditSlice: SliceCreator<EditSlice> = (set, get) => ({
  seed: 1,
  fieldProblems: {},
  edit: (edit) => {
    if (get().training !== null) get().stopTraining();
    const { model, seed, fieldProblems } = get();
    const outcome = applyEdit(model, edit, seed);
    if (!outcome.ok) {
      set({ fieldProblems: { ...fieldProblems, ...byPath(outcome.problems) } });
      return outcome;
    }
    const path = editPath(edit);
    const kept = isStructural(edit)
      ? {}
      : Object.fromEntries(Object.entries(fieldProblems).filter(([key]) => key !== path));
    get().commit(outcome.model, describeEdit(edit), { extra: { fieldProblems: kept } });
    return { ok: true };
  },
  setSeed: (seed) => {
    if (!isSeed(seed)) {
      const message = `expected a whole number from 0 to ${maxSeed.toLocaleString('en-US')}, got ${String(seed)}`;
      return { ok: false, problems: [{ path: 'seed', message }] };
    }
    set({ seed });
    return { ok: true };
  },
  clearFieldProblem: (path) => {
    const { fieldProblems } = get();
    if (!(path in fieldProblems)) return;
    set({ fieldProblems: Object.fromEntries(Object.entries(fieldProblems).filter(([key]) => key !== path)) });
  },
  openModelText: (text, label) => {
    const result = parseModelText(text);
    if (!result.ok) return result;
    get().loadModel(result.model, label);
    return { ok: true };
  },
});

/** The problem shown at a field (by its path, see editing/paths.ts), or null. */
export const selectFieldProblem =
  (path: string) =>
  (state: AppState): string | null =>
    state.fieldProblems[path] ?? null;
