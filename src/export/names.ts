import { modelFileName } from '../persistence/files';

/** What an export holds, and so its file extension. */
export type ExportKind = 'svg' | 'png' | 'tex' | 'json';

/**
 * A safe file name for an export, from the model's title (sanitised as for model files: letters, digits, '.', '_'
 * and '-'), what it shows ("step-12", "derivation") and its extension: "The-Example-step-12.svg".
 */
export function exportFileName(title: string, what: string | null, kind: ExportKind): string {
  const base = modelFileName(title).replace(/\.json$/, '');
  const suffix = what === null ? '' : `-${what.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
  return `${base}${suffix === '-' ? '' : suffix}.${kind}`;
}
