import type { Model } from '../engine';
import { examplePreset, presets } from '../presets';
import { decodeLink, defaultView, looksLikeLink, type LinkView } from '../share';
import { parseEmbedOptions, type EmbedOptions } from './options';

/** What an embed opens on: its options, its model and view, and every sentence about what was ignored. */
export interface EmbedStart {
  readonly options: EmbedOptions;
  readonly model: Model;
  /** The view to apply: the link's, with the address's options over it; `step` is still to be clamped to the range. */
  readonly view: LinkView;
  /** Sentences for the console: options ignored, link settings replaced by their defaults. */
  readonly notes: readonly string[];
  /** When the link could not be read, the sentences for a banner (the embed then shows the preset or the Example). */
  readonly linkProblems: readonly string[];
}

/** The model of a preset id, or the Example. */
function presetModel(id: string | null): Model {
  return presets.find((preset) => preset.id === id)?.model ?? examplePreset.model;
}

/**
 * Reads an embed's address: the options from the query, the model from the link in the fragment (else the
 * `preset` option, else the Example), and the view from the link with the options over it. Never throws.
 */
export function openEmbed(search: string, hash: string): EmbedStart {
  const { options, problems } = parseEmbedOptions(search);
  const notes = [...problems];
  let model = presetModel(options.preset);
  let view: LinkView = defaultView;
  let linkProblems: readonly string[] = [];
  let fromLink = false;
  if (typeof hash === 'string' && looksLikeLink(hash)) {
    const link = decodeLink(hash);
    if (link.ok) {
      ({ model, view } = link);
      notes.push(...link.notes);
      fromLink = true;
      if (options.preset !== null)
        notes.push(`The option "preset=${options.preset}" is ignored: the link holds the model.`);
    } else linkProblems = link.problems;
  }
  let { selection } = view;
  if (options.sample === 'batch' || (options.sample !== null && options.sample < model.dataset.length))
    selection = options.sample;
  else if (options.sample !== null)
    notes.push(
      `The option "sample=${options.sample}" names no sample (the model has ${model.dataset.length}; the first is sample=0): it is ignored.`,
    );
  const step = options.start ?? (fromLink ? view.step : options.from);
  view = { ...view, selection, step, detail: options.detail ?? view.detail };
  return { options, model, view, notes, linkProblems };
}
