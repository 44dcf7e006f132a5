/** How each sample's loss is drawn on the loss curve: a colour (Okabe–Ito) and a dash, so colour is not the only cue. */

const colors = [
  '#e69f00',
  '#0072b2',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#8c7a00',
  '#7f7f7f',
] as const;
const dashes = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4', '3 2 1 2'] as const;

/** The stroke colour and dash array of sample s (0-based). */
export function sampleStyle(s: number): { readonly color: string; readonly dash: string } {
  return { color: colors[s % colors.length] ?? '#7f7f7f', dash: dashes[s % dashes.length] ?? '' };
}
