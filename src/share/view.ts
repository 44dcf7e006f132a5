import type { Model } from '../engine';
import { describeValue } from '../format/problems';
import type { Detail } from '../timeline';
import { isIndex } from './checks';
import { neuronExists } from './neuron';

/** Which data the stepper walks: a sample of the dataset (0-based index) or the first batch. */
export type Selection = number | 'batch';

/** What a link shows of its model: the sample, the step, the detail level and the selected neuron. */
export interface LinkView {
  readonly selection: Selection;
  /** Index of the step shown (0-based); the store clamps it to the timeline's length. */
  readonly step: number;
  readonly detail: Detail;
  /** Id of the selected neuron ("N:k:j"), or null. */
  readonly selected: string | null;
}

/** The view of a model just opened: its first sample, at step 0, in detail, nothing selected. */
export const defaultView: LinkView = { selection: 0, step: 0, detail: 'detailed', selected: null };

/** A view read from untrusted data, and a sentence for every setting that was replaced by its default. */
export interface ViewReading {
  readonly view: LinkView;
  readonly notes: readonly string[];
}

/** An own field of an object, ignoring inherited names. */
function own(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Readonly<Record<string, unknown>>)[key] : undefined;
}

/** "1 sample", "3 samples". */
const samples = (n: number): string => `${n} sample${n === 1 ? '' : 's'}`;

/** The sample selection, when it is 'batch' or a sample of the dataset (0 always is: it is the default). */
function readSelection(value: unknown, model: Model, notes: string[]): Selection {
  if (value === undefined) return defaultView.selection;
  if (value === 'batch' || value === 0) return value;
  const size = model.dataset.length;
  if (isIndex(value) && value < size) return value;
  notes.push(
    isIndex(value)
      ? `The link's sample ${value + 1} does not exist (the model has ${samples(size)}): showing the first sample.`
      : `The link's sample ${describeValue(value)} is neither a sample number nor "batch": showing the first sample.`,
  );
  return defaultView.selection;
}

/** Reads the view of a link against its model: a missing setting takes its default, a bad one too with a note. */
export function readView(value: unknown, model: Model): ViewReading {
  const notes: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    notes.push('This link has no view settings: showing the first sample from the first step.');
    return { view: defaultView, notes };
  }
  const selection = readSelection(own(value, 'selection'), model, notes);
  const rawStep = own(value, 'step');
  const step = isIndex(rawStep) ? rawStep : defaultView.step;
  if (!isIndex(rawStep) && rawStep !== undefined)
    notes.push(
      `The link's step ${describeValue(rawStep)} is not a whole number from 0: starting at the first step.`,
    );
  const rawDetail = own(value, 'detail');
  const detail = rawDetail === 'compact' || rawDetail === 'detailed' ? rawDetail : defaultView.detail;
  if (detail !== rawDetail && rawDetail !== undefined)
    notes.push(
      `The link's detail level ${describeValue(rawDetail)} is neither "detailed" nor "compact": showing every sub-step.`,
    );
  const rawSelected = own(value, 'selected');
  const selected = typeof rawSelected === 'string' && neuronExists(model, rawSelected) ? rawSelected : null;
  if (selected === null && rawSelected !== null && rawSelected !== undefined)
    notes.push(
      `The link's selected neuron ${describeValue(rawSelected)} is not in this model: no neuron is selected.`,
    );
  return { view: { selection, step, detail, selected }, notes };
}
