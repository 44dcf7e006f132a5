import { compressToEncodedURIComponent } from 'lz-string';
import type { Model } from '../engine';
import { formatProblem, maxJsonDepth, parseModelValue, toModelFile } from '../format';
import { nestsDeeperThan } from '../format/parse';
import { decompressBounded } from './decompress';
import { readView, type LinkView } from './view';

/** The version of the link format, written before the data: "#v1=…". */
export const linkVersion = 1;

/** At most this many characters of fragment are read (64 KB): a longer link is refused before decompressing. */
export const maxLinkLength = 64 * 1024;

/** At most this many characters of decompressed text (200 KB): a larger model is shared as a file. */
export const maxLinkTextLength = 200 * 1024;

/** Everything a link holds: the model (weights and dataset included) and what is shown of it. */
export interface LinkState {
  readonly model: Model;
  readonly view: LinkView;
}

/**
 * The outcome of reading a link. On success, `notes` says which view settings were replaced by their
 * defaults. On failure, `problems` are sentences for a banner (the first one alone is enough; the others are
 * details) and `raw` is the fragment as given (it may be long: cut it before showing it).
 */
export type LinkResult =
  | { readonly ok: true; readonly model: Model; readonly view: LinkView; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[]; readonly raw: string };

/** The model file as compact JSON, with -0 written "-0" (JSON.stringify would write 0; the parser reads "-0"). */
function modelJson(model: Model): string {
  return JSON.stringify(toModelFile(model), (_key, value: unknown) => (Object.is(value, -0) ? '-0' : value));
}

/** The JSON text a link compresses: {"model": <model file>, "view": {selection, step, detail, selected}}. */
export function linkText(state: LinkState): string {
  const { selection, step, detail, selected } = state.view;
  return `{"model":${modelJson(state.model)},"view":${JSON.stringify({ selection, step, detail, selected })}}`;
}

/** The fragment of a link holding `text`: "#v1=" and the text compressed into URL-safe characters. */
const fragmentOf = (text: string): string => `#v${linkVersion}=${compressToEncodedURIComponent(text)}`;

/** The fragment of a link to this state, starting with "#v1=" (the static host never sees a fragment). */
export function encodeLink(state: LinkState): string {
  return fragmentOf(linkText(state));
}

/** A link to make, or why this state is too large for one (the model file can still be downloaded). */
export type LinkMaking =
  { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly problem: string };

/** Like `encodeLink`, but refuses a state whose link this app would not read back (too large). */
export function makeLink(state: LinkState): LinkMaking {
  const text = linkText(state);
  const tooLarge =
    'This model is too large to share as a link: download the model file and share it instead.';
  if (text.length > maxLinkTextLength) return { ok: false, problem: tooLarge };
  const fragment = fragmentOf(text);
  return fragment.length - 1 > maxLinkLength ? { ok: false, problem: tooLarge } : { ok: true, fragment };
}

/** The address of `page` (any URL) with its fragment replaced by the link to `state`. */
export function linkUrl(page: string, state: LinkState): string {
  const hash = page.indexOf('#');
  return `${hash < 0 ? page : page.slice(0, hash)}${encodeLink(state)}`;
}

/** A failure whose first sentence says what is wrong. */
const failure = (raw: string, ...problems: string[]): LinkResult => ({ ok: false, problems, raw });

/** A fragment's data: after "v1=", with percent escapes undone and spaces turned back into "+". */
function readPayload(fragment: string): { data: string } | { problem: string } {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const prefix = /^v(\d{1,9})=/.exec(body);
  if (!prefix)
    return { problem: 'This link is damaged: it does not start with "#v1=" like the links of this app.' };
  const version = Number(prefix[1]);
  if (version > linkVersion)
    return {
      problem: `This link was made by a newer version of the app (link version ${version}); this app reads version ${linkVersion}.`,
    };
  if (version !== linkVersion)
    return { problem: `This link is damaged: it says link version ${version}, which never existed.` };
  let data = body.slice(prefix[0].length);
  if (data.includes('%')) {
    try {
      data = decodeURIComponent(data);
    } catch {
      return { problem: 'This link is damaged: it has a broken "%" escape (was it changed when copied?).' };
    }
  }
  if (data === '') return { problem: 'This link is damaged: it holds no data after "v1=" (was it cut?).' };
  return { data: data.replaceAll(' ', '+') };
}

/** The decompressed JSON text of a fragment, or the sentence saying why there is none. */
function readText(fragment: string): { text: string } | { problem: string } {
  if (fragment.length > maxLinkLength + 1) {
    const size = Math.ceil(fragment.length / 1024).toLocaleString('en-US');
    return {
      problem: `This link is too long to be one of this app's links (${size} KB; the limit is ${maxLinkLength / 1024} KB).`,
    };
  }
  const payload = readPayload(fragment);
  if ('problem' in payload) return payload;
  const result = decompressBounded(payload.data, maxLinkTextLength);
  if (result.ok) return { text: result.text };
  switch (result.reason) {
    case 'characters':
      return {
        problem:
          'This link is damaged: it has characters that this app never puts in a link (was it changed when copied?).',
      };
    case 'too-large':
      return {
        problem: `This link is damaged: it expands to more than ${maxLinkTextLength / 1024} KB of text, more than any link of this app holds.`,
      };
    case 'damaged':
      return { problem: 'This link is damaged: it could not be decompressed.' };
  }
}

/** The sentences for a model's problems: the first names it, the others follow as details. */
function modelProblems(problems: readonly { path: string; message: string }[]): string[] {
  const [first, ...rest] = problems.map(formatProblem);
  const headline = `This link's model has ${rest.length === 0 ? 'a problem' : 'problems'}: ${first ?? 'it could not be read'}`;
  return [headline, ...rest];
}

/** Reads a link: every limit is checked before the work it bounds. */
function readLink(fragment: string): LinkResult {
  const reading = readText(fragment);
  if ('problem' in reading) return failure(fragment, reading.problem);
  const { text } = reading;
  // The link wraps the model file in one more level: {"model": …}.
  if (nestsDeeperThan(text, maxJsonDepth + 1))
    return failure(fragment, 'This link is damaged: its content is nested too deeply to be a model.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return failure(fragment, 'This link is damaged: its content is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'model'))
    return failure(fragment, 'This link is damaged: it holds no model.');
  const fields = value as Readonly<Record<string, unknown>>;
  const parsed = parseModelValue(fields.model);
  if (!parsed.ok) return failure(fragment, ...modelProblems(parsed.problems));
  const { view, notes } = readView(Object.hasOwn(fields, 'view') ? fields.view : undefined, parsed.model);
  return { ok: true, model: parsed.model, view, notes };
}

/** Reads the fragment of a link ("#v1=…", with or without "#"); never throws: a link is untrusted input. */
export function decodeLink(fragment: string): LinkResult {
  const raw = typeof fragment === 'string' ? fragment : '';
  try {
    if (typeof fragment !== 'string') return failure(raw, 'This link is damaged: it is not text.');
    return readLink(fragment);
  } catch {
    return failure(raw, 'This link is damaged: it could not be read.');
  }
}
