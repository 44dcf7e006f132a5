/** How the diagram prints numbers: short in the boxes, in full in the tooltips. */
import { superscript } from '../formulas/superscript';

/** A typographic minus sign instead of the hyphen. */
const minus = (text: string): string => text.replace(/-/g, '−');

/** Non-finite values, which the engine reports but never hides. */
function nonFinite(value: number): string | null {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  return null;
}

/**
 * A value with up to 4 significant digits: 0 for an exact zero (never "−0"), plain decimals from 10⁻⁴ to 10⁶,
 * and m×10ⁿ beyond (e.g. 2.5×10⁻⁷).
 */
export function formatValue(value: number): string {
  const special = nonFinite(value);
  if (special !== null) return special;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e6) return minus(String(Number(value.toPrecision(4))));
  const [mantissa = '', exponent = ''] = value.toExponential(3).split('e');
  const digits = mantissa.replace(/\.?0+$/, '');
  const power = superscript(exponent);
  return minus(`${digits}×10${power}`);
}

/** A value in full precision, for tooltips (0 for −0). */
export function formatFull(value: number): string {
  const special = nonFinite(value);
  if (special !== null) return special;
  return minus(String(value === 0 ? 0 : value));
}
