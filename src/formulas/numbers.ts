import { lit, paren, type Expr } from './expr';
import { superscript } from './superscript';

/** Significant digits printed for a value: enough to follow the series' worked examples. */
const digits = 6;

/** Below this magnitude (or from `large` up) a value is printed with a power of ten. */
const small = 1e-4;
const large = 1e6;

/** Digits with a thin space between groups of three, as the series prints "3 000". */
function group(integer: string, separator: string): string {
  return integer.length <= 3 ? integer : integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A printed number: the sign apart, its magnitude in the three forms, and whether it uses a power of ten. */
interface Printed {
  readonly negative: boolean;
  readonly magnitude: Expr;
  readonly scientific: boolean;
}

/** Prints |value| with up to 6 significant digits, grouping thousands and using a power of ten when tiny or huge. */
function print(value: number): Printed {
  if (Number.isNaN(value))
    return { negative: false, magnitude: lit('\\text{NaN}', 'NaN'), scientific: false };
  const negative = value < 0;
  if (!Number.isFinite(value))
    return { negative, magnitude: lit('\\infty', '∞', 'infinity'), scientific: false };
  const abs = Math.abs(value);
  if (abs === 0) return { negative: false, magnitude: lit('0'), scientific: false };
  if (abs < small || abs >= large) {
    const [mantissaText = '1', exponentText = '0'] = abs.toExponential(digits - 1).split('e');
    const mantissa = String(Number(mantissaText));
    const exponent = String(Number(exponentText));
    const power = {
      tex: `10^{${exponent}}`,
      text: `10${superscript(exponent)}`,
      say: `10^${exponent}`,
    };
    if (mantissa === '1') return { negative, magnitude: power, scientific: false };
    return {
      negative,
      magnitude: {
        tex: `${mantissa} \\times ${power.tex}`,
        text: `${mantissa} × ${power.text}`,
        say: `${mantissa} × ${power.say}`,
      },
      scientific: true,
    };
  }
  const [integer = '0', fraction] = String(Number(abs.toPrecision(digits))).split('.');
  const tail = fraction === undefined ? '' : `.${fraction}`;
  return {
    negative,
    magnitude: {
      tex: group(integer, '\\,') + tail,
      text: group(integer, '\u202f') + tail,
      say: integer + tail,
    },
    scientific: false,
  };
}

/** A value as printed in the formulas: 0.005, −1, 3 000, 1.5 × 10⁻⁷; exact zeros (and −0) are 0. */
export function num(value: number): Expr {
  const { negative, magnitude } = print(value);
  if (!negative) return magnitude;
  return { tex: `-${magnitude.tex}`, text: `−${magnitude.text}`, say: `−${magnitude.say}` };
}

/** A value inside a product: negative or power-of-ten values go in parentheses, (−1) * 0.005. */
export function factor(value: number): Expr {
  const { negative, scientific } = print(value);
  return negative || scientific ? paren(num(value)) : num(value);
}

/** A value after a + or − sign: negative values go in parentheses, 0.5 + (−1). */
export function operand(value: number): Expr {
  return print(value).negative ? paren(num(value)) : num(value);
}
