/** Unicode superscript forms of the characters of an exponent. */
const superscripts: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '+': '',
};

/** An exponent written in superscript characters, for plain text ("-12" → "⁻¹²"; a "+" is dropped). */
export function superscript(exponent: string): string {
  return [...exponent].map((char) => superscripts[char] ?? char).join('');
}
