/** The edit slice's actions (the edits, checked by the model-file parser): loaded in a chunk of their own. */
import { applyEdit } from '../editing/apply';
import { describeEdit, editPath, isStructural, type Edit } from '../editing/edit';
import { isSeed, maxSeed } from '../editing/random';
import { parseModelText, type Problem } from '../format';
import type { EditSlice } from './editSlice';
import type { SliceCreator } from './store';

/** The actions of this chunk. */
export type EditActions = Pick<EditSlice, 'edit' | 'setSeed' | 'clearFieldProblem' | 'openModelText'>;

/** The text a failed edit was typed as (the field keeps it), or undefined for edits not typed in a field. */
function draftOf(edit: Edit): string | undefined {
  switch (edit.kind) {
    case 'setWeight':
    case 'setBias':
    case 'setSampleValue':
    case 'setLearningRate':
    case 'setBatchSize':
      return String(edit.value);
    case 'resizeLayer':
      return String(edit.size);
    case 'setTitle':
      return edit.title;
    default:
      return undefined;
  }
}

/** The record without the entry at `path`. */
const without = (record: Readonly<Record<string, string>>, path: string): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== path));

/** The problems by path, several at one path joined in one message. */
function byPath(problems: readonly Problem[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { path, message } of problems)
    found[path] = path in found ? `${found[path]}; ${message}` : message;
  return found;
}

/** Editing, the seed, the problems kept by field, and opening model text, for one store. */
export const createEditActions: SliceCreator<EditActions> = (set, get) => ({
  edit: (edit) => {
    if (get().training !== null) get().stopTraining();
    const { model, seed, fieldProblems, fieldDrafts } = get();
    const outcome = applyEdit(model, edit, seed);
    const path = editPath(edit);
    if (!outcome.ok) {
      const draft = draftOf(edit);
      set({
        fieldProblems: { ...fieldProblems, ...byPath(outcome.problems) },
        ...(draft === undefined ? {} : { fieldDrafts: { ...fieldDrafts, [path]: draft } }),
      });
      return outcome;
    }
    const structural = isStructural(edit);
    const extra = {
      fieldProblems: structural ? {} : without(fieldProblems, path),
      fieldDrafts: structural ? {} : without(fieldDrafts, path),
    };
    get().commit(outcome.model, describeEdit(edit), { extra });
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
    const { fieldProblems, fieldDrafts } = get();
    if (!(path in fieldProblems) && !(path in fieldDrafts)) return;
    set({ fieldProblems: without(fieldProblems, path), fieldDrafts: without(fieldDrafts, path) });
  },
  openModelText: (text, label) => {
    const result = parseModelText(text);
    if (!result.ok) return result;
    get().loadModel(result.model, label);
    return { ok: true };
  },
});
