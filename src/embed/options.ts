import { describeValue, truncate } from '../format/problems';
import { presets } from '../presets';
import type { Selection } from '../share';
import type { Detail } from '../timeline';
import { asksForEmbed, maxSearchLength, queryParams } from './detect';

/** How much of the step controls the embed shows: none (driven by its page), previous/play/next, or all. */
export const controlModes = ['none', 'minimal', 'full'] as const;

/** The embed's colours: light for pages, dark for dark pages, projector for a classroom (high contrast, large). */
export const themes = ['light', 'dark', 'projector'] as const;

/** One of `controlModes`. */
export type ControlMode = (typeof controlModes)[number];

/** One of `themes`. */
export type Theme = (typeof themes)[number];

/** The options of an embed, read from its address's query ("?embed&from=3&to=20&theme=dark"). Steps are 0-based. */
export interface EmbedOptions {
  /** True when the address asks for the embed ("?embed"); embed.html is an embed whatever this says. */
  readonly embed: boolean;
  readonly controls: ControlMode;
  readonly theme: Theme;
  /** The first step the embed shows. */
  readonly from: number;
  /** The last step the embed shows, or null for the last step of the timeline. */
  readonly to: number | null;
  /** The step to open at ("step="), within [from, to]; null when not given (the link's step, else `from`). */
  readonly start: number | null;
  /** The sample to walk (0-based) or "batch" ("sample="); null when not given (the link's, else the first). */
  readonly sample: Selection | null;
  /** The detail level ("detail="); null when not given (the link's, else "detailed"). */
  readonly detail: Detail | null;
  /** The id of the preset to show when the address holds no link ("preset="), or null. */
  readonly preset: string | null;
}

/** The options of an address without any. */
export const defaultEmbedOptions: EmbedOptions = {
  embed: false,
  controls: 'minimal',
  theme: 'light',
  from: 0,
  to: null,
  start: null,
  sample: null,
  detail: null,
  preset: null,
};

/** Options read from an address, and a sentence for every option that was ignored or changed. */
export interface EmbedOptionsReading {
  readonly options: EmbedOptions;
  readonly problems: readonly string[];
}

/** At most this many problems are reported (a query of garbage would otherwise give hundreds). */
const maxOptionProblems = 20;

/** The option names this app reads. */
const optionNames = [
  'embed',
  'from',
  'to',
  'step',
  'controls',
  'theme',
  'sample',
  'detail',
  'preset',
] as const;

/** A whole number written plainly: digits only (no sign, no decimals, no exponent), at most 9 of them. */
const wholePattern = /^\d{1,9}$/;

/** The words of a list of allowed values: "none", "minimal" or "full". */
const choices = (values: readonly string[]): string => {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
};

/** The value of `name` when it is one of `values`. */
function pick<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** Reads the options of an embed from a query string ("?embed&from=3…", with or without "?"); never throws. */
export function parseEmbedOptions(
  search: string,
  presetIds: readonly string[] = presets.map((preset) => preset.id),
): EmbedOptionsReading {
  const problems: string[] = [];
  const note = (problem: string) => {
    if (problems.length < maxOptionProblems) problems.push(problem);
  };
  try {
    if (typeof search !== 'string') return { options: defaultEmbedOptions, problems };
    if (search.length > maxSearchLength) {
      note(
        `The page address's options are too long (${search.length.toLocaleString('en-US')} characters; the limit is ${maxSearchLength.toLocaleString('en-US')}): they are all ignored.`,
      );
      return { options: defaultEmbedOptions, problems };
    }
    const params = queryParams(search);
    const seen = new Set<string>();
    for (const name of params.keys()) {
      if (seen.has(name)) {
        if (pick(optionNames, name))
          note(`The option "${name}" is given more than once: the first one is used.`);
        continue;
      }
      seen.add(name);
      if (!pick(optionNames, name))
        note(
          `The option ${describeValue(truncate(name, 40))} is not one of this app's (${choices(optionNames)}): it is ignored.`,
        );
    }
    return { options: readOptions(params, presetIds, note), problems };
  } catch {
    note("The page address's options could not be read: they are all ignored.");
    return { options: defaultEmbedOptions, problems };
  }
}

/** Reads each option, falling back to its default with a note when its value is bad. */
function readOptions(
  params: URLSearchParams,
  presetIds: readonly string[],
  note: (problem: string) => void,
): EmbedOptions {
  const ignored = (name: string, value: string, what: string) =>
    note(`The option ${describeValue(`${name}=${value}`)} is ignored: expected ${what}.`);
  const whole = (name: string): number | null => {
    const value = params.get(name);
    if (value === null) return null;
    if (wholePattern.test(value)) return Number(value);
    ignored(name, value, 'a whole step number from 0 (0 is the first step)');
    return null;
  };
  const choice = <T extends string>(name: string, values: readonly T[]): T | null => {
    const value = params.get(name);
    if (value === null) return null;
    const found = pick(values, value);
    if (found === undefined) ignored(name, value, choices(values));
    return found ?? null;
  };
  const embed = asksForEmbed(params.get('embed'));
  const from = whole('from') ?? defaultEmbedOptions.from;
  let to = whole('to');
  if (to !== null && to < from) {
    note(`The option "to=${to}" is before "from=${from}": it is ignored (the embed plays to the last step).`);
    to = null;
  }
  let start = whole('step');
  if (start !== null && (start < from || (to !== null && start > to))) {
    const clamped = start < from ? from : (to ?? start);
    note(
      `The option "step=${start}" is outside the steps shown (from ${from} to ${to ?? 'the end'}): starting at step ${clamped}.`,
    );
    start = clamped;
  }
  const sampleValue = params.get('sample');
  let sample: Selection | null = null;
  if (sampleValue === 'batch') sample = 'batch';
  else if (sampleValue !== null && wholePattern.test(sampleValue)) sample = Number(sampleValue);
  else if (sampleValue !== null)
    ignored('sample', sampleValue, 'a sample number from 0 (0 is the first sample) or "batch"');
  return {
    embed,
    controls: choice('controls', controlModes) ?? defaultEmbedOptions.controls,
    theme: choice('theme', themes) ?? defaultEmbedOptions.theme,
    from,
    to,
    start,
    sample,
    detail: choice('detail', ['detailed', 'compact'] as const),
    preset: choice('preset', presetIds),
  };
}

/** The steps an embed shows in a timeline: from `from` to `to`, both included (0-based). */
export interface StepRange {
  readonly from: number;
  readonly to: number;
}

/** The range of the options fitted to a timeline of `total` steps, and a sentence for every bound that was moved. */
export function resolveRange(
  options: Pick<EmbedOptions, 'from' | 'to'>,
  total: number,
): { readonly range: StepRange; readonly problems: readonly string[] } {
  const last = Math.max(0, Math.trunc(total) - 1);
  const problems: string[] = [];
  const from = Math.min(options.from, last);
  if (from !== options.from)
    problems.push(
      `The option "from=${options.from}" is past the last step (${last}): starting at step ${last}.`,
    );
  const to = options.to === null ? last : Math.min(options.to, last);
  if (options.to !== null && to !== options.to)
    problems.push(`The option "to=${options.to}" is past the last step (${last}): playing to step ${last}.`);
  return { range: { from, to }, problems };
}

/** A step index kept within a range (non-whole numbers are truncated; NaN gives the range's start). */
export function clampToRange(index: number, range: StepRange): number {
  if (!Number.isFinite(index)) return range.from;
  return Math.min(range.to, Math.max(range.from, Math.trunc(index)));
}
