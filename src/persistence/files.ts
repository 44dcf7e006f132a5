import type { Model } from '../engine';
import { maxTextBytes, parseModelText, rootPath, serializeModel, type ParseResult } from '../format';

/** At most this many characters of title go into a file name. */
const maxNameLength = 60;

/** Names Windows refuses for files. */
const reservedNames = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A safe file name from a model's title: letters, digits, '.', '_' and '-', ending in ".json" ("model.json" if empty). */
export function modelFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxNameLength)
    .replace(/[-.]+$/g, '');
  const name = base === '' ? 'model' : reservedNames.test(base) ? `${base}-model` : base;
  return `${name}.json`;
}

/** The model file of a model, as a Blob to download ("Save file"). */
export function modelToFileBlob(model: Model): Blob {
  return new Blob([serializeModel(model)], { type: 'application/json' });
}

/** What downloading needs from the browser (injectable for tests). */
export interface DownloadEnvironment {
  readonly document: Pick<Document, 'createElement' | 'body'>;
  readonly url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}

/** Downloads the model as a file named after its title; gives the file name. */
export function downloadModel(
  model: Model,
  environment: DownloadEnvironment = { document, url: URL },
): string {
  const name = modelFileName(model.title);
  const href = environment.url.createObjectURL(modelToFileBlob(model));
  const link = environment.document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  environment.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => environment.url.revokeObjectURL(href), 0);
  }
  return name;
}

/** A file too large to be a model file is refused before it is read (UTF-8 uses at most 4 bytes a character). */
const maxFileBytes = 4 * maxTextBytes;

/**
 * Reads a model file ("Open file"): the parser's result, i.e. the model or every problem with its path.
 * Never rejects; the caller keeps its current model when the result is not ok.
 */
export async function readModelFile(file: Blob | string): Promise<ParseResult> {
  if (typeof file === 'string') return parseModelText(file);
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ path: rootPath, message }] });
  if (file.size > maxFileBytes)
    return fail(
      `the file is ${Math.ceil(file.size / 1024).toLocaleString('en-US')} KB; a model file is at most ${(maxTextBytes / 1024).toLocaleString('en-US')} KB`,
    );
  try {
    return parseModelText(await file.text());
  } catch {
    return fail('the file could not be read');
  }
}
