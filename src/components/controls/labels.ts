import type { Phase } from '../../timeline';

/** Unicode superscript digits, indexed by the digit. */
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Text written with Unicode superscript digits (x² for x^2). */
export const sup = (text: string | number): string =>
  String(text).replace(/[0-9]/g, (digit) => superscripts[Number(digit)] ?? digit);

/** The name of each phase, as the scrubber and the help show it. */
export const phaseNames: Record<Phase, string> = {
  forward: 'Forward',
  loss: 'Loss',
  backward: 'Backward',
  weights: 'Weights',
  update: 'Update',
};
