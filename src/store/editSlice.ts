import type { Edit } from '../editing/edit';
import type { Problem } from '../format/problems';
import { lazyCode } from '../lazy/code';
import { lazyActions, stillLoading } from './lazyCode';
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
  /** What the user typed in a field whose edit failed, by path: the field keeps showing it until fixed or cancelled. */
  readonly fieldDrafts: Readonly<Record<string, string>>;
  /** Applies an edit; on failure the model stays and the problems are returned and kept by path. */
  readonly edit: (edit: Edit) => EditResult;
  /** Sets the seed of the initialiser (a whole number from 0 to 2^32 − 1); the weights change only when re-drawn. */
  readonly setSeed: (seed: number) => EditResult;
  /** Forgets the problem shown at a field and the text kept there (when the user cancels or resets it). */
  readonly clearFieldProblem: (path: string) => void;
  /** Opens a model file's text: loaded as one undoable step, or the parser's problems while the model stays. */
  readonly openModelText: (text: string, label?: string) => EditResult;
}

/** The code of the edit slice's actions (the edits and the model-file parser that checks them), loaded with the editors. */
export const editingCode = lazyCode(() => import('./editActions'));

/** The edit slice; new weights come from the seed, 1 by default. */
export const createEditSlice: SliceCreator<EditSlice> = (set, get) => {
  const editing = lazyActions(editingCode, (code) => code.createEditActions(set, get));
  /** The refusal of an edit made before its code has arrived (at the root path: no field is to blame). */
  const notYet = (): EditResult => ({
    ok: false,
    problems: [{ path: '', message: stillLoading(editingCode, 'the editor', get().notify) }],
  });
  return {
    seed: 1,
    fieldProblems: {},
    fieldDrafts: {},
    edit: (edit) => editing()?.edit(edit) ?? notYet(),
    setSeed: (seed) => editing()?.setSeed(seed) ?? notYet(),
    // Only an edit records problems and drafts: before the editor's code has come there are none to clear.
    clearFieldProblem: (path) => editing()?.clearFieldProblem(path),
    openModelText: (text, label) => editing()?.openModelText(text, label) ?? notYet(),
  };
};

/** The problem shown at a field (by its path, see editing/paths.ts), or null. */
export const selectFieldProblem =
  (path: string) =>
  (state: AppState): string | null =>
    state.fieldProblems[path] ?? null;

/** The text kept at a field whose edit failed (by its path), or null. */
export const selectFieldDraft =
  (path: string) =>
  (state: AppState): string | null =>
    state.fieldDrafts[path] ?? null;
