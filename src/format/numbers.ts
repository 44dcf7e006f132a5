/** A plain decimal such as 12, -0.5, .5, 3., 1e-7 or +2.5E3 (no hex, no Infinity, no NaN; linear time, no backtracking blow-up). */
const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Reads one decimal, accepting the typographic minus sign "−" of the series. */
function parseDecimal(text: string): number | undefined {
  const clean = text.trim().replace(/^\u2212/, '-');
  return decimalPattern.test(clean) ? Number(clean) : undefined;
}

/** Why a number text is not a finite number, or its value: used for clear messages. */
export type NumberTextReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not-a-number' | 'zero-divisor' | 'too-large' | 'too-small' };

/** True when a decimal has a digit other than 0 before its exponent, yet reads as 0 (such as 1e-400: it underflows). */
const underflows = (text: string, value: number): boolean =>
  value === 0 && /[1-9]/.test(text.split(/e/i)[0] ?? '');

/** Reads a decimal ("2.5", "1e-7") or a fraction "a/b" ("-3000/11600000"), telling why when it cannot. */
export function readNumberText(text: string): NumberTextReading {
  if (typeof text !== 'string') return { ok: false, reason: 'not-a-number' };
  const parts = text.split('/');
  if (parts.length > 2) return { ok: false, reason: 'not-a-number' };
  const [top = '', bottom] = parts;
  const a = parseDecimal(top);
  const b = bottom === undefined ? 1 : parseDecimal(bottom);
  if (a === undefined || b === undefined) return { ok: false, reason: 'not-a-number' };
  if (underflows(top, a) || underflows(bottom ?? '', b)) return { ok: false, reason: 'too-small' };
  if (b === 0) return { ok: false, reason: 'zero-divisor' };
  const value = a / b;
  if (value === 0 && a !== 0) return { ok: false, reason: 'too-small' };
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'too-large' };
}

/** Reads a decimal or a fraction "a/b" as a finite number, or undefined when the text is neither. */
export function parseNumberText(text: string): number | undefined {
  const reading = readNumberText(text);
  return reading.ok ? reading.value : undefined;
}

/** A model number: a finite JSON number, or a string holding a decimal or a fraction. */
export function toModelNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? parseNumberText(value) : undefined;
}
