import { parseScripts, type MathRun } from './math';

/** Half the height of a line of text, in ems: how far it reaches above and below its central line. */
export const lineExtent = 0.58;

/** How far a superscript reaches above, or a subscript below, the central line of its label, in ems. */
export const scriptExtent = 0.77;

/** How far a label in the script notation reaches above and below its central line (a script reaches further). */
export function mathExtent(
  source: string,
  fontSize: number,
): { readonly above: number; readonly below: number } {
  const runs = parseScripts(source);
  const reach = (script: MathRun['script']) =>
    (runs.some((run) => run.script === script) ? scriptExtent : lineExtent) * fontSize;
  return { above: reach('super'), below: reach('sub') };
}
